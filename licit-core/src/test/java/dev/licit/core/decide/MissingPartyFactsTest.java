package dev.licit.core.decide;

import static dev.licit.core.decide.Orders.H100;
import static dev.licit.core.decide.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.rulebook.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 12: a party with neither country nor headquarters could be headquartered in D:5, so
 * a rule that turns on headquarters must hold the order naming the field, never read the party as
 * headquartered nowhere (which cleared it before).
 */
class MissingPartyFactsTest {

    private static Order withParties(Order o, Party... parties) {
        return new Order(
                o.id(),
                o.date(),
                o.exportFrom(),
                o.destination(),
                List.of(parties),
                o.items(),
                o.certifications(),
                null,
                null,
                List.of(),
                null,
                null);
    }

    /** Screened, no party listed. */
    private static Decision decide(Order o) {
        List<List<ListHit>> none =
                o.parties().stream().map(p -> List.<ListHit>of()).toList();
        return DecisionRulesTest.ENGINE.decide(ScreenedOrder.withHits(o, none), null, null);
    }

    @Test
    void aPartyWithNeitherCountryNorHeadquartersHoldsTheHeadquartersRule() {
        Order base = order("2026-08-01", "MY", "MY", H100);
        Decision unknown =
                decide(withParties(base, new Party(Role.END_USER, "Penang Compute Sdn Bhd", null, null, null)));
        assertThat(unknown.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(unknown.missing()).contains("parties[].headquarters");
        assertThat(unknown.items().getFirst().reasons())
                .anyMatch(r ->
                        r.ruleId().equals("hq-742.6-a6-iii-A") && r.summary().contains("missing"));

        Decision known =
                decide(withParties(base, new Party(Role.END_USER, "Penang Compute Sdn Bhd", "MY", null, null)));
        assertThat(known.verdict())
                .as("its own country stands in for its headquarters")
                .isEqualTo(Verdict.NLR);

        Decision chinese =
                decide(withParties(base, new Party(Role.END_USER, "Penang Compute Sdn Bhd", "MY", "CN", null)));
        assertThat(chinese.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void aKnownD5HeadquartersDecidesWhateverTheUnknownParty() {
        Order base = order("2026-08-01", "MY", "MY", H100);
        Decision d = decide(withParties(
                base,
                new Party(Role.END_USER, "Penang Compute Sdn Bhd", "MY", "CN", null),
                new Party(Role.ULTIMATE_CONSIGNEE, "Unknown Consignee", null, null, null)));
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void theUaeCarveOutForUsHeadquarteredBuyersNeedsEveryEndUsersHeadquarters() {
        Order base = order("2026-08-01", "AE", "AE", H100);
        Decision allUs = decide(withParties(base, new Party(Role.END_USER, "Example AI (UAE) LLC", "AE", "US", null)));
        assertThat(allUs.verdict()).isEqualTo(Verdict.NLR);
        Decision oneUnknown = decide(withParties(
                base,
                new Party(Role.END_USER, "Example AI (UAE) LLC", "AE", "US", null),
                new Party(Role.END_USER, "Second Buyer", null, null, null)));
        assertThat(oneUnknown.verdict())
                .as("an end user whose headquarters is unknown does not meet 'all US-headquartered'")
                .isNotEqualTo(Verdict.NLR);
    }
}
