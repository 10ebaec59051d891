package dev.licit.core.classify;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.HbmSpec;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.chip.Metrics;
import dev.licit.core.chip.SystemSpec;
import java.util.Map;

/** Puts what is known of an item into the fact map; an unknown value is left out, never defaulted. */
final class ItemFacts {
    private ItemFacts() {
    }

    static void put(Map<String, Object> facts, ItemSpec item, Metrics metrics) {
        facts.put("itemKind", item.kind());
        switch (item) {
            case ChipSpec c -> {
                putIfKnown(facts, "vendor", c.vendor());
                putIfKnown(facts, "model", c.model());
                putIfKnown(facts, "datacenter", c.datacenter());
                putIfKnown(facts, "interconnect", c.interconnectGBs());
                putIfKnown(facts, "dramBandwidth", c.memoryBandwidthGBs());
            }
            case HbmSpec h -> putIfKnown(facts, "model", h.model());
            case SystemSpec s -> putIfKnown(facts, "model", s.model());
        }
        putIfKnown(facts, "tpp", metrics.tpp());
        putIfKnown(facts, "pd", metrics.performanceDensity());
        putIfKnown(facts, "hbmDensity", metrics.hbmBandwidthDensity());
    }

    static void putIfKnown(Map<String, Object> facts, String name, Object value) {
        if (value != null) {
            facts.put(name, value);
        }
    }
}
