package dev.licit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each variant differs from COMPACT in the one way its name says, and in no other. */
class JsonTest {
    record Entry(String name, LocalDate listed, Map<String, Integer> counts) {}

    static final Entry ENTRY = new Entry("Acme", LocalDate.of(2026, 12, 6), counts());

    static Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("b", 2);
        m.put("a", 1);
        return m;
    }

    @Test
    void compactWritesOneLineInDeclaredOrderWithIsoDates() {
        assertThat(Json.compact(ENTRY))
                .isEqualTo("{\"name\":\"Acme\",\"listed\":\"2026-12-06\",\"counts\":{\"b\":2,\"a\":1}}");
    }

    @Test
    void prettyIndentsTheSameDocument() throws JsonProcessingException {
        String pretty = Json.pretty(ENTRY);
        assertThat(pretty).contains("\n  \"name\" : \"Acme\"");
        assertThat(Json.COMPACT.readTree(pretty)).isEqualTo(Json.COMPACT.readTree(Json.compact(ENTRY)));
    }

    @Test
    void canonicalSortsMapEntriesByKey() throws JsonProcessingException {
        assertThat(Json.CANONICAL.writeValueAsString(ENTRY))
                .isEqualTo("{\"name\":\"Acme\",\"listed\":\"2026-12-06\",\"counts\":{\"a\":1,\"b\":2}}");
    }

    @Test
    void strictRefusesAKeyGivenTwiceWhereCompactKeepsTheLast() throws JsonProcessingException {
        String twice = "{\"a\":1,\"a\":2}";
        assertThat(Json.COMPACT.readTree(twice).get("a").asInt()).isEqualTo(2);
        assertThatThrownBy(() -> Json.STRICT.readTree(twice))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void strictBoundsTheNesting() {
        String deep = "[".repeat(65) + "]".repeat(65);
        assertThatThrownBy(() -> Json.STRICT.readTree(deep)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void strictWritesAsCompactDoes() throws JsonProcessingException {
        assertThat(Json.STRICT.writeValueAsString(ENTRY)).isEqualTo(Json.compact(ENTRY));
    }

    @Test
    void everyVariantRefusesAFieldARecordDoesNotHave() {
        String unknown = "{\"name\":\"Acme\",\"bogus\":1}";
        for (var mapper : new com.fasterxml.jackson.databind.ObjectMapper[] {
            Json.COMPACT, Json.PRETTY, Json.CANONICAL, Json.STRICT
        }) {
            assertThatThrownBy(() -> mapper.readValue(unknown, Entry.class))
                    .isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void readsBackWhatItWrote() throws JsonProcessingException {
        assertThat(Json.COMPACT.readValue(Json.compact(ENTRY), Entry.class)).isEqualTo(ENTRY);
    }

    @Test
    void aStoredDocumentThatDoesNotParseIsDamageNotInput() {
        assertThatThrownBy(() -> Json.readStored("{"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("stored JSON does not parse");
    }

    @Test
    void aStoredDocumentChangesLayoutWithoutChangingAByteOutsideItsWhiteSpace() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode doc = Json.object();
        doc.put("id", "D-1");
        doc.put("valueLimitUsd", new java.math.BigDecimal("688000.00"));
        doc.put("tpp", 40000.0);
        doc.put("big", 1.2E7);
        doc.put("small", 1.0E-5);
        doc.put("count", 24);
        doc.put("long", 12345678901L);
        doc.put("text", "line\nbreak \"quoted\" 华为 tab\t");
        doc.putNull("none");
        doc.put("yes", true);
        doc.put("no", false);
        doc.putObject("empty");
        doc.putArray("nothing");
        doc.putArray("list").add(1).addObject().put("k", "v").putArray("deep").add(0.5);
        String pretty = Json.PRETTY.writeValueAsString(doc);
        String compact = Json.COMPACT.writeValueAsString(doc);
        assertThat(compact).doesNotContain("\n");
        // what the store held indented before 2026-12-07 and shows indented now: the same bytes
        assertThat(Json.indentStored(compact)).isEqualTo(pretty);
        assertThat(Json.indentStored(pretty)).isSameAs(pretty);
        java.io.StringWriter line = new java.io.StringWriter();
        Json.writeStoredOnOneLine(pretty, line);
        assertThat(line.toString()).isEqualTo(compact).contains("688000.00");
        line = new java.io.StringWriter();
        Json.writeStoredOnOneLine(compact, line);
        assertThat(line.toString()).isEqualTo(compact);
        assertThatThrownBy(() -> Json.indentStored("{\"a\":")).isInstanceOf(IllegalStateException.class);
    }
}
