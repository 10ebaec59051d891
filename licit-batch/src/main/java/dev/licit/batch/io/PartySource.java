package dev.licit.batch.io;

import dev.licit.core.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A stream of parties from a batch file, read one at a time so memory stays flat however large the file.
 * Not thread-safe: one reader thread pulls from it.
 */
public interface PartySource extends AutoCloseable {
    /** The next party, or null at the end of the file. */
    PartyRecord next() throws IOException;

    /** How rows are located in messages: "line" for CSV, "row" for Parquet. */
    String positionWord();

    @Override
    void close() throws IOException;

    /**
     * Opens a CSV or Parquet party file, recognised by content (Parquet files start with {@code PAR1}),
     * and checks its columns: {@code id}, {@code name} and {@code country} are required, {@code address}
     * is optional, others are ignored.
     *
     * @throws InputException naming the file and what is wrong with it
     */
    static PartySource open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        try {
            return isParquet(file) ? PartyParquetSource.open(file) : PartyCsvSource.open(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text (save the file as UTF-8)", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static boolean isParquet(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), new byte[] {'P', 'A', 'R', '1'});
        }
    }
}
