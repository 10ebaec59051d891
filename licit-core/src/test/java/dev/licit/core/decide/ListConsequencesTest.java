package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.H100;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.rulebook.Verdict;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a MATCH on each list does to an order that would otherwise be NLR (an uncontrolled chip to
 * Germany) and to one that needs a license anyway (an H100 to China): regulation-2026.md section 7.
 */
class ListConsequencesTest {
    static final ChipSpec WEAK = new ChipSpec("x", "weak", false, Map.of(Precision.FP16, 10.0), 100.0, 1.0, 1.0);

    private static ListHit match(String list) {
        return new ListHit(list, list + "-1", "Listed Co.", "Listed Co.", 1.0, "MATCH", null, null, null);
    }

    @ParameterizedTest(name = "{0}: weak chip to DE -> {1}; H100 to CN -> {2}")
    @CsvSource({
        "DPL, PROHIBITED, PROHIBITED",
        "SDN, PROHIBITED, PROHIBITED",
        "EL, LICENSE_REQUIRED, LICENSE_REQUIRED",
        "MEU, HOLD, LICENSE_REQUIRED",
        "UVL, HOLD, HOLD",
        "DTC, HOLD, HOLD",
        "ISN, HOLD, HOLD",
        "FSE, HOLD, HOLD",
        "SOME-NEW-LIST, HOLD, HOLD",
        // the EU and UK sanctions lists are not US law: a reviewer weighs a hit, no license requirement by itself
        "EU, HOLD, HOLD",
        "UK, HOLD, HOLD",
        "CMIC, NLR, LICENSE_REQUIRED",
        "SSI, NLR, LICENSE_REQUIRED",
        "NS-MBS, NLR, LICENSE_REQUIRED",
        "CAP, NLR, LICENSE_REQUIRED",
        "PLC, NLR, LICENSE_REQUIRED"
    })
    void eachListHasItsConsequence(String list, Verdict uncontrolled, Verdict controlled) {
        Decision weak = DecisionRulesTest.decide(order("2026-02-01", "DE", "DE", WEAK), match(list));
        assertThat(weak.verdict()).isEqualTo(uncontrolled);
        Decision h100 = DecisionRulesTest.decide(order("2026-02-01", "CN", "CN", H100), match(list));
        assertThat(h100.verdict()).isEqualTo(controlled);
        // the match is reported with the party whatever its consequence
        assertThat(h100.parties().getFirst().matches())
                .extracting(ListHit::list)
                .containsExactly(list);
    }

    @ParameterizedTest(name = "possible {0}: weak chip to DE -> {1}")
    @CsvSource({
        "EL, HOLD",
        "SDN, HOLD",
        "DTC, HOLD",
        "SOME-NEW-LIST, HOLD",
        "EU, HOLD",
        "UK, HOLD",
        "CMIC, NLR",
        "SSI, NLR",
        "CAP, NLR"
    })
    void aPossibleMatchHoldsOnlyOnAListWithAConsequence(String list, Verdict expected) {
        ListHit possible =
                new ListHit(list, list + "-1", "Listed Co.", "Listed Co.", 0.8, "POSSIBLE", null, null, null);
        Decision d = DecisionRulesTest.decide(order("2026-02-01", "DE", "DE", WEAK), possible);
        assertThat(d.verdict()).isEqualTo(expected);
        assertThat(d.parties().getFirst().matches()).extracting(ListHit::band).containsExactly("POSSIBLE");
    }
}
