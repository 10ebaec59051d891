package dev.licit.batch.ownership;

import dev.licit.core.io.InputException;
import dev.licit.core.ownership.OwnershipGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the plain ownership CSV into a {@link CompactGraph} on two threads: one decodes, splits and keys
 * the lines (the name keys are half the work), the caller's numbers the nodes and stores the links, in
 * the file's order, so node ids do not depend on timing. Batches keep the hand-over cheap.
 */
final class GraphReader {
    private static final int BATCH = 8192;

    /** Keyed links of consecutive lines; {@code failure} set on the last batch of a reader that failed. */
    private static final class Batch {
        final String[] ownerName = new String[BATCH];
        final String[] ownerKey = new String[BATCH];
        final String[] ownedName = new String[BATCH];
        final String[] ownedKey = new String[BATCH];
        final long[] units = new long[BATCH];
        int size;
        boolean last;
        RuntimeException failure;
    }

    private GraphReader() {}

    /** The graph of the links of {@code file} in force on {@code date} (null: all). */
    public static CompactGraph read(Path file, LocalDate date) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(16);
        Thread reader =
                Thread.ofPlatform().name("licit-ownership-reader").daemon().start(() -> parse(file, date, queue));
        CompactGraph.Builder b = new CompactGraph.Builder();
        try {
            while (true) {
                Batch batch = queue.take();
                for (int i = 0; i < batch.size; i++) {
                    b.add(batch.ownerName[i], batch.ownerKey[i], batch.ownedName[i], batch.ownedKey[i], batch.units[i]);
                }
                if (batch.failure != null) {
                    throw batch.failure;
                }
                if (batch.last) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reader.interrupt();
            throw new IOException("interrupted reading " + file, e);
        }
        return b.build();
    }

    private static void parse(Path file, LocalDate date, BlockingQueue<Batch> queue) {
        String name = file.toString();
        Batch batch = new Batch();
        try {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                OwnershipCsv columns = OwnershipCsv.header(name, r.readLine());
                String line;
                long n = 1;
                while ((line = r.readLine()) != null) {
                    EdgeLine e = columns.edge(name, ++n, line, date);
                    if (e == null) {
                        continue;
                    }
                    int i = batch.size++;
                    batch.ownerName[i] = e.owner();
                    batch.ownerKey[i] = OwnershipGraph.key(e.owner());
                    batch.ownedName[i] = e.owned();
                    batch.ownedKey[i] = OwnershipGraph.key(e.owned());
                    batch.units[i] = e.units();
                    if (batch.size == BATCH) {
                        queue.put(batch);
                        batch = new Batch();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": " + e.getMessage(), e);
            }
            batch.last = true;
            queue.put(batch);
        } catch (RuntimeException e) {
            batch.failure = e;
            batch.last = true;
            queue.offer(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
