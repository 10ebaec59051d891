package dev.licit.store.decision;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.common.Actor;
import dev.licit.store.common.Sentence;
import dev.licit.store.review.CaseDraft;
import dev.licit.store.review.CaseKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One journal record: a committed group of decisions with the instant its audit events carry.
 * Written field by field (no reflection) so that the format is exactly what this class says.
 *
 * <p>Format 2 (written since 2026-12-06): the byte {@value #FORMAT_2}, the length of a UTF-8 JSON
 * header (four bytes, big-endian), the header, then each decision's order JSON and document as raw
 * UTF-8, in the order of the header's decisions, whose {@code orderJsonBytes} and {@code
 * documentBytes} give their lengths. The two texts are most of a record and are themselves JSON:
 * escaping them into a JSON string cost about a twentieth of the CPU of a run of 20,000 orders
 * (JFR samples) and lengthened the record. Format 1 (one JSON object, the texts as strings; it starts with a brace) is still
 * read, so a journal left by an older version is replayed.
 */
final class JournalCodec {
    static final int VERSION = 2;

    /** The first byte of a format-2 record (a format-1 record is JSON and starts with a brace). */
    static final byte FORMAT_2 = 2;

    /** Far above any header; a longer one is damage. */
    private static final int MAX_HEADER = 64 << 20;

    /** What one record holds: the group as the writer thread wrote it. */
    record Group(Instant at, List<PreparedDecision> decisions) {}

    private JournalCodec() {}

    static byte[] encode(Instant at, List<PreparedDecision> decisions) {
        ObjectNode root = Json.object();
        root.put("v", VERSION);
        root.put("at", at.toString());
        ArrayNode list = root.putArray("decisions");
        List<byte[]> texts = new ArrayList<>(decisions.size() * 2);
        for (PreparedDecision d : decisions) {
            ObjectNode o = decision(d);
            byte[] orderJson = d.orderJson().getBytes(StandardCharsets.UTF_8);
            byte[] document = d.document().utf8();
            o.put("orderJsonBytes", orderJson.length);
            o.put("documentBytes", document.length);
            texts.add(orderJson);
            texts.add(document);
            list.add(o);
        }
        try {
            byte[] header = Json.COMPACT.writeValueAsBytes(root);
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    5 + header.length + texts.stream().mapToInt(b -> b.length).sum());
            out.write(FORMAT_2);
            out.write(ByteBuffer.allocate(4).putInt(header.length).array());
            out.write(header);
            for (byte[] t : texts) {
                out.write(t);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encodes in format 1, as versions before 2026-12-06 wrote (for tests of the replay of old journals). */
    static byte[] encodeFormat1(Instant at, List<PreparedDecision> decisions) {
        ObjectNode root = Json.object();
        root.put("v", 1);
        root.put("at", at.toString());
        ArrayNode list = root.putArray("decisions");
        for (PreparedDecision d : decisions) {
            list.add(decision(d)
                    .put("orderJson", d.orderJson())
                    .put("document", d.document().text()));
        }
        try {
            return Json.COMPACT.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record's JSON (the header in format 2, the whole record in format 1) and where its raw texts start. */
    private record Parts(byte[] payload, int jsonOffset, int jsonLength, int version) {
        int textsOffset() {
            return jsonOffset + jsonLength;
        }
    }

    private static Parts parts(byte[] payload) throws IOException {
        if (payload.length > 0 && payload[0] == FORMAT_2) {
            if (payload.length < 5) {
                throw new IOException("a journal record cut short in its header length");
            }
            int length = ByteBuffer.wrap(payload, 1, 4).getInt();
            if (length < 2 || length > MAX_HEADER || 5L + length > payload.length) {
                throw new IOException("a journal record with a header of " + length + " bytes in " + payload.length);
            }
            return new Parts(payload, 5, length, 2);
        }
        if (payload.length > 0 && payload[0] == '{') {
            return new Parts(payload, 0, payload.length, 1);
        }
        throw new IOException("a journal record of an unknown format");
    }

    static Group decode(byte[] payload) throws IOException {
        Parts parts = parts(payload);
        JsonNode root = Json.COMPACT.readTree(payload, parts.jsonOffset(), parts.jsonLength());
        int v = root.path("v").asInt(-1);
        if (v != parts.version()) {
            throw new IOException("journal record of format " + v + "; this version reads formats 1 and " + VERSION);
        }
        List<PreparedDecision> decisions = new ArrayList<>();
        int at = parts.textsOffset();
        for (JsonNode d : root.withArray("decisions")) {
            if (v == 1) {
                decisions.add(decision(d, text(d, "orderJson"), DocumentText.of(text(d, "document"))));
                continue;
            }
            int orderJsonBytes = d.path("orderJsonBytes").asInt(-1);
            int documentBytes = d.path("documentBytes").asInt(-1);
            if (orderJsonBytes < 0
                    || documentBytes < 0
                    || (long) at + orderJsonBytes + documentBytes > payload.length) {
                throw new IOException("a journaled decision's texts run past the end of its record");
            }
            String orderJson = new String(payload, at, orderJsonBytes, StandardCharsets.UTF_8);
            at += orderJsonBytes;
            DocumentText document = DocumentText.of(Arrays.copyOfRange(payload, at, at + documentBytes));
            at += documentBytes;
            decisions.add(decision(d, orderJson, document));
        }
        if (v == 2 && at != payload.length) {
            throw new IOException("a journal record has " + (payload.length - at) + " bytes after its last decision");
        }
        return new Group(Instant.parse(root.get("at").asText()), decisions);
    }

    /**
     * The ids of a record's decisions, read without decoding the rest: a checkpoint only needs to
     * know which decisions a segment vouches for, and decoding every document again cost as much as
     * writing it. Refuses what {@link #decode} refuses (another format, malformed JSON).
     */
    static List<String> ids(byte[] payload) throws IOException {
        Parts parts = parts(payload);
        List<String> ids = new ArrayList<>();
        int version = -1;
        try (JsonParser p = Json.COMPACT.getFactory().createParser(payload, parts.jsonOffset(), parts.jsonLength())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a journal record is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("v") && value == JsonToken.VALUE_NUMBER_INT) {
                    version = p.getIntValue();
                } else if (field.equals("decisions") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String id = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            JsonToken t = p.nextToken();
                            if (name.equals("id") && t == JsonToken.VALUE_STRING) {
                                id = p.getText();
                            } else {
                                p.skipChildren();
                            }
                        }
                        if (id == null) {
                            throw new IOException("a journaled decision has no id");
                        }
                        ids.add(id);
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (version != parts.version()) {
            throw new IOException(
                    "journal record of format " + version + "; this version reads formats 1 and " + VERSION);
        }
        if (ids.isEmpty()) {
            // every record is a committed group of at least one decision: reading none means misreading
            throw new IOException("a journal record with no decisions");
        }
        return ids;
    }

    private static ObjectNode decision(PreparedDecision d) {
        ObjectNode o = Json.object();
        o.put("id", d.id());
        o.put("orderId", d.orderId());
        o.put("verdict", d.verdict());
        o.put("asOf", text(d.asOf()));
        o.put("decidedAt", d.decidedAt());
        o.put("actor", d.actor().name());
        if (!d.actor().verified()) {
            o.put("actorVerified", false);
            o.put("osUser", d.actor().osUser());
        }
        o.put("dryRun", d.dryRun());
        o.put("contentSha256", d.contentSha256());
        o.put("destination", d.destination());
        o.put("rulebookSha256", d.rulebookSha256());
        o.put("rulebookVersion", text(d.rulebookVersion()));
        o.put("listSnapshot", d.listSnapshot());
        ObjectNode lines = o.putObject("lines");
        d.lines().eccns().forEach(lines.putArray("eccns")::add);
        lines.put("quantity", d.lines().quantity());
        lines.put(
                "valueUsd",
                d.lines().valueUsd() == null ? null : d.lines().valueUsd().toPlainString());
        o.put("documentSha256", d.documentSha256());
        ArrayNode parties = o.putArray("parties");
        for (PreparedDecision.PartyRow p : d.parties()) {
            parties.addObject()
                    .put("idx", p.idx())
                    .put("role", p.role())
                    .put("name", p.name())
                    .put("country", p.country())
                    .put("partyKey", p.partyKey());
        }
        ArrayNode hits = o.putArray("hits");
        for (PreparedDecision.HitRow h : d.hits()) {
            hits.addObject()
                    .put("partyIdx", h.partyIdx())
                    .put("list", h.list())
                    .put("entryId", h.entryId())
                    .put("entryVersion", h.entryVersion())
                    .put("listedName", h.listedName())
                    .put("score", h.score())
                    .put("band", h.band())
                    .put("cleared", h.cleared());
        }
        if (d.caseDraft() != null) {
            CaseDraft c = d.caseDraft();
            ObjectNode draft = o.putObject("caseDraft");
            draft.put("decisionId", c.decisionId())
                    .put("orderId", c.orderId())
                    .put("kind", c.kind().name())
                    .put("verdict", c.verdict())
                    .put("reason", c.reason());
            ArrayNode why = draft.putArray("reasonDetails");
            for (Sentence sentence : c.reasonDetails()) {
                ObjectNode so = why.addObject().put("code", sentence.code());
                ObjectNode params = so.putObject("params");
                sentence.params().forEach(params::put);
            }
            ArrayNode matches = draft.putArray("matches");
            for (CaseDraft.MatchDraft m : c.matches()) {
                matches.addObject()
                        .put("partyName", m.partyName())
                        .put("partyCountry", m.partyCountry())
                        .put("list", m.list())
                        .put("entryId", m.entryId())
                        .put("entryVersion", m.entryVersion())
                        .put("listedName", m.listedName())
                        .put("score", m.score())
                        .put("band", m.band())
                        .put("note", m.note());
            }
        }
        o.set("auditPayload", d.auditPayload());
        return o;
    }

    private static PreparedDecision decision(JsonNode o, String orderJson, DocumentText document) {
        JsonNode l = o.get("lines");
        Set<String> eccns = new TreeSet<>();
        l.withArray("eccns").forEach(e -> eccns.add(e.asText()));
        String value = text(l, "valueUsd");
        LicensedLines lines =
                new LicensedLines(eccns, l.get("quantity").asLong(), value == null ? null : new BigDecimal(value));
        List<PreparedDecision.PartyRow> parties = new ArrayList<>();
        for (JsonNode p : o.withArray("parties")) {
            parties.add(new PreparedDecision.PartyRow(
                    p.get("idx").asInt(), text(p, "role"), text(p, "name"), text(p, "country"), text(p, "partyKey")));
        }
        List<PreparedDecision.HitRow> hits = new ArrayList<>();
        for (JsonNode h : o.withArray("hits")) {
            hits.add(new PreparedDecision.HitRow(
                    h.get("partyIdx").asInt(),
                    text(h, "list"),
                    text(h, "entryId"),
                    text(h, "entryVersion"),
                    text(h, "listedName"),
                    h.get("score").asDouble(),
                    text(h, "band"),
                    h.get("cleared").asBoolean()));
        }
        CaseDraft draft = null;
        JsonNode c = o.get("caseDraft");
        if (c != null && !c.isNull()) {
            List<CaseDraft.MatchDraft> matches = new ArrayList<>();
            for (JsonNode m : c.withArray("matches")) {
                matches.add(new CaseDraft.MatchDraft(
                        text(m, "partyName"),
                        text(m, "partyCountry"),
                        text(m, "list"),
                        text(m, "entryId"),
                        text(m, "entryVersion"),
                        text(m, "listedName"),
                        m.get("score").asDouble(),
                        text(m, "band"),
                        text(m, "note")));
            }
            // a journal written before the codes were kept has none: the case keeps its English reason only
            List<Sentence> why = new ArrayList<>();
            for (JsonNode w : c.path("reasonDetails")) {
                Map<String, String> params = new TreeMap<>();
                w.path("params")
                        .properties()
                        .forEach(e -> params.put(e.getKey(), e.getValue().asText()));
                why.add(new Sentence(text(w, "code"), params));
            }
            draft = new CaseDraft(
                    text(c, "decisionId"),
                    text(c, "orderId"),
                    CaseKind.valueOf(text(c, "kind")),
                    text(c, "verdict"),
                    text(c, "reason"),
                    why,
                    matches);
        }
        return new PreparedDecision(
                text(o, "id"),
                text(o, "orderId"),
                text(o, "verdict"),
                date(o, "asOf"),
                text(o, "decidedAt"),
                o.path("actorVerified").asBoolean(true)
                        ? new Actor(text(o, "actor"))
                        : Actor.selfDeclared(text(o, "actor"), text(o, "osUser")),
                text(o, "destination"),
                text(o, "rulebookSha256"),
                date(o, "rulebookVersion"),
                text(o, "listSnapshot"),
                lines,
                orderJson,
                document,
                text(o, "documentSha256"),
                parties,
                hits,
                draft,
                (ObjectNode) o.get("auditPayload"),
                null, // replayed after a crash: no caller is waiting for its authorization
                // records written before issue 13 have neither: not a dry run (they were all made
                // for today's rules or shipped as such), and no content hash (nothing covers them)
                o.path("dryRun").asBoolean(false),
                text(o, "contentSha256"));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode o, String field) {
        String t = text(o, field);
        return t == null ? null : LocalDate.parse(t);
    }
}
