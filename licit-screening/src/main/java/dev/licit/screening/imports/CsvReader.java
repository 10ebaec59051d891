package dev.licit.screening.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader (comma or tab separated, double-quote quoting, CRLF or LF line ends,
 * quoted fields may span lines) that remembers the physical line each record starts on.
 *
 * <p>Hand-written rather than a library because the importers must refuse a broken file with the
 * exact line and reason, and must tolerate the publishers' habits: OFAC pads unquoted fields with
 * a trailing blank ({@code -0- }) and BIS quotes every field of a tab-separated file.
 */
public final class CsvReader {
    /** One record and the line it starts on. */
    public record Row(long line, List<String> fields) {
        public String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        public int size() {
            return fields.size();
        }
    }

    private final String file;
    private final String text;
    private final char separator;
    private int pos;
    private long line = 1;

    public CsvReader(String file, String text, char separator) {
        this.file = file;
        // a byte-order mark is not part of the first field
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = separator;
    }

    /** Reads every record; blank lines are skipped. */
    public List<Row> readAll() throws ImportException {
        List<Row> rows = new ArrayList<>();
        Row row;
        while ((row = next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    /** The next record, or null at the end of the text. */
    public Row next() throws ImportException {
        // skip empty lines between records
        while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
            consumeLineEnd();
        }
        if (pos >= text.length()) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (pos < text.length() && text.charAt(pos) == '"') {
                readQuoted(field, start);
            } else {
                while (pos < text.length()) {
                    char c = text.charAt(pos);
                    if (c == separator || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '"') {
                        throw new ImportException(
                                file,
                                line,
                                "stray double quote inside an unquoted field (field " + (fields.size() + 1) + ")");
                    }
                    field.append(c);
                    pos++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (pos >= text.length()) {
                return new Row(start, fields);
            }
            char c = text.charAt(pos);
            if (c == separator) {
                pos++;
                continue;
            }
            consumeLineEnd();
            return new Row(start, fields);
        }
    }

    private void readQuoted(StringBuilder field, long start) throws ImportException {
        long quoteLine = line;
        pos++; // opening quote
        while (true) {
            if (pos >= text.length()) {
                throw new ImportException(
                        file,
                        quoteLine,
                        "quoted field is not closed before the end of the file (record starts at line " + start + ")");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\n') {
                line++;
            }
            if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                // keep the CRLF inside a quoted value as a plain LF
                pos++;
                continue;
            }
            field.append(c);
            pos++;
        }
        // after the closing quote only blanks may come before the separator (OFAC pads with spaces)
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
        if (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != separator && c != '\n' && c != '\r') {
                throw new ImportException(
                        file,
                        line,
                        "unexpected character '" + c
                                + "' after a closing quote (quotes inside a quoted field must be doubled)");
            }
        }
    }

    private void consumeLineEnd() {
        char c = text.charAt(pos);
        pos++;
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }
}
