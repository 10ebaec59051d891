package dev.licit.batch.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Reads one line of a party CSV file on its own, for engines that split the file by lines (Spark): the
 * same RFC 4180 rules as {@link PartySource}, so both engines read the same parties. A record whose quoted
 * field spans lines cannot be read this way; the single-process engine reads those.
 */
public final class PartyLine {
    private PartyLine() {}

    /**
     * @param line the physical line number, from 1
     * @return the party, or null for a blank line
     * @throws dev.licit.core.io.InputException for a line that is not valid CSV
     */
    public static PartyRecord parse(String file, long line, String text, Columns columns) {
        try {
            CsvRecords.Record r = new CsvRecords(file, new StringReader(text), line).next();
            if (r == null) {
                return null;
            }
            return new PartyRecord(
                    line,
                    r.get(columns.id()),
                    r.get(columns.name()),
                    r.get(columns.country()),
                    r.get(columns.address()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** The columns of a CSV party file, from its header line. */
    public static Columns header(String file, String headerLine) {
        String text = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
        try {
            CsvRecords.Record r = new CsvRecords(file, new StringReader(text)).next();
            return Columns.of(file, r == null ? java.util.List.of() : r.fields());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
