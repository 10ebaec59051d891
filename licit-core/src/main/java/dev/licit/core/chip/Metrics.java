package dev.licit.core.chip;

/**
 * The advanced-computing metrics of an item. Null means "cannot be computed from what is known".
 *
 * @param tpp total processing performance: max over precisions of dense TOPS x bit length
 * @param tppPrecision the precision that gives the maximum
 * @param performanceDensity TPP / applicable die area (mm2)
 * @param hbmBandwidthDensity memory bandwidth (GB/s) / package area (mm2), for HBM items
 */
public record Metrics(Double tpp, Precision tppPrecision, Double performanceDensity, Double hbmBandwidthDensity) {
    public static final Metrics NONE = new Metrics(null, null, null, null);
}
