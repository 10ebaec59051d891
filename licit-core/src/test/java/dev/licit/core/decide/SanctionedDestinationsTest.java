package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.CERTS;
import static dev.licit.core.decide.Orders.H100;
import static dev.licit.core.decide.Orders.H20;
import static dev.licit.core.decide.Orders.RTX4090;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sanctioned destinations (15 CFR 746.7-746.9): every item Licit decides needs a license, under the
 * destination's policy, and no license exception (NAC, ACA) reaches them; each rule on both sides of its dates.
 */
class SanctionedDestinationsTest {
    static final ChipSpec WEAK = new ChipSpec("x", "weak", false, Map.of(Precision.FP16, 10.0), 100.0, 1.0, 1.0);

    private static Decision decide(String date, String dest, ChipSpec chip) {
        return DecisionRulesTest.decide(order(date, "US", dest, dest, CERTS, chip));
    }

    @ParameterizedTest(name = "{1} to {0} on {2}")
    @CsvSource({
        "RU, RTX4090, 2024-06-01",
        "RU, H20, 2025-02-01",
        "RU, WEAK, 2022-10-07",
        "RU, H100, 2026-08-01",
        "BY, RTX4090, 2024-06-01",
        "BY, WEAK, 2026-08-01",
        "IR, RTX4090, 2024-06-01",
        "IR, H20, 2025-02-01",
        "IR, WEAK, 2022-10-07"
    })
    void russiaBelarusAndIranNeedALicenseForEveryItemWithoutExceptions(String dest, String chip, String date) {
        Decision d = decide(date, dest, chip(chip));
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(d.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(d.licenseException()).isNull();
        assertThat(d.items().getFirst().reasons()).anyMatch(r -> r.ruleId().startsWith("sanctions-"));
    }

    @Test
    void theSameItemsElsewhereAreNotTouchedByTheSanctionsRules() {
        Decision germany = decide("2024-06-01", "DE", WEAK);
        assertThat(germany.verdict()).isEqualTo(Verdict.NLR);
        Decision vietnam = decide("2024-06-01", "VN", RTX4090);
        assertThat(vietnam.items().getFirst().reasons())
                .noneMatch(r -> r.ruleId().startsWith("sanctions-"));
    }

    @Test
    void syriaWasDenialUntilSeptember2025ThenCaseByCaseForCclItems() {
        Decision before = decide("2025-09-01", "SY", RTX4090);
        assertThat(before.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(before.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        Decision after = decide("2025-09-02", "SY", RTX4090);
        assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(after.licenseException()).as("NAC does not reach Syria").isNull();
        // a weak chip: before, a license whatever its ECCN; after, EAR99 may go under SPP, a CCL item may not
        assertThat(decide("2025-09-01", "SY", WEAK).verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        Decision weakAfter = decide("2025-09-02", "SY", WEAK);
        assertThat(weakAfter.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(weakAfter.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("sanctions-syria-746.9-unclassified"));
    }

    private static ChipSpec chip(String name) {
        return switch (name) {
            case "RTX4090" -> RTX4090;
            case "H20" -> H20;
            case "H100" -> H100;
            default -> WEAK;
        };
    }
}
