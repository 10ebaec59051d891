package dev.licit.core.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.catalog.CatalogEntry;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.classify.Classification;
import dev.licit.core.json.Json;

/** Catalog chips as JSON: the same shapes for the CLI and the API. */
public final class CatalogJson {
    private CatalogJson() {}

    /** One line of a catalog listing: identity, figures that place it, classification on the date. */
    public static ObjectNode summary(CatalogEntry e, Classification c) {
        ObjectNode o = Json.PRETTY.createObjectNode();
        o.put("catalogId", e.id());
        o.put("vendor", e.spec().vendor());
        o.put("model", e.spec().model());
        o.put("datacenter", e.spec().datacenter());
        o.put("dieAreaMm2", e.spec().dieAreaMm2());
        o.put("tpp", c.metrics().tpp());
        o.put("performanceDensity", c.metrics().performanceDensity());
        o.put("eccn", c.eccn());
        o.put("paragraph", c.paragraph());
        o.put("status", c.status().name());
        return o;
    }

    /** A chip with every figure, the source of each, and its classification on the date. */
    public static ObjectNode detail(CatalogEntry e, ChipCatalog catalog, Classification c, String rulebookVersion) {
        ChipSpec s = e.spec();
        ObjectNode o = Json.PRETTY.createObjectNode();
        o.put("catalogId", e.id());
        o.put("vendor", s.vendor());
        o.put("model", s.model());
        o.put("year", e.year());
        o.put("datacenter", s.datacenter());
        ObjectNode dense = o.putObject("dense");
        s.dense().forEach((p, v) -> dense.put(p.key(), v));
        o.put("dieAreaMm2", s.dieAreaMm2());
        o.put("interconnectGBs", s.interconnectGBs());
        o.put("memoryBandwidthGBs", s.memoryBandwidthGBs());
        o.put("note", e.note());
        ObjectNode src = o.putObject("sources");
        e.sources().forEach((field, ids) -> {
            ArrayNode a = src.putArray(field);
            ids.forEach(i -> a.add(catalog.references().get(i)));
        });
        o.set("classification", DecisionJson.classification(c, rulebookVersion));
        return o;
    }
}
