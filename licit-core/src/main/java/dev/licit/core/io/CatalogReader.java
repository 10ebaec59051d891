package dev.licit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.catalog.CatalogEntry;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code data/chips/catalog.yaml}. */
public final class CatalogReader {

    /** What a catalog entry holds beside its chip spec. */
    private static final Set<String> CATALOG_FIELDS =
            Set.of("id", "year", "dies", "memoryType", "memoryGb", "statedTpp", "note", "sources", "expected");

    private CatalogReader() {}

    public static ChipCatalog loadDefault() {
        try (Reader r = Resources.open("/licit/data/chips/catalog.yaml")) {
            return read("data/chips/catalog.yaml", r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chip catalog", e);
        }
    }

    public static ChipCatalog read(String fileName, Reader reader) throws IOException {
        JsonNode root = Json.YAML.readTree(reader);
        Map<String, String> refs = new LinkedHashMap<>();
        root.path("references")
                .properties()
                .forEach(e -> refs.put(e.getKey(), e.getValue().asText()));
        List<CatalogEntry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.path("chips")) {
            i++;
            String where = fileName + ": chips[" + i + "]";
            ChipSpec spec;
            try {
                spec = ItemReader.chip(c, "/chips/" + (i - 1), CATALOG_FIELDS);
            } catch (FieldError e) {
                throw e.in(fileName, null);
            }
            Map<String, List<String>> sources = new LinkedHashMap<>();
            c.path("sources").properties().forEach(e -> {
                List<String> ids = new ArrayList<>();
                e.getValue().forEach(v -> ids.add(v.asText()));
                for (String id : ids) {
                    if (!refs.containsKey(id)) {
                        throw new IllegalArgumentException(
                                where + ": source '" + id + "' of " + e.getKey() + " is not in references");
                    }
                }
                sources.put(e.getKey(), List.copyOf(ids));
            });
            Map<String, String> expected = new LinkedHashMap<>();
            c.path("expected")
                    .properties()
                    .forEach(e -> expected.put(e.getKey(), e.getValue().asText()));
            entries.add(new CatalogEntry(
                    c.path("id").asText(),
                    spec,
                    intOrNull(c, "year"),
                    intOrNull(c, "dies"),
                    textOrNull(c, "memoryType"),
                    doubleOrNull(c, "memoryGb"),
                    doubleOrNull(c, "statedTpp"),
                    textOrNull(c, "note"),
                    sources,
                    expected));
        }
        return new ChipCatalog(entries, refs);
    }

    private static Integer intOrNull(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Double doubleOrNull(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static String textOrNull(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
