package dev.licit.cli.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

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

    /**
     * The one-line form of a stored decision document (what {@code --format jsonl} prints): the same
     * text as writing back the parsed tree, but copied token by token, since building the tree took
     * a tenth of {@code check}'s time on a long stream.
     */
    public static String line(String document) {
        StringWriter line = new StringWriter(document.length());
        try (JsonParser p = COMPACT.createParser(document); JsonGenerator g = COMPACT.createGenerator(line)) {
            if (p.nextToken() == null) {
                throw new IllegalStateException("stored decision document is empty");
            }
            g.copyCurrentStructure(p);
        } catch (IOException e) {
            throw new IllegalStateException("stored decision document does not parse", e);
        }
        return line.toString();
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
