package dev.licit.core.classify;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.HbmSpec;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.chip.Metrics;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.rulebook.FactKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of an item, derived in this one place for both the classify entries and the require,
 * exception and policy entries, so that a condition sees the same item whichever kind it belongs to.
 * An unknown value is left out, never defaulted.
 */
public final class ItemFacts {
    private ItemFacts() {}

    /** The item facts of a classified (or indeterminate) item, with its ECCN and paragraph when it has them. */
    public static Map<String, Object> of(ItemSpec item, Classification c) {
        Map<String, Object> facts = of(item, c.metrics(), c.components());
        if (c.isClassified()) {
            FactKey.ECCN.put(facts, c.eccn());
            FactKey.PARAGRAPH.putIfKnown(facts, c.paragraph());
        }
        return facts;
    }

    /**
     * @param metrics what the calculator computed (for a system: its strongest chip's TPP)
     * @param chips for a system, the classification of each of its chips, in order; else empty
     */
    static Map<String, Object> of(ItemSpec item, Metrics metrics, List<Classification> chips) {
        Map<String, Object> facts = new HashMap<>();
        FactKey.ITEM_KIND.put(facts, item.kind());
        switch (item) {
            case ChipSpec c -> {
                FactKey.VENDOR.putIfKnown(facts, c.vendor());
                FactKey.MODEL.putIfKnown(facts, c.model());
                FactKey.DATACENTER.putIfKnown(facts, c.datacenter());
                FactKey.INTERCONNECT.putIfKnown(facts, c.interconnectGBs());
                FactKey.DRAM_BANDWIDTH.putIfKnown(facts, c.memoryBandwidthGBs());
            }
            case HbmSpec h -> FactKey.MODEL.putIfKnown(facts, h.model());
            case SystemSpec s -> putSystemFacts(facts, s, chips);
        }
        FactKey.TPP.putIfKnown(facts, metrics.tpp());
        FactKey.PD.putIfKnown(facts, metrics.performanceDensity());
        FactKey.HBM_DENSITY.putIfKnown(facts, metrics.hbmBandwidthDensity());
        return facts;
    }

    private static void putSystemFacts(Map<String, Object> facts, SystemSpec system, List<Classification> chips) {
        FactKey.MODEL.putIfKnown(facts, system.model());
        Set<String> eccns = new TreeSet<>();
        boolean allClassified = true;
        for (Classification chip : chips) {
            if (chip.isClassified()) {
                eccns.add(chip.eccn());
            } else {
                allClassified = false;
            }
        }
        FactKey.CONTAINS_ECCNS.put(facts, List.copyOf(eccns));
        if (allClassified) {
            FactKey.ALL_CHIPS_CLASSIFIED.put(facts, true);
        }
        // A system's DRAM bandwidth is its fastest chip's, known only when every chip's is: a chip
        // whose figure is missing could be the fastest. It is a datacenter item when one of its chips
        // is, and not one only when every chip is known not to be.
        Double bandwidth = null;
        boolean allBandwidthsKnown = true;
        boolean anyDatacenter = false;
        boolean allDatacenterKnown = true;
        for (SystemSpec.Component component : system.chips()) {
            Double b = component.chip().memoryBandwidthGBs();
            if (b == null) {
                allBandwidthsKnown = false;
            } else {
                bandwidth = bandwidth == null ? b : Math.max(bandwidth, b);
            }
            Boolean d = component.chip().datacenter();
            if (d == null) {
                allDatacenterKnown = false;
            } else {
                anyDatacenter |= d;
            }
        }
        if (allBandwidthsKnown) {
            FactKey.DRAM_BANDWIDTH.putIfKnown(facts, bandwidth);
        }
        if (anyDatacenter || allDatacenterKnown) {
            FactKey.DATACENTER.put(facts, anyDatacenter);
        }
    }
}
