package dev.licit.core.decide;

import static dev.licit.core.decide.DecisionRulesTest.decide;
import static dev.licit.core.decide.Orders.RTX4090;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.HbmSpec;
import dev.licit.core.provenance.Reliability;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 9: two headquarters readings rest on AI Diffusion text that BIS stopped enforcing on
 * 13 May 2025 and that its 31 May 2026 guidance did not address (the HBM sub-rule of 744.23(a)(3)(i)(B),
 * the presumption of denial for non-datacenter .a chips). Licit keeps the stricter reading and says, from
 * that date on, that it is an inference [I]; before it, the text was enforced [P].
 */
class AiDiffusionHeadquartersTagsTest {

    @Test
    void theNonDatacenterPresumptionIsAnInferenceFromMay2025() {
        Decision before = decide(order("2025-05-12", "DE", "CN", RTX4090));
        assertThat(before.items().getFirst().reasons())
                .noneMatch(r -> r.ruleId().equals("hq-742.6-pod-non-datacenter"));
        Decision after = decide(order("2025-05-13", "DE", "CN", RTX4090));
        assertThat(after.verdict()).isNotIn(Verdict.NLR, Verdict.LICENSE_EXCEPTION);
        assertThat(after.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("hq-742.6-pod-non-datacenter") && r.reliability() == Reliability.I);
    }

    @Test
    void theHbmHeadquartersSubRuleIsAnInferenceFromMay2025() {
        HbmSpec hbm = new HbmSpec("HBM3E stack", 1200.0, 110.0);
        Decision before = decide(order("2025-05-12", "DE", "CN", hbm));
        assertThat(before.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(before.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("hq-744.23-a3-i-B") && r.reliability() == Reliability.P);
        Decision after = decide(order("2025-05-13", "DE", "CN", hbm));
        assertThat(after.verdict()).as("the stricter reading stays").isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(after.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("hq-744.23-a3-i-B")
                        && r.reliability() == Reliability.I
                        && r.summary().contains("inference"));
    }

    @Test
    void theHeadquartersRuleCitesTheMay2026GuidanceOnlyFromItsDate() {
        Decision early = decide(order("2026-05-30", "DE", "CN", Orders.H100));
        Decision late = decide(order("2026-05-31", "DE", "CN", Orders.H100));
        assertThat(early.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        String earlyText = early.items().getFirst().reasons().stream()
                .filter(r -> r.ruleId().equals("hq-742.6-a6-iii-A"))
                .findFirst()
                .orElseThrow()
                .summary();
        assertThat(earlyText).contains("later guidance, published on 31 May 2026");
        assertThat(late.items().getFirst().reasons())
                .anyMatch(r ->
                        r.ruleId().equals("hq-742.6-a6-iii-A") && r.summary().contains("still enforced"));
    }
}
