package dev.licit.cli.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;

/** JSON output of the store commands: records by their component names, dates as ISO text, pretty-printed. */
public final class StoreJson {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    static final ObjectMapper COMPACT = new ObjectMapper();

    private StoreJson() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** The one-line form of a stored decision document (what {@code --format jsonl} prints). */
    public static String line(String document) {
        try {
            JsonNode node = COMPACT.readTree(document);
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored decision document does not parse", e);
        }
    }

    static void checkFormat(String format, String... allowed) {
        for (String a : allowed) {
            if (a.equals(format)) {
                return;
            }
        }
        throw new IllegalArgumentException("--format must be " + String.join(" or ", allowed) + ", not '" + format + "'");
    }
}
