package dev.licit.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads back the part files a job wrote, in partition order, then removes them. */
final class PartFiles {
    /** What the driver does with each line. */
    @FunctionalInterface
    interface LineHandler {
        void accept(String line) throws IOException;
    }

    private PartFiles() {}

    /** A fresh directory name beside the output, for the job's part files. */
    static Path scratchBeside(Path output) {
        Path dir = output.toAbsolutePath().getParent();
        return dir.resolve(".licit-spark-" + Long.toHexString(System.nanoTime()) + "-" + output.getFileName());
    }

    static void readInOrder(Path dir, LineHandler handler) throws IOException {
        List<Path> parts;
        try (Stream<Path> s = Files.list(dir)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
        for (Path part : parts) {
            try (BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isEmpty()) {
                        handler.accept(line);
                    }
                }
            }
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a scratch directory starting with a dot
        }
    }
}
