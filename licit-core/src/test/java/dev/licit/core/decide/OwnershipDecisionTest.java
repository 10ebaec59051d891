package dev.licit.core.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.explain.Reason;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.core.ownership.Standing;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A party owned by listed parties takes their consequence under the 50 % rule in force on the date
 * (regulation-2026.md section 3): the Affiliates rule from 2025-09-29, suspended 2025-11-10 through
 * 2026-11-09, then as the posture says; OFAC's on every date.
 */
class OwnershipDecisionTest {
    /** An item no rule controls to Malaysia: whatever is required comes from the owners. */
    static final ChipSpec WEAK = new ChipSpec("x", "weak", false, Map.of(Precision.FP16, 10.0), 100.0, 1.0, 1.0);

    static final ListHit HUAWEI =
            hit("EL", "Huawei Technologies Co., Ltd.", "MATCH", "84 FR 22961 (Huawei and affiliates)");
    static final ListHit SMIC =
            hit("EL", "Semiconductor Manufacturing International Corporation", "MATCH", "85 FR 83420");
    static final ListHit SDN = hit("SDN", "ROSOBORONEXPORT", "MATCH", null);
    static final ListHit MEU = hit("MEU", "Some Military Institute", "MATCH", null);

    static ListHit hit(String list, String name, String band, String notice) {
        return new ListHit(list, list + "-1", name, name, band.equals("MATCH") ? 1.0 : 0.8, band, null, null, notice);
    }

    static Order order(String date, List<Owner> owners, AffiliatesPosture posture) {
        return order("O", date, new Party(Role.END_USER, "Penang Edge Compute", "MY", "MY", null, owners), posture);
    }

    /** An order {@code id} of eight weak chips from the US to Malaysia for the one party {@code p}. */
    static Order order(String id, String date, Party p, AffiliatesPosture posture) {
        return new Order(
                id,
                LocalDate.parse(date),
                "US",
                "MY",
                List.of(p),
                List.of(new OrderItem("sku", 8, 1000.0, null, WEAK)),
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                posture);
    }

    static Owner owner(String name, Double percent, Owner... above) {
        return new Owner(name, "CN", percent, List.of(above));
    }

    /** Screened as a screener would: each owner name to its hits, every other name to none. */
    static Decision decide(Order o, Map<String, ListHit> listed, AffiliatesPosture posture) {
        return decide(o, OwnershipGraph.EMPTY, listed, posture);
    }

    static Decision decide(Order o, OwnershipGraph graph, Map<String, ListHit> listed, AffiliatesPosture posture) {
        ScreenedOrder screened = ScreenedOrder.screen(o, graph, p -> {
            ListHit h = listed.get(p.name());
            return h == null ? List.of() : List.of(h);
        });
        return DecisionRulesTest.ENGINE.decide(screened, null, null, posture);
    }

    @ParameterizedTest(name = "{0}, posture {1}: {2}")
    @CsvSource({
        "2025-09-28, , NLR",
        "2025-09-29, , LICENSE_REQUIRED",
        "2025-11-09, , LICENSE_REQUIRED",
        "2025-11-10, , NLR",
        "2026-11-09, , NLR",
        "2026-11-09, applies, NLR",
        "2026-11-10, , LICENSE_REQUIRED",
        "2026-11-10, applies, LICENSE_REQUIRED",
        "2026-11-10, suspended, NLR",
        "2027-06-01, suspended, NLR",
        "2025-10-15, suspended, LICENSE_REQUIRED" // the posture reads only the date after the suspension
    })
    void sixtyPercentHuaweiFollowsTheAffiliatesRulesDates(String date, String posture, Verdict expected) {
        AffiliatesPosture p =
                posture == null ? null : AffiliatesPosture.parse(posture).orElseThrow();
        Order o = order(date, List.of(owner("Huawei Technologies", 60.0)), null);
        Decision d = decide(o, Map.of("Huawei Technologies", HUAWEI), p);
        assertThat(d.verdict()).isEqualTo(expected);
        if (expected == Verdict.LICENSE_REQUIRED) {
            assertThat(d.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
            assertThat(reasons(d))
                    .anyMatch(r -> r.ruleId().equals("affiliates-entity-list")
                            && r.summary()
                                    .startsWith(
                                            "Penang Edge Compute is 60 % owned by listed parties: Huawei Technologies"
                                                    + " 60 % (Entity List, 84 FR 22961 (Huawei and affiliates))"));
        }
        // the same posture stated by the order
        Decision byOrder = decide(
                order(date, List.of(owner("Huawei Technologies", 60.0)), p),
                Map.of("Huawei Technologies", HUAWEI),
                null);
        assertThat(byOrder.verdict()).isEqualTo(expected);
        assertThat(byOrder.affiliatesApplies()).isEqualTo(p != AffiliatesPosture.SUSPENDED);
    }

    @Test
    void twoListedOwnersAddUpAndThePathIsExplained() {
        Order o = order(
                "2025-10-01",
                List.of(owner("Huawei Technologies", 30.0), owner("SMIC", 25.0), owner("Local Fund", 45.0)),
                null);
        Decision d = decide(o, Map.of("Huawei Technologies", HUAWEI, "SMIC", SMIC), null);
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(reasons(d))
                .anyMatch(r -> r.summary()
                        .startsWith("Penang Edge Compute is 55 % owned by listed parties: Huawei Technologies 30 %"
                                + " (Entity List, 84 FR 22961 (Huawei and affiliates)), SMIC 25 % (Entity List,"
                                + " 85 FR 83420)"));
        String json = DecisionJson.decision(d, null, null).toString();
        assertThat(json)
                .contains("\"ownership\"")
                .contains("\"standing\":\"COVERED\"")
                .contains("\"sharePercent\":55.0")
                .contains("\"affiliates\":\"applies\"");
        // below 50 together: no consequence
        Order below = order("2025-10-01", List.of(owner("Huawei Technologies", 25.0), owner("SMIC", 24.99)), null);
        assertThat(decide(below, Map.of("Huawei Technologies", HUAWEI, "SMIC", SMIC), null)
                        .verdict())
                .isEqualTo(Verdict.NLR);
    }

    @Test
    void anIndirectChainThroughACoveredCompanyCounts() {
        // Huawei 51 % of a holding company that owns 50 % of the party: the holding passes its whole 50 %
        Order o =
                order("2025-10-01", List.of(owner("Ascend Holdings", 50.0, owner("Huawei Technologies", 51.0))), null);
        Decision d = decide(o, Map.of("Huawei Technologies", HUAWEI), null);
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(d.ownership().getFirst().outcomes())
                .anyMatch(x -> x.rule().id().equals("affiliates") && x.standing() == Standing.COVERED);
        Order under =
                order("2025-10-01", List.of(owner("Ascend Holdings", 50.0, owner("Huawei Technologies", 49.99))), null);
        assertThat(decide(under, Map.of("Huawei Technologies", HUAWEI), null).verdict())
                .isEqualTo(Verdict.NLR);
    }

    @ParameterizedTest(name = "SDN owner on {0}")
    @CsvSource({"2023-01-01", "2025-09-28", "2025-10-01", "2025-12-01", "2026-11-10"})
    void anSdnOwnerAtFiftyPercentBlocksOnAnyDate(String date) {
        Order o = order(date, List.of(owner("Rosoboronexport", 50.0)), null);
        assertThat(decide(o, Map.of("Rosoboronexport", SDN), AffiliatesPosture.SUSPENDED)
                        .verdict())
                .isEqualTo(Verdict.PROHIBITED);
        Order below = order(date, List.of(owner("Rosoboronexport", 49.99)), null);
        assertThat(decide(below, Map.of("Rosoboronexport", SDN), AffiliatesPosture.SUSPENDED)
                        .verdict())
                .isEqualTo(Verdict.NLR);
    }

    @Test
    void ofacCountsOnlySdnOwnersWhileTheAffiliatesRuleAddsTheOtherLists() {
        // 30 % SDN + 25 % Entity List: 55 % under the Affiliates rule, 30 % under OFAC's
        Order o =
                order("2025-10-01", List.of(owner("Rosoboronexport", 30.0), owner("Huawei Technologies", 25.0)), null);
        Map<String, ListHit> listed = Map.of("Rosoboronexport", SDN, "Huawei Technologies", HUAWEI);
        assertThat(decide(o, listed, null).verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        Order suspended = order("2025-12-01", o.parties().getFirst().owners(), null);
        assertThat(decide(suspended, listed, null).verdict()).isEqualTo(Verdict.NLR);
    }

    @Test
    void anMeuOwnerHoldsAnUnclassifiedItem() {
        Order o = order("2025-10-01", List.of(owner("Some Military Institute", 60.0)), null);
        assertThat(decide(o, Map.of("Some Military Institute", MEU), null).verdict())
                .isEqualTo(Verdict.HOLD);
    }

    @Test
    void anUnknownShareOfAListedOwnerIsNoClearance() {
        Order o = order("2025-10-01", List.of(owner("Huawei Technologies", null)), null);
        Decision d = decide(o, Map.of("Huawei Technologies", HUAWEI), null);
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(reasons(d)).anyMatch(r -> r.ruleId().equals("affiliates-red-flag-29"));
        assertThat(d.steps())
                .anyMatch(s -> s.code().equals("step.resolve-ownership")
                        && s.text().contains("Huawei Technologies")
                        && s.params().get("party").equals("Penang Edge Compute"));
        // suspended: Red Flag 29 is part of the suspended rule
        Order dec = order("2025-12-01", List.of(owner("Huawei Technologies", null)), null);
        assertThat(decide(dec, Map.of("Huawei Technologies", HUAWEI), null).verdict())
                .isEqualTo(Verdict.NLR);
        // an SDN owner of unknown share: OFAC gives no license to apply for, so hold
        Order sdn = order("2025-12-01", List.of(owner("Rosoboronexport", null)), null);
        Decision held = decide(sdn, Map.of("Rosoboronexport", SDN), null);
        assertThat(held.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(reasons(held)).anyMatch(r -> r.ruleId().equals("ofac-50-unresolved"));
        assertThat(held.steps()).anyMatch(s -> s.code().equals("step.resolve-ownership"));
    }

    @Test
    void aPossibleMatchOfAnOwnerThatWouldCoverIsHeld() {
        Order o = order("2025-12-01", List.of(owner("Rosoboronexprt", 70.0)), null);
        ListHit possible = hit("SDN", "ROSOBORONEXPORT", "POSSIBLE", null);
        Decision d = decide(o, Map.of("Rosoboronexprt", possible), null);
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(reasons(d)).anyMatch(r -> r.ruleId().equals("ownership-doubtful"));
    }

    @Test
    void anOwnerTheCallerDidNotScreenIsNotReadAsUnlisted() {
        Order o = order("2025-10-01", List.of(owner("Parent Ltd", 60.0)), null);
        // parties screened, owners not
        Decision d = DecisionRulesTest.ENGINE.decide(ScreenedOrder.withHits(o, List.of(List.of())), null, null);
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(d.ownership().getFirst().notes()).anyMatch(n -> n.contains("Parent Ltd"));
        // screened and not listed: nothing follows from the owner
        assertThat(decide(o, Map.of(), null).verdict()).isEqualTo(Verdict.NLR);
    }

    @Test
    void theGraphsOwnersAreScreenedAndReadOnTheirDates() {
        Order o = order("2025-10-01", List.of(), null);
        OwnershipLink holding = new OwnershipLink(
                "Huawei Technologies",
                "CN",
                "Penang Edge Compute",
                "MY",
                75.0,
                LocalDate.parse("2025-10-01"),
                null,
                "ownership.csv:2");
        OwnershipGraph graph = OwnershipGraph.of(List.of(holding));
        Map<String, ListHit> listed = Map.of("Huawei Technologies", HUAWEI);
        assertThat(decide(o, graph, listed, null).verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        Order before = order("2025-09-30", List.of(), null);
        assertThat(decide(before, graph, listed, null).verdict())
                .as("the link starts on 2025-10-01")
                .isEqualTo(Verdict.NLR);
        assertThat(ScreenedOrder.ownersToScreen(before, graph))
                .extracting(Party::name)
                .as("owners are screened whatever the date: the decision's date may differ")
                .containsExactly("Huawei Technologies");
    }

    @Test
    void cyclesAndSharesOverOneHundredInTheGraphAreReported() {
        Order o = order("2025-10-01", List.of(), null);
        OwnershipGraph graph = OwnershipGraph.of(List.of(
                new OwnershipLink("A", null, "Penang Edge Compute", null, 100.0, null, null, "g:1"),
                new OwnershipLink("Penang Edge Compute", null, "A", null, 30.0, null, null, "g:2"),
                new OwnershipLink("Huawei Technologies", null, "A", null, 40.0, null, null, "g:3"),
                new OwnershipLink("B", null, "A", null, 40.0, null, null, "g:4")));
        Map<String, ListHit> listed = new HashMap<>(Map.of("Huawei Technologies", HUAWEI));
        Decision d = decide(o, graph, listed, null);
        // A: 40 % Huawei, 40 % B, 30 % held back by the party: 110 %, a contradiction with a listed owner above
        assertThat(d.ownership().getFirst().notes())
                .anyMatch(n -> n.startsWith("ownership cycle"))
                .anyMatch(n -> n.contains("more than 100"));
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
    }

    @Test
    void aPartyWithoutOwnersDecidesAsBefore() {
        Order o = order("2025-10-01", List.of(), null);
        Decision d = decide(o, Map.of(), null);
        assertThat(d.verdict()).isEqualTo(Verdict.NLR);
        assertThat(DecisionJson.decision(d, null, null).toString()).doesNotContain("\"ownership\"");
    }

    static List<Reason> reasons(Decision d) {
        return d.items().getFirst().reasons();
    }
}
