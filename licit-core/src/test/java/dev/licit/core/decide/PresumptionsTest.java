package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.H100;
import static dev.licit.core.decide.Orders.RTX4090;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every clearance names the checks it presumes; a license requirement or a hold names none; the review date is known. */
class PresumptionsTest {
    static final ChipSpec WEAK = new ChipSpec("x", "weak", false, Map.of(Precision.FP16, 10.0), 100.0, 1.0, 1.0);

    private static List<String> presumed(Decision d) {
        return d.presumes().stream().map(Presumption::ruleId).toList();
    }

    @Test
    void anNlrNamesTheChecksItPresumes() {
        Decision nlr = DecisionRulesTest.decide(order("2026-02-01", "DE", "DE", WEAK));
        assertThat(nlr.verdict()).isEqualTo(Verdict.NLR);
        assertThat(presumed(nlr))
                .contains(
                        "presume-no-military-end-use",
                        "presume-no-advanced-computing-end-use",
                        "presume-no-wmd-end-use",
                        "presume-red-flags-resolved",
                        "presume-no-gp10-item");
        assertThat(nlr.presumes())
                .allMatch(p -> p.citation() != null && !p.citation().isBlank() && p.check() != null);
        assertThat(nlr.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("nlr") && r.summary().contains("presum"));
        assertThat(nlr.nextSteps()).anyMatch(s -> s.contains("presumes"));
    }

    @Test
    void aPresumptionIsInForceOnlyFromItsDate() {
        Decision before = DecisionRulesTest.decide(order("2025-05-12", "DE", "DE", WEAK));
        assertThat(presumed(before)).doesNotContain("presume-no-gp10-item").contains("presume-no-military-end-use");
        assertThat(presumed(DecisionRulesTest.decide(order("2025-05-13", "DE", "DE", WEAK))))
                .contains("presume-no-gp10-item");
    }

    @Test
    void anExceptionPresumesTooButALicenseRequirementDoesNot() {
        Decision aca = DecisionRulesTest.decide(order("2024-06-01", "VN", "VN", RTX4090));
        assertThat(aca.verdict()).isEqualTo(Verdict.LICENSE_EXCEPTION);
        assertThat(aca.presumes()).isNotEmpty();
        Decision license = DecisionRulesTest.decide(order("2024-06-01", "CN", "CN", H100));
        assertThat(license.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(license.presumes()).isEmpty();
    }

    @Test
    void aDecisionAfterTheReviewDateSaysSo() {
        Rulebook rules = RulebookLoader.loadDefault();
        LocalDate reviewed = rules.on(LocalDate.parse("2026-02-01")).settings().reviewedThrough();
        assertThat(reviewed).isNotNull();
        Decision within = DecisionRulesTest.decide(order(reviewed.toString(), "DE", "DE", WEAK));
        assertThat(within.reviewedThrough()).isEqualTo(reviewed);
        assertThat(within.beyondReview()).isFalse();
        Decision after = DecisionRulesTest.decide(order(reviewed.plusDays(1).toString(), "DE", "DE", WEAK));
        assertThat(after.beyondReview()).isTrue();
    }

    @Test
    void anNlrToUkraineWithoutARegionPresumesItIsNotACoveredOne() {
        Decision ua = DecisionRulesTest.decide(order("2026-02-01", "UA", "UA", WEAK));
        assertThat(ua.verdict()).isEqualTo(Verdict.NLR);
        assertThat(presumed(ua)).contains("presume-no-covered-region");
        assertThat(presumed(DecisionRulesTest.decide(order("2026-02-01", "DE", "DE", WEAK))))
                .doesNotContain("presume-no-covered-region");
    }
}
