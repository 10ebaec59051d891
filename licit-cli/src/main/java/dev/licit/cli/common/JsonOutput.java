package dev.licit.cli.common;

import dev.licit.core.json.Json;
import java.io.PrintWriter;

/** The JSON every command prints for {@code --format json}: one pretty-printed document per call. */
public final class JsonOutput {
    private JsonOutput() {}

    /**
     * Prints {@code value} (a tree or a record) as {@link Json#PRETTY} text and a line break, and
     * flushes: a command that fails after it must not leave the document unwritten.
     */
    public static void print(PrintWriter out, Object value) {
        out.println(Json.pretty(value));
        out.flush();
    }
}
