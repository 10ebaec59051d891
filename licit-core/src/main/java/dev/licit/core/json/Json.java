package dev.licit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The project's JSON and YAML mappers, configured here and nowhere else. Each variant differs from
 * {@link #COMPACT} in exactly the way its name says, so a reader sees at a glance why a caller picked
 * it, and two callers that write the same shape write the same bytes.
 *
 * <p>All JSON variants read and write records by their component names, dates and times as ISO text
 * ({@code "2026-12-06"}, never a number), refuse a field that a record does not have (Jackson's
 * default, kept on purpose) and take their buffers from one bounded pool shared by all threads: a
 * server runs each request on a new virtual thread, and Jackson's default per-thread buffers (tens of
 * KB) would be allocated afresh for every request.
 *
 * <p>The mappers are shared: never reconfigure one (an {@code enable} on it would change every
 * caller's output). A new configuration is a new named variant here.
 */
public final class Json {
    /**
     * One line, fields in the order they were put or declared. Reads leniently where leniency is
     * Jackson's default (a key given twice keeps its last value), as files published by others are
     * read by their other readers; for what a user or client sends, use {@link #STRICT}.
     */
    public static final ObjectMapper COMPACT = records(pooled().build()).build();

    /** {@link #COMPACT}, indented: what a person reads (decisions, command output, state files). */
    public static final ObjectMapper PRETTY =
            records(pooled().build()).enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * {@link #COMPACT} with map entries sorted by key, so the same data always gives the same bytes
     * whatever map it was collected in: for hashes (the rulebook's) and files compared line by line
     * (replays).
     */
    public static final ObjectMapper CANONICAL = records(pooled().build())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * {@link #COMPACT} for reading what a user or a client sends (orders, item specs, request bodies):
     * a key given twice is refused (it would otherwise keep its last value without a word), and the
     * nesting, string and number lengths are bounded so a hostile document cannot exhaust memory or
     * time. It writes exactly as {@link #COMPACT} does.
     */
    public static final ObjectMapper STRICT = records(pooled().streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(1_000_000)
                            .maxNumberLength(100)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    /**
     * YAML read as trees (rule files, countries, catalogs, list sources, translations), with
     * Jackson's defaults: these files are ours and their readers check every field they take.
     */
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Json() {}

    /** A new empty JSON object (every mapper makes the same nodes). */
    public static ObjectNode object() {
        return COMPACT.createObjectNode();
    }

    /**
     * A document Licit wrote and kept itself (a database column, an audit payload), read back. It
     * parsed when it was written, so a failure here is damage to the store, not bad input: an
     * {@link IllegalStateException}, never a refusal.
     */
    public static JsonNode readStored(String text) {
        try {
            return COMPACT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A stored decision document as a person reads it: {@link #PRETTY}'s indentation. Documents are
     * stored on one line since 2026-12-07 (they are hashed, written twice and often printed as JSON
     * Lines, and indentation made them 28 % longer); those stored before were stored indented and
     * are returned as they are. JSON written by Jackson on one line holds no line break (one inside
     * a string is escaped), so a line break tells the two apart.
     */
    public static String indentStored(String stored) {
        if (stored.indexOf('\n') >= 0) {
            return stored;
        }
        StringWriter out = new StringWriter(stored.length() * 5 / 4);
        restyle(stored, out, PRETTY);
        return out.toString();
    }

    /**
     * Writes a stored document on one line, as {@link #COMPACT} writes it: a document stored on one
     * line is copied as it is, one stored indented is copied token by token.
     */
    public static void writeStoredOnOneLine(String stored, Writer out) {
        if (stored.indexOf('\n') < 0) {
            try {
                out.write(stored);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        restyle(stored, out, COMPACT);
    }

    /**
     * Copies {@code stored} token by token into {@code mapper}'s layout. Numbers are copied as
     * written ("688000.00" stays so; read as a double and written back it would be "688000.0"), so
     * the text differs from the stored one only in white space. The writer is left open.
     */
    private static void restyle(String stored, Writer out, ObjectMapper mapper) {
        try (JsonParser p = COMPACT.createParser(stored);
                JsonGenerator g = mapper.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> g.writeStartObject();
                    case END_OBJECT -> g.writeEndObject();
                    case START_ARRAY -> g.writeStartArray();
                    case END_ARRAY -> g.writeEndArray();
                    case FIELD_NAME -> g.writeFieldName(p.currentName());
                    case VALUE_STRING -> g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                    case VALUE_TRUE -> g.writeBoolean(true);
                    case VALUE_FALSE -> g.writeBoolean(false);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw new IllegalStateException("stored JSON holds an unexpected " + t);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON does not parse: " + e.getMessage(), e);
        }
    }

    /** {@code value} as {@link #PRETTY} JSON text. */
    public static String pretty(Object value) {
        return write(PRETTY, value);
    }

    /** {@code value} as {@link #COMPACT} JSON text, on one line. */
    public static String compact(Object value) {
        return write(COMPACT, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // only a type Jackson cannot write gets here: a programming error, not bad input
            throw new IllegalStateException("cannot write a " + value.getClass().getName() + " as JSON", e);
        }
    }

    private static JsonMapper.Builder records(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** A new factory (each mapper needs its own: a mapper makes itself its factory's codec). */
    private static JsonFactoryBuilder pooled() {
        return new JsonFactoryBuilder().recyclerPool(JsonRecyclerPools.sharedBoundedPool());
    }
}
