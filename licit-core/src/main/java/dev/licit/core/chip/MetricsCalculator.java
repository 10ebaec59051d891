package dev.licit.core.chip;

import java.util.Map;

/**
 * Computes TPP, performance density and HBM bandwidth density (regulation.md section 1).
 *
 * <p>Values are rounded to six decimal places before any threshold is compared, so that binary
 * floating point (294.18 x 16 = 4706.879999...) never decides which side of a line a chip falls.
 */
public final class MetricsCalculator {
    private final BitLengths bitLengths;

    public MetricsCalculator(BitLengths bitLengths) {
        this.bitLengths = bitLengths;
    }

    public Metrics of(ItemSpec item) {
        return switch (item) {
            case ChipSpec chip -> chip(chip);
            case HbmSpec hbm -> new Metrics(null, null, null, ratio(hbm.memoryBandwidthGBs(), hbm.packageAreaMm2()));
            case SystemSpec system -> Metrics.NONE;
        };
    }

    public Metrics chip(ChipSpec chip) {
        Double best = null;
        Precision bestPrecision = null;
        for (Map.Entry<Precision, Double> e : chip.dense().entrySet()) {
            Integer bits = bitLengths.of(e.getKey()).orElse(null);
            if (bits == null || e.getValue() == null) {
                continue;
            }
            double tpp = round(e.getValue() * bits);
            if (best == null || tpp > best) {
                best = tpp;
                bestPrecision = e.getKey();
            }
        }
        return new Metrics(best, bestPrecision, ratio(best, chip.dieAreaMm2()), null);
    }

    private static Double ratio(Double numerator, Double denominator) {
        if (numerator == null || denominator == null || denominator <= 0) {
            return null;
        }
        return round(numerator / denominator);
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
