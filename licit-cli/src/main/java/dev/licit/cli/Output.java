package dev.licit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.io.DecisionJson;
import java.io.PrintWriter;

/** Writes results to standard output: JSON pretty-printed, one document per call. */
final class Output {
    private Output() {}

    static void json(PrintWriter out, JsonNode node) {
        try {
            out.println(DecisionJson.MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    static String pad(String s, int width) {
        String v = s == null ? "" : s;
        return v.length() >= width ? v : v + " ".repeat(width - v.length());
    }

    /** One CSV cell: quoted as RFC 4180 asks, and neutralised against formula injection like every CSV Licit writes. */
    static String csv(String s) {
        return dev.licit.core.io.Csv.field(s);
    }
}
