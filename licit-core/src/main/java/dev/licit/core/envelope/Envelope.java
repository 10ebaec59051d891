package dev.licit.core.envelope;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.classify.Classification;
import dev.licit.core.classify.Classifier;
import dev.licit.core.explain.Reason;
import dev.licit.core.provenance.Reliability;
import dev.licit.core.rulebook.CompiledRulebook;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The design question of a product team: for a die of a given area, how much TPP may a chip have
 * and stay outside 3A090 (and outside 3A090.a)? Found by bisection over TPP with the rulebook's own
 * classifier, so the answer follows the rule text in force and needs no second encoding of it.
 * Classification is monotone in TPP at a fixed area (property-tested), which makes bisection exact.
 */
public final class Envelope {
    private static final double CEILING = 10_000_000;
    private final Classifier classifier = new Classifier();

    /** The first TPP at which the item falls in the paragraph, and the rule that puts it there. */
    public record Bound(
            Double tppLimit,
            String ruleId,
            String paragraph,
            String citation,
            Reliability reliability,
            String summary,
            Map<Precision, Double> densePerPrecision) {}

    /** Both bounds for one design point. */
    public record Result(
            double dieAreaMm2, boolean datacenter, Double interconnectGBs, Bound outside3A090, Bound outside3A090a) {}

    /**
     * @param interconnectGBs the design's interconnect (October 2022 text); null assumes it meets 600 GB/s
     */
    public Result compute(CompiledRulebook rb, double dieAreaMm2, boolean datacenter, Double interconnectGBs) {
        double ic = interconnectGBs == null ? 1_000_000 : interconnectGBs;
        Bound any = bound(rb, dieAreaMm2, datacenter, ic, c -> !"NONE".equals(c.eccn()));
        Bound a = bound(
                rb,
                dieAreaMm2,
                datacenter,
                ic,
                c -> c.eccn() != null && (c.eccn().equals("3A090") || c.eccn().startsWith("3A090.a")));
        return new Result(dieAreaMm2, datacenter, interconnectGBs, any, a);
    }

    private Bound bound(CompiledRulebook rb, double area, boolean dc, double ic, Predicate<Classification> caught) {
        if (!caught.test(classify(rb, CEILING, area, dc, ic))) {
            return new Bound(null, null, null, null, null, "No TPP up to " + (long) CEILING + " reaches it", Map.of());
        }
        double lo = 0;
        double hi = CEILING;
        // Thresholds are whole numbers or simple ratios; 80 halvings get far below the 1e-6 rounding of TPP.
        for (int i = 0; i < 80 && hi - lo > 1e-7; i++) {
            double mid = (lo + hi) / 2;
            if (caught.test(classify(rb, mid, area, dc, ic))) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double limit = Math.round(hi * 1e4) / 1e4;
        Classification at = classify(rb, hi, area, dc, ic);
        Reason r = at.reasons().getFirst();
        Map<Precision, Double> per = new EnumMap<>(Precision.class);
        rb.settings().bitLengths().bits().forEach((p, bits) -> per.put(p, Math.round(limit / bits * 1e4) / 1e4));
        return new Bound(
                limit,
                r.ruleId(),
                at.paragraph() == null ? at.eccn() : at.paragraph(),
                r.citation(),
                r.reliability(),
                r.summary(),
                per);
    }

    private Classification classify(CompiledRulebook rb, double tpp, double area, boolean dc, double ic) {
        // INT8 at tpp/8 gives exactly this TPP whatever the other precisions; the bit length is a setting.
        int bits = rb.settings().bitLengths().of(Precision.INT8).orElse(8);
        ChipSpec chip = new ChipSpec("design", "design point", dc, Map.of(Precision.INT8, tpp / bits), area, ic, null);
        return classifier.classify(chip, rb);
    }
}
