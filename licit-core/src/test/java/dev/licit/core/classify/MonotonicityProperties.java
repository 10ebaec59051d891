package dev.licit.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** More throughput never means less control; a smaller die never means less control; on every date. */
class MonotonicityProperties {
    static final Rulebook RULEBOOK = RulebookLoader.loadDefault();

    /** 0 outside, 1 for .b (or the 2022 single paragraph... counted as .a), 2 for .a. */
    static int level(Classification c) {
        assertThat(c.isClassified()).isTrue();
        return switch (c.eccn()) {
            case "NONE" -> 0;
            case "3A090.b" -> 1;
            default -> 2;
        };
    }

    static Classification classify(double tpp, double area, boolean dc, double ic, LocalDate d) {
        return new Classifier()
                .classify(new ChipSpec("p", "p", dc, Map.of(Precision.INT8, tpp / 8), area, ic, null), RULEBOOK.on(d));
    }

    static LocalDate date(int dayOffset) {
        return LocalDate.of(2022, 10, 7).plusDays(dayOffset);
    }

    @Property(tries = 400)
    void moreThroughputNeverMeansLessControl(
            @ForAll @DoubleRange(min = 0, max = 40000) double tpp,
            @ForAll @DoubleRange(min = 0, max = 20000) double extra,
            @ForAll @DoubleRange(min = 50, max = 3000) double area,
            @ForAll boolean dc,
            @ForAll @DoubleRange(min = 0, max = 2000) double ic,
            @ForAll @IntRange(min = 0, max = 1500) int day) {
        LocalDate d = date(day);
        assertThat(level(classify(tpp + extra, area, dc, ic, d)))
                .isGreaterThanOrEqualTo(level(classify(tpp, area, dc, ic, d)));
    }

    @Property(tries = 400)
    void smallerDieNeverMeansLessControl(
            @ForAll @DoubleRange(min = 0, max = 40000) double tpp,
            @ForAll @DoubleRange(min = 50, max = 3000) double area,
            @ForAll @DoubleRange(min = 0, max = 1) double shrink,
            @ForAll boolean dc,
            @ForAll @DoubleRange(min = 0, max = 2000) double ic,
            @ForAll @IntRange(min = 0, max = 1500) int day) {
        LocalDate d = date(day);
        double smaller = Math.max(1, area * shrink);
        assertThat(level(classify(tpp, smaller, dc, ic, d)))
                .isGreaterThanOrEqualTo(level(classify(tpp, area, dc, ic, d)));
    }

    @Property(tries = 200)
    void datacenterDesignNeverMeansLessControl(
            @ForAll @DoubleRange(min = 0, max = 40000) double tpp,
            @ForAll @DoubleRange(min = 50, max = 3000) double area,
            @ForAll @IntRange(min = 0, max = 1500) int day) {
        LocalDate d = date(day);
        assertThat(level(classify(tpp, area, true, 900, d)))
                .isGreaterThanOrEqualTo(level(classify(tpp, area, false, 900, d)));
    }
}
