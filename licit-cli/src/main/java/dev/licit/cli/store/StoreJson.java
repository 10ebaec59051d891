package dev.licit.cli.store;

import dev.licit.core.json.Json;
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
     * Writes the one-line form of a stored decision document straight to {@code out}: the stored
     * text itself when it is stored on one line, else copied token by token ({@link
     * Json#writeStoredOnOneLine}), never through a tree and a string, which took a tenth of {@code
     * check}'s time on a long stream. The caller owns the writer: it is left open and unflushed.
     */
    public static void writeLine(Writer out, String document) {
        if (document.isBlank()) {
            throw new IllegalStateException("stored decision document is empty");
        }
        Json.writeStoredOnOneLine(document, out);
    }
}
