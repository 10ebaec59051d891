package dev.licit.batch.ownership;

import dev.licit.core.ownership.Contribution;

/**
 * Shares as whole billionths of a percent. Sums of longs are exact, so the single-process and the Spark
 * computation, which add the same shares in different orders, reach the same total to the last unit;
 * a double sum could differ in its last bit and flip a party sitting on 50 %. One unit is also the
 * tolerance OwnershipCheck gives its double sums (1e-9 %), so the thresholds are the same.
 */
final class Shares {
    /** A share the source does not state. */
    public static final long UNKNOWN = -1;

    public static final long SCALE = 1_000_000_000L;

    /** 100 %, the most one entity can be owned. */
    public static final long WHOLE = 100 * SCALE;

    private Shares() {}

    public static long units(double percent) {
        return Math.round(percent * SCALE);
    }

    /** A threshold as a sum must reach it: within one unit, as OwnershipCheck's epsilon. */
    public static long threshold(double percent) {
        return units(percent) - 1;
    }

    /** As OwnershipCheck's Contribution writes a share: at most four decimals. */
    public static String words(long units) {
        return Contribution.percent(units / (double) SCALE);
    }

    /** The larger of two shares of one link given twice: a known share wins over an unknown one. */
    public static long larger(long a, long b) {
        return Math.max(a, b);
    }
}
