package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.CERTS;
import static dev.licit.core.decide.Orders.H100;
import static dev.licit.core.decide.Orders.H200;
import static dev.licit.core.decide.Orders.L40;
import static dev.licit.core.decide.Orders.RTX4090;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.HbmSpec;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.provenance.Reliability;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on the day before it takes effect and on the day it does. */
class EffectiveDateBoundaryTest {
    static final DecisionEngine ENGINE = new DecisionEngine(RulebookLoader.loadDefault());

    static Decision decide(Order o) {
        return ENGINE.decide(ScreenedOrder.withHits(o, List.of(List.of())), null, null);
    }

    @Test
    void octoberTwentyTwentyTwoRuleStartsOnItsDate() {
        assertThat(ENGINE.rulebook().start()).isEqualTo("2022-10-07");
        assertThat(decide(order("2022-10-07", "CN", "CN", H100)).verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void macauJoinsOnJanuaryEighteenthTwentyTwentyThree() {
        assertThat(decide(order("2023-01-17", "MO", "MO", H100)).verdict()).isEqualTo(Verdict.NLR);
        Decision d = decide(order("2023-01-18", "MO", "MO", H100));
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(d.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    }

    @Test
    void hongKongReadsAsChina() {
        assertThat(decide(order("2022-12-01", "HK", "HK", H100)).verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void octoberTwentyTwentyThreeScopeStartsOnNovemberSeventeenth() {
        assertThat(decide(order("2023-11-16", "VN", "VN", H100)).verdict()).isEqualTo(Verdict.NLR);
        Decision d = decide(order("2023-11-17", "VN", "VN", H100));
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(d.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
    }

    @Test
    void nacCoversDOneUntilTheSplitAndAcaAfterIt() {
        Decision before = decide(order("2024-04-03", "VN", "VN", RTX4090));
        assertThat(before.verdict()).isEqualTo(Verdict.NOTIFICATION_REQUIRED);
        assertThat(before.licenseException()).isEqualTo("NAC");
        assertThat(before.earliestShipDate()).isEqualTo("2024-04-28");
        Decision after = decide(order("2024-04-04", "VN", "VN", RTX4090));
        assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_EXCEPTION);
        assertThat(after.licenseException()).isEqualTo("ACA");
    }

    @Test
    void headquartersRuleIsOvercomeByNacOnlyFromTheSplit() {
        Decision before = decide(order("2024-04-03", "DE", "CN", L40));
        assertThat(before.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(before.reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
        Decision after = decide(order("2024-04-04", "DE", "CN", L40));
        assertThat(after.verdict()).isEqualTo(Verdict.NOTIFICATION_REQUIRED);
        assertThat(after.licenseException()).isEqualTo("NAC");
    }

    @Test
    void headquartersReviewPolicyChangesWithTheTexts() {
        assertThat(decide(order("2024-01-10", "DE", "CN", H100)).reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
        assertThat(decide(order("2024-04-04", "DE", "CN", H100)).reviewPolicy())
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        Decision rtxBefore = decide(order("2025-01-12", "DE", "CN", RTX4090));
        assertThat(rtxBefore.verdict()).isEqualTo(Verdict.NOTIFICATION_REQUIRED);
        Decision h100After = decide(order("2025-01-13", "DE", "CN", H100));
        assertThat(h100After.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(h100After.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("hq-742.6-a6-iii-A"));
        Decision l40After = decide(order("2025-01-13", "DE", "CN", L40));
        assertThat(l40After.verdict()).isEqualTo(Verdict.NOTIFICATION_REQUIRED);
        Decision rtxAfter = decide(order("2025-01-13", "DE", "CN", RTX4090));
        assertThat(rtxAfter.verdict()).isEqualTo(Verdict.NOTIFICATION_REQUIRED);
        assertThat(rtxAfter.items().getFirst().reasons())
                .as("the uncertain reading shows its [I] tag")
                .anyMatch(r -> r.ruleId().equals("nac-740.8-hq-a") && r.reliability() == Reliability.I);
        assertThat(rtxBefore.items().getFirst().reasons())
                .noneMatch(r -> r.reliability() == Reliability.I && r.ruleId().startsWith("nac"));
    }

    @Test
    void nicaraguaEntersTheScopeOnMarchFifteenthTwentyTwentyFour() {
        assertThat(decide(order("2024-03-14", "NI", "NI", H100)).verdict()).isEqualTo(Verdict.NLR);
        Decision d = decide(order("2024-03-15", "NI", "NI", H100));
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(d.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
    }

    @Test
    void cambodiaLeavesDFiveOnFebruaryThirdTwentyTwentySix() {
        Decision before = decide(order("2026-02-02", "KH", "KH", H100));
        assertThat(before.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        Decision after = decide(order("2026-02-03", "KH", "KH", H100));
        assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(after.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
        assertThat(decide(order("2026-02-02", "KH", "KH", RTX4090)).licenseException())
                .isEqualTo("NAC");
        assertThat(decide(order("2026-02-03", "KH", "KH", RTX4090)).licenseException())
                .isEqualTo("ACA");
    }

    @Test
    void uaeLeavesTheD4ScopeOnJulyTenthTwentyTwentySixButKeepsALicenseRequirement() {
        Decision before = decide(order("2026-07-09", "AE", "AE", H100));
        assertThat(before.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(before.items().getFirst().reasons())
                .noneMatch(r -> r.ruleId().equals("uae-advanced-computing-2026"));
        // FR 2026-14132: A:5, but advanced-computing items still need a license (was NLR before issue 14)
        Decision after = decide(order("2026-07-10", "AE", "AE", H100));
        assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(after.items().getFirst().reasons()).anyMatch(r -> r.ruleId().equals("uae-advanced-computing-2026"));
    }

    @Test
    void hbmIsControlledFromDecemberSecondTwentyTwentyFour() {
        HbmSpec hbm = new HbmSpec("HBM3E stack", 1200.0, 110.0);
        assertThat(decide(order("2024-12-01", "CN", "CN", hbm)).verdict()).isEqualTo(Verdict.NLR);
        Decision d = decide(order("2024-12-02", "CN", "CN", hbm));
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(d.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        Decision foreignOwned = decide(order("2024-12-02", "CN", "US", hbm));
        assertThat(foreignOwned.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
        assertThat(decide(order("2025-01-12", "DE", "CN", hbm)).verdict()).isEqualTo(Verdict.NLR);
        Decision hq = decide(order("2025-01-13", "DE", "CN", hbm));
        assertThat(hq.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(hq.licenseException()).isNull();
    }

    @Test
    void januaryTwentyTwentySixCaseByCaseStartsOnItsDate() {
        assertThat(decide(order("2026-01-14", "US", "CN", "CN", CERTS, H200)).reviewPolicy())
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(decide(order("2026-01-15", "US", "CN", "CN", CERTS, H200)).reviewPolicy())
                .isEqualTo(ReviewPolicy.CASE_BY_CASE);
    }
}
