package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.H100;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.provenance.Reliability;
import dev.licit.core.rulebook.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The UAE from 2026-07-10: A:5, yet a license for advanced-computing items (FR 2026-14132) [N]. */
class UaeRuleTest {
    static final ChipSpec WEAK = new ChipSpec("x", "weak", false, Map.of(Precision.FP16, 10.0), 100.0, 1.0, 1.0);

    @Test
    void anAdvancedComputingItemToTheUaeNeedsALicenseFromJuly2026() {
        Decision after = DecisionRulesTest.decide(order("2026-07-10", "AE", "AE", H100));
        assertThat(after.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(after.items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("uae-advanced-computing-2026") && r.reliability() == Reliability.N);
        Decision before = DecisionRulesTest.decide(order("2026-07-09", "AE", "AE", H100));
        assertThat(before.items().getFirst().reasons())
                .noneMatch(r -> r.ruleId().equals("uae-advanced-computing-2026"));
        assertThat(DecisionRulesTest.decide(order("2026-07-10", "AE", "AE", WEAK))
                        .verdict())
                .as("an item outside 3A090/4A090")
                .isEqualTo(Verdict.NLR);
    }

    private static Order uae(String date, String endUser, String hq, EndUserType type) {
        Order o = order(date, "AE", "AE", H100);
        return new Order(
                o.id(),
                o.date(),
                o.exportFrom(),
                o.destination(),
                java.util.List.of(new Party(Role.END_USER, endUser, "AE", hq, null)),
                o.items(),
                o.certifications(),
                null,
                null,
                java.util.List.of(),
                type,
                null);
    }

    @Test
    void theCarveOutsClearTheirBuyersAndG42sApprovalLapses() {
        assertThat(DecisionRulesTest.decide(uae("2026-08-01", "Abu Dhabi Data Centre LLC", "AE", null))
                        .verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(DecisionRulesTest.decide(uae("2026-08-01", "Ministry of Economy", "AE", EndUserType.GOVERNMENT))
                        .verdict())
                .as("the UAE Government")
                .isEqualTo(Verdict.NLR);
        assertThat(DecisionRulesTest.decide(uae("2026-08-01", "Example AI (UAE) LLC", "US", null))
                        .verdict())
                .as("a US-headquartered AI company's subsidiary")
                .isEqualTo(Verdict.NLR);
        assertThat(DecisionRulesTest.decide(uae("2027-04-05", "G42 Cloud LLC", "AE", null))
                        .verdict())
                .as("an approved entity")
                .isEqualTo(Verdict.NLR);
        assertThat(DecisionRulesTest.decide(uae("2027-04-06", "G42 Cloud LLC", "AE", null))
                        .verdict())
                .as("G42's approval lapsed")
                .isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(DecisionRulesTest.decide(uae("2026-08-01", "G420 Trading", "AE", null))
                        .verdict())
                .as("a whole word only")
                .isEqualTo(Verdict.LICENSE_REQUIRED);
    }
}
