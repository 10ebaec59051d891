package dev.licit.cli.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;

/** The one-line form of stored decision documents, for {@code --format jsonl} and {@code check}'s JSON Lines. */
public final class StoreJson {
    private StoreJson() {}

    /** The one-line form of a stored decision document (what {@code --format jsonl} prints). */
    public static String line(String document) {
        StringWriter line = new StringWriter(document.length());
        writeLine(line, document);
        return line.toString();
    }

    /**
     * Writes the one-line form of a stored decision document: the same text as writing back the
     * parsed tree, but copied token by token and straight to {@code out}, since building the tree
     * and the string took a tenth of {@code check}'s time on a long stream.
     */
    public static void writeLine(Writer out, String document) {
        try (JsonParser p = Json.COMPACT.createParser(new StringReader(document));
                JsonGenerator g = Json.COMPACT.createGenerator(out)) {
            // the caller owns the writer: leave it open and unflushed (it flushes once per batch)
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            if (p.nextToken() == null) {
                throw new IllegalStateException("stored decision document is empty");
            }
            g.copyCurrentStructure(p);
        } catch (IOException e) {
            throw new IllegalStateException("stored decision document does not parse", e);
        }
    }
}
