package dev.licit.batch.io;

import dev.licit.core.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The non-blank lines of a JSON Lines file with their line numbers, one at a time. A line longer than
 * {@value #MAX_LINE_CHARS} characters is refused rather than read into memory. Not thread-safe.
 */
public final class LineSource implements AutoCloseable {
    static final int MAX_LINE_CHARS = 4 << 20;

    /** One line and its number (from 1). */
    public record Line(long number, String text) {}

    private final String file;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private final StringBuilder line = new StringBuilder(512);
    private int pos;
    private int len;
    private long number;

    private LineSource(String file, Reader in) {
        this.file = file;
        this.in = in;
    }

    public static LineSource open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InputException(path + ": no such file");
        }
        try {
            InputStream s = Files.newInputStream(path);
            if (path.getFileName().toString().endsWith(".gz")) {
                s = new GZIPInputStream(s, 1 << 16);
            }
            return new LineSource(
                    path.toString(),
                    new InputStreamReader(
                            s,
                            StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new InputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The next non-blank line, or null at the end. */
    public Line next() throws IOException {
        while (true) {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (pos >= len) {
                    try {
                        len = in.read(buf, 0, buf.length);
                    } catch (CharacterCodingException e) {
                        throw new InputException(file + ":" + (number + 1) + ": not UTF-8 text");
                    }
                    pos = 0;
                    if (len <= 0) {
                        break;
                    }
                }
                any = true;
                char c = buf[pos++];
                if (c == '\n') {
                    break;
                }
                line.append(c);
                if (line.length() > MAX_LINE_CHARS) {
                    throw new InputException(
                            file + ":" + (number + 1) + ": a line longer than " + MAX_LINE_CHARS + " characters");
                }
            }
            if (!any) {
                return null;
            }
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line.deleteCharAt(0);
            }
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                return new Line(number, text);
            }
        }
    }

    public String file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
