package dev.licit.core.decide;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.HbmSpec;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.classify.Classification;
import java.util.HashMap;
import java.util.Map;

/** The item facts requirement rules see: what the datasheet gives and what classification computed. */
final class ItemFactView {
    private ItemFactView() {
    }

    static Map<String, Object> of(ItemSpec spec, Classification c) {
        Map<String, Object> f = new HashMap<>();
        f.put("itemKind", spec.kind());
        switch (spec) {
            case ChipSpec chip -> {
                put(f, "vendor", chip.vendor());
                put(f, "model", chip.model());
                put(f, "datacenter", chip.datacenter());
                put(f, "interconnect", chip.interconnectGBs());
                put(f, "dramBandwidth", chip.memoryBandwidthGBs());
            }
            case HbmSpec hbm -> put(f, "model", hbm.model());
            case SystemSpec system -> {
                put(f, "model", system.model());
                Double bw = null;
                Boolean dc = null;
                boolean allDcKnown = true;
                boolean allBwKnown = true;
                for (SystemSpec.Component comp : system.chips()) {
                    Double b = comp.chip().memoryBandwidthGBs();
                    if (b == null) {
                        allBwKnown = false;
                    } else {
                        bw = bw == null ? b : Math.max(bw, b);
                    }
                    Boolean d = comp.chip().datacenter();
                    if (d == null) {
                        allDcKnown = false;
                    } else {
                        dc = dc == null ? d : dc || d;
                    }
                }
                if (allBwKnown) {
                    put(f, "dramBandwidth", bw);
                }
                if (Boolean.TRUE.equals(dc) || allDcKnown) {
                    put(f, "datacenter", dc);
                }
            }
        }
        put(f, "tpp", c.metrics().tpp());
        put(f, "pd", c.metrics().performanceDensity());
        put(f, "hbmDensity", c.metrics().hbmBandwidthDensity());
        return f;
    }

    private static void put(Map<String, Object> f, String k, Object v) {
        if (v != null) {
            f.put(k, v);
        }
    }
}
