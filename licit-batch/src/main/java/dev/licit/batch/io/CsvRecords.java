package dev.licit.batch.io;

import dev.licit.core.io.InputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma separated, double quotes with doubled quotes inside, CRLF or LF,
 * quoted fields may span lines. It keeps the physical line each record starts on for messages and
 * refuses a record longer than {@value #MAX_RECORD_CHARS} characters (a stray quote would otherwise
 * swallow the rest of the file into memory).
 */
final class CsvRecords {
    static final int MAX_RECORD_CHARS = 1 << 20;

    /** One record and the line it starts on. */
    record Record(long line, List<String> fields) {
        public String get(int i) {
            return i >= 0 && i < fields.size() ? fields.get(i) : "";
        }
    }

    private final String file;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private boolean first = true;

    CsvRecords(String file, Reader in) {
        this(file, in, 1);
    }

    /** @param firstLine the number of the reader's first line in the file (for a line read on its own) */
    CsvRecords(String file, Reader in, long firstLine) {
        this.file = file;
        this.in = in;
        this.line = firstLine;
    }

    /** The next record, or null at the end; blank lines are skipped. */
    public Record next() throws IOException {
        int c;
        while ((c = peek()) == '\n' || c == '\r') {
            lineEnd();
        }
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>(8);
        StringBuilder field = new StringBuilder();
        int size = 0;
        while (true) {
            c = read();
            if (c == '"' && field.isEmpty()) {
                // quoted field: up to the closing quote, "" is a quote
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new InputException(
                                file + ":" + start + ": a quoted field is not closed before the end of the file");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            field.append('"');
                            continue;
                        }
                        break;
                    }
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                    if (++size > MAX_RECORD_CHARS) {
                        throw tooLong(start);
                    }
                }
                c = peek();
                if (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                    throw new InputException(file + ":" + line
                            + ": text after a closing quote (a quote inside a field must be doubled)");
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                if (c >= 0) {
                    pushBackLineEnd(c);
                }
                fields.add(field.toString());
                return new Record(start, fields);
            }
            field.append((char) c);
            if (++size > MAX_RECORD_CHARS) {
                throw tooLong(start);
            }
        }
    }

    private InputException tooLong(long start) {
        return new InputException(file + ":" + start + ": a record longer than " + MAX_RECORD_CHARS
                + " characters (an unbalanced quote?)");
    }

    private void pushBackLineEnd(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private void lineEnd() throws IOException {
        int c = read();
        pushBackLineEnd(c);
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private int read() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private boolean fill() throws IOException {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len > 0 && first) {
            first = false;
            if (buf[0] == '\uFEFF') {
                pos = 1; // a byte-order mark is not part of the first field
                return len > 1 || fill();
            }
        }
        return len > 0;
    }
}
