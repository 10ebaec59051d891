package dev.licit.batch.io;

import dev.licit.core.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Parties from a CSV file with a header (gzip is undone when the name ends in .gz). Strict UTF-8. */
final class PartyCsvSource implements PartySource {
    private final String file;
    private final Reader reader;
    private final CsvRecords records;
    private final Columns columns;

    private PartyCsvSource(String file, Reader reader) throws IOException {
        this.file = file;
        this.reader = reader;
        this.records = new CsvRecords(file, reader);
        CsvRecords.Record header = records.next();
        if (header == null) {
            reader.close();
            throw new InputException(
                    file + ":1: the file is empty (a party file starts with the header id,name,country)");
        }
        this.columns = Columns.of(file, header.fields());
    }

    static PartyCsvSource open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (path.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        Reader r = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return new PartyCsvSource(path.toString(), r);
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    @Override
    public PartyRecord next() throws IOException {
        CsvRecords.Record r;
        try {
            r = records.next();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text (save the file as UTF-8)");
        }
        if (r == null) {
            return null;
        }
        return new PartyRecord(
                r.line(),
                r.get(columns.id()),
                r.get(columns.name()),
                r.get(columns.country()),
                r.get(columns.address()));
    }

    @Override
    public String positionWord() {
        return "line";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
