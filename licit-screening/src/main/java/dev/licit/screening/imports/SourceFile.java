package dev.licit.screening.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of one list file as the user gave it, and its text once decoded.
 *
 * <p>Gzip is undone transparently (the CSL is often kept compressed). Text is read as strict UTF-8;
 * a file that is not valid UTF-8 is read as Windows-1252, the encoding older OFAC and BIS exports
 * use, and {@link #charset()} says which one was used so the snapshot records it.
 */
public record SourceFile(String name, byte[] raw, String text, String charset) {

    public static SourceFile read(Path path) throws ImportException {
        String name = path.getFileName().toString();
        byte[] raw;
        try {
            raw = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ImportException(name, 0, "cannot read file: " + e.getMessage(), e);
        }
        return of(name, raw);
    }

    /**
     * The most a gzip file may unpack to: the largest list published (OFAC's SDN in XML) is about a
     * tenth of it. A file uploaded to the server is capped compressed (32 MB); without this cap a few
     * MB of gzip (a "zip bomb") could unpack to gigabytes and take the server's memory.
     */
    public static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

    public static SourceFile of(String name, byte[] raw) throws ImportException {
        return of(name, raw, MAX_UNPACKED_BYTES);
    }

    static SourceFile of(String name, byte[] raw, long maxUnpackedBytes) throws ImportException {
        byte[] content = raw;
        if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            content = gunzip(name, raw, maxUnpackedBytes);
        }
        String charset = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            charset = "windows-1252";
            text = new String(content, Charset.forName(charset));
        }
        // OFAC's legacy files end with a DOS end-of-file marker (0x1A) on a line of its own
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\u001A' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        text = text.substring(0, end);
        return new SourceFile(name, raw, text, charset);
    }

    private static byte[] gunzip(String name, byte[] raw, long maxBytes) throws ImportException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            // read at most one byte past the cap: enough to know it is exceeded, never more
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new ImportException(
                        name, 0, "gzip data unpacks to more than the limit of " + maxBytes + " bytes; refused");
            }
            return content;
        } catch (IOException e) {
            throw new ImportException(name, 0, "gzip data is damaged: " + e.getMessage(), e);
        }
    }

    /** The first line of the text, without its line end. */
    String firstLine() {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
