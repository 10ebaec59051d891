package dev.licit.screening.ownership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FollowTheMoney entities as JSON Lines (OpenSanctions {@code entities.ftm.json}, {@code ftm export}
 * output): one entity a line, {@code {"id", "schema", "properties": {prop: [values]}, ...}}. An
 * {@code Ownership} entity is an edge: {@code owner} holds {@code percentage} of {@code asset}
 * from {@code startDate} to {@code endDate}; {@code owner} and {@code asset} are entity ids (or, in
 * OpenSanctions' nested exports, the entities themselves), resolved to the caption or first
 * {@code name} of the party entities in the files of the same import. Entities of other schemata
 * (sanctions, addresses, directorships) are passed over: they are not ownership.
 *
 * <p>An Ownership property FollowTheMoney does not define for Ownership is refused, and so is an
 * id no file describes: guessing would store an edge to a name nobody can screen.
 */
final class FtmReader {

    /** Schemata whose entities can own or be owned (FollowTheMoney's LegalEntity and its descendants, and assets). */
    static final Set<String> PARTIES = Set.of(
            "LegalEntity",
            "Company",
            "Organization",
            "PublicBody",
            "Person",
            "Asset",
            "Security",
            "Vessel",
            "Airplane");

    /** The properties of the Ownership schema and the Interest, Interval and Thing schemata it extends. */
    static final Set<String> OWNERSHIP_PROPERTIES = Set.of(
            "owner",
            "asset",
            "percentage",
            "sharesCount",
            "sharesValue",
            "sharesCurrency",
            "sharesType",
            "legalBasis",
            "ownershipType",
            "role",
            "status",
            "summary",
            "description",
            "date",
            "startDate",
            "endDate",
            "recordId",
            "sourceUrl",
            "publisher",
            "publisherUrl",
            "modifiedAt",
            "retrievedAt",
            "proof",
            "namesMentioned",
            "indexText",
            "programId",
            "name",
            "notes",
            "alias",
            "previousName",
            "weakAlias",
            "country",
            "keywords",
            "topics",
            "address",
            "addressEntity",
            "wikidataId");

    /** Top-level members of an entity as FollowTheMoney and OpenSanctions write them. */
    static final Set<String> ENTITY_MEMBERS = Set.of(
            "id",
            "schema",
            "properties",
            "caption",
            "datasets",
            "referents",
            "first_seen",
            "last_seen",
            "last_change",
            "target",
            "context",
            "origin");

    private record Party(String name, String country) {}

    private record Edge(SourceFile file, long line, JsonNode entity) {}

    private FtmReader() {}

    static Map<SourceFile, OwnershipImporter.Read> read(List<SourceFile> files) throws ImportException {
        Map<String, Party> parties = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (SourceFile f : files) {
            String[] lines = f.text().split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String text = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
                if (text.isBlank()) {
                    continue;
                }
                long line = i + 1;
                JsonNode e;
                try {
                    e = Json.COMPACT.readTree(text);
                } catch (JsonProcessingException ex) {
                    throw new ImportException(f.name(), line, "malformed JSON: " + ex.getOriginalMessage(), ex);
                }
                if (e == null || !e.isObject()) {
                    throw new ImportException(
                            f.name(), line, "each line must be one FollowTheMoney entity (a JSON object)");
                }
                for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
                    String m = it.next();
                    if (!ENTITY_MEMBERS.contains(m)) {
                        throw new ImportException(f.name(), line, "unknown entity member '" + m + "'");
                    }
                }
                String id = Values.text(e, "id");
                String schema = Values.text(e, "schema");
                if (id.isEmpty()) {
                    throw new ImportException(f.name(), line, "field 'id' is missing");
                }
                if (schema.isEmpty()) {
                    throw new ImportException(f.name(), line, "field 'schema' is missing");
                }
                if (e.has("properties") && !e.get("properties").isObject()) {
                    throw new ImportException(f.name(), line, "field 'properties' must be an object");
                }
                if (schema.equals("Ownership")) {
                    edges.add(new Edge(f, line, e));
                } else if (PARTIES.contains(schema)) {
                    Party p = party(e);
                    if (p == null) {
                        throw new ImportException(
                                f.name(), line, "field 'properties.name': " + schema + " " + id + " has no name");
                    }
                    parties.putIfAbsent(id, p);
                }
            }
        }
        Map<SourceFile, List<OwnershipLink>> byFile = new LinkedHashMap<>();
        files.forEach(f -> byFile.put(f, new ArrayList<>()));
        for (Edge edge : edges) {
            byFile.get(edge.file()).addAll(links(edge, parties));
        }
        Map<SourceFile, OwnershipImporter.Read> out = new LinkedHashMap<>();
        byFile.forEach((f, l) -> out.put(f, new OwnershipImporter.Read(l, List.of())));
        return out;
    }

    private static Party party(JsonNode e) {
        JsonNode props = e.path("properties");
        String name = Values.text(e, "caption");
        if (name.isEmpty()
                && props.path("name").isArray()
                && !props.path("name").isEmpty()) {
            name = props.path("name").get(0).asText().strip();
        }
        if (name.isEmpty()) {
            return null;
        }
        String country = null;
        for (String f : List.of("country", "jurisdiction", "mainCountry", "nationality", "flag")) {
            JsonNode v = props.path(f);
            if (v.isArray()
                    && !v.isEmpty()
                    && (country = Values.country(v.get(0).asText())) != null) {
                break;
            }
        }
        return new Party(name.replaceAll("\\s+", " "), country);
    }

    private static List<OwnershipLink> links(Edge edge, Map<String, Party> parties) throws ImportException {
        String file = edge.file().name();
        long line = edge.line();
        JsonNode e = edge.entity();
        String id = Values.text(e, "id");
        JsonNode props = e.path("properties");
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
            String p = it.next();
            if (!OWNERSHIP_PROPERTIES.contains(p)) {
                throw new ImportException(file, line, "Ownership " + id + ": unknown property '" + p + "'");
            }
            if (!props.get(p).isArray()) {
                throw new ImportException(file, line, "field 'properties." + p + "': FollowTheMoney values are arrays");
            }
        }
        List<Party> owners = resolve(file, line, id, props.path("owner"), "owner", parties);
        List<Party> assets = resolve(file, line, id, props.path("asset"), "asset", parties);
        Double percent = null;
        for (JsonNode v : props.path("percentage")) {
            Double p = Values.percent(v.asText(), file, line, "properties.percentage");
            // several values: the highest, so that a share is never understated
            percent = percent == null || (p != null && p > percent) ? p : percent;
        }
        var start = Values.date(first(props, "startDate"), false, file, line, "properties.startDate");
        var end = Values.date(first(props, "endDate"), true, file, line, "properties.endDate");
        String dataset = e.path("datasets").isArray() && !e.path("datasets").isEmpty()
                ? " (" + e.path("datasets").get(0).asText() + ")"
                : "";
        List<OwnershipLink> out = new ArrayList<>();
        for (Party o : owners) {
            for (Party a : assets) {
                out.add(OwnershipImporter.link(
                        file,
                        line,
                        o.name(),
                        o.country(),
                        a.name(),
                        a.country(),
                        percent,
                        start,
                        end,
                        "ftm:" + id + dataset));
            }
        }
        return out;
    }

    private static String first(JsonNode props, String p) {
        JsonNode v = props.path(p);
        return v.isArray() && !v.isEmpty() ? v.get(0).asText() : null;
    }

    private static List<Party> resolve(
            String file, long line, String id, JsonNode refs, String field, Map<String, Party> parties)
            throws ImportException {
        if (!refs.isArray() || refs.isEmpty()) {
            throw new ImportException(file, line, "Ownership " + id + ": field 'properties." + field + "' is missing");
        }
        List<Party> out = new ArrayList<>();
        for (JsonNode r : refs) {
            Party p;
            if (r.isObject()) {
                // a nested entity (OpenSanctions' nested export)
                p = party(r);
                if (p == null) {
                    p = parties.get(Values.text(r, "id"));
                }
            } else {
                p = parties.get(r.asText());
            }
            if (p == null) {
                throw new ImportException(
                        file,
                        line,
                        "Ownership " + id + ": field 'properties." + field + "': entity '"
                                + (r.isObject() ? Values.text(r, "id") : r.asText())
                                + "' is described in none of the files imported (give the file that holds it)");
            }
            out.add(p);
        }
        return out;
    }
}
