package dev.licit.batch.io;

import dev.licit.core.io.InputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file that appears only when complete: written to a temporary file beside the target and
 * moved over it by {@link #commit()}. Closing without committing deletes the temporary file, so a failed
 * or interrupted run never leaves a half-written result that looks like a finished one.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /** @throws InputException when the target's directory is missing or the target is a directory */
    public static AtomicOutput create(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new InputException(target + ": is a directory; --output takes a file name");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(target + ": the directory " + dir + " does not exist");
        }
        try {
            Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            Writer w = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
            return new AtomicOutput(abs, temp, w);
        } catch (IOException e) {
            throw new InputException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    public Writer writer() {
        return writer;
    }

    public Path target() {
        return target;
    }

    /** Flushes and moves the file into place. */
    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
