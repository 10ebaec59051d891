package dev.licit.core.chip;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A chip's datasheet figures. Null means "not known"; the engine never treats an unknown as zero.
 *
 * @param dense peak dense (no sparsity) TOPS/TFLOPS per precision as the vendor states them
 * @param dieAreaMm2 summed area of the logic dies made on non-planar (FinFET/GAA) nodes
 * @param interconnectGBs aggregate bidirectional chip-to-chip transfer rate (the October 2022 test)
 * @param memoryBandwidthGBs DRAM bandwidth (the January 2026 review-policy test)
 */
public record ChipSpec(
        String vendor,
        String model,
        Boolean datacenter,
        Map<Precision, Double> dense,
        Double dieAreaMm2,
        Double interconnectGBs,
        Double memoryBandwidthGBs)
        implements ItemSpec {

    public ChipSpec {
        EnumMap<Precision, Double> copy = new EnumMap<>(Precision.class);
        if (dense != null) {
            dense.forEach((p, v) -> {
                if (v != null) {
                    copy.put(p, v);
                }
            });
        }
        dense = Collections.unmodifiableMap(copy);
    }

    @Override
    public String kind() {
        return "chip";
    }

    public ChipSpec withDense(Map<Precision, Double> newDense) {
        return new ChipSpec(vendor, model, datacenter, newDense, dieAreaMm2, interconnectGBs, memoryBandwidthGBs);
    }

    public ChipSpec withDieArea(Double area) {
        return new ChipSpec(vendor, model, datacenter, dense, area, interconnectGBs, memoryBandwidthGBs);
    }

    public ChipSpec withDatacenter(Boolean dc) {
        return new ChipSpec(vendor, model, dc, dense, dieAreaMm2, interconnectGBs, memoryBandwidthGBs);
    }
}
