package dev.licit.core.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The chip catalog: real accelerators by id, each figure with its source. */
public final class ChipCatalog {
    private final Map<String, CatalogEntry> byId;
    private final Map<String, String> references;

    public ChipCatalog(Collection<CatalogEntry> entries, Map<String, String> references) {
        Map<String, CatalogEntry> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.id(), e));
        this.byId = java.util.Collections.unmodifiableMap(m);
        this.references = Map.copyOf(references);
    }

    public Optional<CatalogEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<CatalogEntry> entries() {
        return byId.values();
    }

    public Map<String, String> references() {
        return references;
    }
}
