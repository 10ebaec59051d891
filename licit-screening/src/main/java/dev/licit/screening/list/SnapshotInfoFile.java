package dev.licit.screening.list;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a snapshot's {@code metadata.json} (written by Jackson from {@link SnapshotInfo}) from a JSON
 * tree, field by field. Every {@code licit screen} and {@code licit check} reads it once; Jackson's
 * data binding spent 100 to 180 ms of such a process introspecting the two records the first time
 * (their constructors, annotations and a deserializer built for each), a sixth of a screen, where a
 * tree takes a few milliseconds. It refuses what binding refused, naming the file and the field: a
 * field the records do not have, a value of the wrong type, a missing required one.
 */
public final class SnapshotInfoFile {
    private static final Set<String> FIELDS =
            Set.of("id", "sha256", "sources", "importedAt", "counts", "includesCurated");
    private static final Set<String> SOURCE_FIELDS = Set.of("file", "format", "sha256", "entries", "publishedAt");

    private SnapshotInfoFile() {}

    /** The snapshot described by {@code file}; an {@link IOException} naming the file and field if it is not one. */
    public static SnapshotInfo read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode root;
        try {
            root = Json.COMPACT.readTree(bytes);
        } catch (IOException e) {
            throw new IOException(file + ": not readable JSON: " + e.getMessage(), e);
        }
        try {
            return info(root);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The snapshot described by a tree of {@code metadata.json}; IllegalArgumentException names the field. */
    static SnapshotInfo info(JsonNode root) {
        object(root, "", FIELDS);
        List<SnapshotInfo.Source> sources = new ArrayList<>();
        JsonNode list = required(root, "", "sources");
        if (!list.isArray()) {
            throw new IllegalArgumentException("/sources: an array is needed");
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "/sources/" + i;
            JsonNode s = list.get(i);
            object(s, at, SOURCE_FIELDS);
            sources.add(new SnapshotInfo.Source(
                    text(s, at, "file"),
                    text(s, at, "format"),
                    text(s, at, "sha256"),
                    integer(s, at, "entries"),
                    s.has("publishedAt") && !s.get("publishedAt").isNull() ? instant(s, at, "publishedAt") : null));
        }
        JsonNode countsNode = required(root, "", "counts");
        if (!countsNode.isObject()) {
            throw new IllegalArgumentException("/counts: an object is needed");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Iterator<String> it = countsNode.fieldNames(); it.hasNext(); ) {
            String code = it.next();
            counts.put(code, integer(countsNode, "/counts", code));
        }
        JsonNode curated = root.get("includesCurated");
        if (curated != null && !curated.isBoolean()) {
            throw new IllegalArgumentException("/includesCurated: true or false is needed");
        }
        return new SnapshotInfo(
                text(root, "", "id"),
                text(root, "", "sha256"),
                sources,
                instant(root, "", "importedAt"),
                counts,
                curated != null && curated.booleanValue());
    }

    private static void object(JsonNode node, String at, Set<String> known) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException((at.isEmpty() ? "/" : at) + ": an object is needed");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(at + "/" + name + ": unknown field; the fields here are "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static JsonNode required(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(at + "/" + field + ": missing");
        }
        return v;
    }

    private static String text(JsonNode node, String at, String field) {
        JsonNode v = required(node, at, field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at + "/" + field + ": a string is needed");
        }
        return v.textValue();
    }

    private static int integer(JsonNode node, String at, String field) {
        JsonNode v = required(node, at, field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(at + "/" + field + ": a whole number is needed");
        }
        return v.intValue();
    }

    private static Instant instant(JsonNode node, String at, String field) {
        String text = text(node, at, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    at + "/" + field + ": an ISO-8601 instant is needed, got '" + text + "'");
        }
    }
}
