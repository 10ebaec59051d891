package dev.licit.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.HbmSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both sides (>= versus <) of every threshold of every paragraph, and the dates at which texts change. */
class ThresholdTest {
    static final Rulebook RULEBOOK = RulebookLoader.loadDefault();
    static final LocalDate D2022 = LocalDate.of(2023, 6, 1);
    static final LocalDate D2023 = LocalDate.of(2024, 6, 1);
    static final LocalDate D2025 = LocalDate.of(2025, 6, 1);

    static ChipSpec chip(double tpp, Double area, Boolean dc, Double interconnect) {
        // FP16 throughput of tpp/16 gives exactly this TPP
        return new ChipSpec("Test", "t", dc, Map.of(Precision.FP16, tpp / 16), area, interconnect, null);
    }

    static Classification classify(ChipSpec c, LocalDate d) {
        return new Classifier().classify(c, RULEBOOK.on(d));
    }

    @ParameterizedTest(name = "2023 text: TPP {0}, area {1}, datacenter {2} -> {3}")
    @CsvSource({
        // a.1: TPP >= 4800 (any die area, any datacenter status)
        "4800, 1000, true, 3A090.a.1",
        "4799.99, 1000, true, 3A090.b.1",
        "4800, 10000, false, 3A090.a.1",
        "4799.99, 10000, false, NONE",
        // a.2: TPP >= 1600 and PD >= 5.92
        "1600, 270.27027, true, 3A090.a.2",
        "1599.99, 270.27027, true, NONE",
        "2000, 337.83784, true, 3A090.a.2",
        "2000, 337.84, true, 3A090.b.2",
        // b.1: 2400 <= TPP < 4800 and 1.6 <= PD < 5.92
        "2400, 1500, true, 3A090.b.1",
        "2399.99, 1500, true, NONE",
        "3200, 2000, true, 3A090.b.1",
        "3200, 2000.01, true, NONE",
        // b.2: TPP >= 1600 and 3.2 <= PD < 5.92
        "1600, 500, true, 3A090.b.2",
        "1599.99, 499.99, true, NONE",
        "2000, 625, true, 3A090.b.2",
        "2000, 625.01, true, NONE",
        // Note 2: not datacenter and TPP < 4800 is out whatever the density
        "4000, 100, false, NONE",
    })
    void thresholds2023(double tpp, double area, boolean dc, String expected) {
        Classification c = classify(chip(tpp, area, dc, null), D2023);
        assertThat(c.status()).isEqualTo(Classification.Status.CLASSIFIED);
        assertThat(c.paragraph() == null ? c.eccn() : c.paragraph())
                .as(c.toString())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "2022 text: TPP {0}, interconnect {1} -> {2}")
    @CsvSource({"4800, 600, 3A090", "4799.99, 600, NONE", "4800, 599.99, NONE", "100000, 599, NONE", "5000, 900, 3A090"
    })
    void thresholds2022(double tpp, double interconnect, String expected) {
        assertThat(classify(chip(tpp, 800.0, true, interconnect), D2022).eccn()).isEqualTo(expected);
    }

    @Test
    void theTextChangesOnItsEffectiveDates() {
        ChipSpec a800 = chip(4988.8, 826.0, true, 400.0);
        assertThat(classify(a800, LocalDate.of(2023, 11, 16)).eccn()).isEqualTo("NONE");
        assertThat(classify(a800, LocalDate.of(2023, 11, 17)).eccn()).isEqualTo("3A090.a");
        HbmSpec hbm = new HbmSpec("stack", 1200.0, 110.0);
        assertThat(new Classifier()
                        .classify(hbm, RULEBOOK.on(LocalDate.of(2024, 12, 1)))
                        .eccn())
                .isEqualTo("NONE");
        assertThat(new Classifier()
                        .classify(hbm, RULEBOOK.on(LocalDate.of(2024, 12, 2)))
                        .eccn())
                .isEqualTo("3A090.c");
    }

    @Test
    void hbmDensityThresholdIsStrictlyAboveTwo() {
        assertThat(new Classifier()
                        .classify(new HbmSpec("x", 200.0, 100.0), RULEBOOK.on(D2025))
                        .eccn())
                .isEqualTo("NONE");
        assertThat(new Classifier()
                        .classify(new HbmSpec("x", 200.01, 100.0), RULEBOOK.on(D2025))
                        .eccn())
                .isEqualTo("3A090.c");
    }

    @Test
    void missingValueBlocksOnlyWhenTheOutcomeDependsOnIt() {
        Classification h100NoArea = classify(chip(15832, null, true, null), D2023);
        assertThat(h100NoArea.paragraph()).isEqualTo("3A090.a.1");
        Classification dcNoArea = classify(chip(2899, null, true, null), D2023);
        assertThat(dcNoArea.status()).isEqualTo(Classification.Status.INDETERMINATE);
        assertThat(dcNoArea.missing()).containsExactly("dieAreaMm2");
        assertThat(classify(chip(1000, null, true, null), D2023).eccn()).isEqualTo("NONE");
        Classification unknownDc = classify(chip(4000, 800.0, null, null), D2023);
        assertThat(unknownDc.missing()).containsExactly("datacenter");
        assertThat(classify(chip(4000, 800.0, null, null), D2022).eccn())
                .as("2022 text has no datacenter test")
                .isEqualTo("NONE");
        Classification noThroughput = new Classifier()
                .classify(new ChipSpec("x", "y", true, Map.of(), 800.0, 900.0, null), RULEBOOK.on(D2023));
        assertThat(noThroughput.missing()).containsExactly("dense");
        assertThat(classify(chip(5000, 800.0, true, null), D2022).missing()).containsExactly("interconnectGBs");
    }

    @Test
    void zeroDieAreaLeavesDensityUndefined() {
        Classification c = classify(chip(3000, 0.0, true, null), D2023);
        assertThat(c.metrics().performanceDensity()).isNull();
        assertThat(c.status()).isEqualTo(Classification.Status.INDETERMINATE);
    }

    @Test
    void systemsTakeTheParagraphOfTheirStrongestChip() {
        ChipSpec a = chip(15832, 814.0, true, 900.0);
        ChipSpec b = chip(2897, 608.5, true, 64.0);
        ChipSpec none = chip(1000, 600.0, true, 64.0);
        ChipSpec unknown = chip(2899, null, true, null);
        assertThat(sys(D2023, a, none).eccn()).isEqualTo("4A090.a");
        assertThat(sys(D2023, b, none).eccn()).isEqualTo("4A090.b");
        assertThat(sys(D2023, none).eccn()).isEqualTo("NONE");
        assertThat(sys(D2023, a, unknown).eccn())
                .as("an .a chip decides whatever the unknown one is")
                .isEqualTo("4A090.a");
        Classification undecided = sys(D2023, b, unknown);
        assertThat(undecided.status()).isEqualTo(Classification.Status.INDETERMINATE);
        assertThat(undecided.missing()).contains("system.chips[1].dieAreaMm2");
        assertThat(sys(D2022, a).eccn()).isEqualTo("4A090");
        ChipSpec consumer = chip(4000, 100.0, false, null);
        assertThat(sys(D2023, consumer).eccn())
                .as("Note 2/4: an excluded IC does not make a system 4A090")
                .isEqualTo("NONE");
    }

    private static Classification sys(LocalDate d, ChipSpec... chips) {
        return new Classifier()
                .classify(
                        new SystemSpec(
                                "server",
                                List.of(chips).stream()
                                        .map(c -> new SystemSpec.Component(c, 8))
                                        .toList()),
                        RULEBOOK.on(d));
    }

    @Test
    void tf32BitLengthIsASetting() {
        ChipSpec trn1 = new ChipSpec(
                "AWS",
                "Trn1",
                true,
                Map.of(Precision.FP32, 47.5, Precision.TF32, 190.0, Precision.FP16, 190.0, Precision.BF16, 190.0),
                null,
                null,
                null);
        assertThat(classify(trn1, D2023).metrics().tpp()).isEqualTo(3040.0);
        Rulebook at19 = RULEBOOK.withSettingOverrides(Map.of("bitLengths.tf32", 19));
        assertThat(new Classifier().classify(trn1, at19.on(D2023)).metrics().tpp())
                .isEqualTo(3610.0);
        Rulebook at32 = RULEBOOK.withSettingOverrides(Map.of("bitLengths.tf32", 32));
        Classification c = new Classifier().classify(trn1, at32.on(D2023));
        assertThat(c.metrics().tpp()).isEqualTo(6080.0);
        assertThat(c.paragraph()).isEqualTo("3A090.a.1");
        assertThat(at32.on(D2023).sha256()).isNotEqualTo(RULEBOOK.on(D2023).sha256());
    }
}
