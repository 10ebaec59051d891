package dev.licit.core.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 50 % computation (regulation-2026.md section 3) on small graphs whose answer is worked by hand. */
class OwnershipCheckTest {
    static final OwnershipRule AFFILIATES =
            new OwnershipRule("affiliates", "BIS Affiliates rule", Set.of("EL", "MEU", "SDN"), 50, "affiliates");
    static final OwnershipRule OFAC = new OwnershipRule("ofac50", "OFAC 50 % rule", Set.of("SDN"), 50, null);
    static final LocalDate DAY = LocalDate.parse("2025-10-01");

    /** By node key, as ScreenedOrder keys the owners it screened: the screener matches spellings, not the graph. */
    static List<Listing> listed(String name) {
        for (Map.Entry<String, List<Listing>> e : LISTED.entrySet()) {
            if (OwnershipGraph.key(e.getKey()).equals(OwnershipGraph.key(name))) {
                return e.getValue();
            }
        }
        return List.of();
    }

    static final Map<String, List<Listing>> LISTED = Map.of(
            "Huawei Technologies", List.of(new Listing("EL", "Huawei Technologies Co., Ltd.", "84 FR 22961", false)),
            "SMIC", List.of(new Listing("EL", "Semiconductor Manufacturing International Corp.", "85 FR 83420", false)),
            "Rosoboronexport", List.of(new Listing("SDN", "ROSOBORONEXPORT", null, false)),
            "Maybe Corp", List.of(new Listing("EL", "Maybe Corporation", null, true)));

    static OwnershipLink link(String owner, String owned, Double percent) {
        return new OwnershipLink(owner, null, owned, null, percent, null, null, "test");
    }

    static OwnershipResult check(String party, List<OwnershipLink> declared, List<OwnershipLink> graph) {
        return OwnershipCheck.of(
                party,
                "MY",
                declared,
                OwnershipGraph.of(graph),
                DAY,
                OwnershipCheckTest::listed,
                List.of(OFAC, AFFILIATES));
    }

    static RuleOutcome under(OwnershipResult r, OwnershipRule rule) {
        return r.outcomes().stream()
                .filter(o -> o.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void sharesOfDifferentListedOwnersAddUpAndThePathIsInWords() {
        OwnershipResult r = check(
                "Penang Edge Compute",
                List.of(
                        link("Huawei Technologies", "Penang Edge Compute", 30.0),
                        link("SMIC", "Penang Edge Compute", 25.0),
                        link("Local Investor", "Penang Edge Compute", 45.0)),
                List.of());
        RuleOutcome a = under(r, AFFILIATES);
        assertThat(a.standing()).isEqualTo(Standing.COVERED);
        assertThat(a.share()).isEqualTo(55.0);
        assertThat(a.lists()).containsExactly("EL");
        assertThat(a.text())
                .isEqualTo("Penang Edge Compute is 55 % owned by listed parties: Huawei Technologies 30 % (Entity List,"
                        + " 84 FR 22961), SMIC 25 % (Entity List, 85 FR 83420)");
        // OFAC counts SDN owners only
        assertThat(under(r, OFAC).standing()).isEqualTo(Standing.CLEAR);
        assertThat(r.nodes()).extracting(OwnerNode::name).startsWith("Penang Edge Compute");
    }

    @ParameterizedTest(name = "{0} % -> {1}")
    @CsvSource({"50, COVERED", "49.99, CLEAR", "50.01, COVERED", "0, CLEAR", "100, COVERED"})
    void theThresholdIsFiftyInclusive(double percent, Standing expected) {
        OwnershipResult r = check("P", List.of(link("Huawei Technologies", "P", percent)), List.of());
        assertThat(under(r, AFFILIATES).standing()).isEqualTo(expected);
    }

    @Test
    void twoSharesMeetingAtFiftyAreCoveredDespiteDecimalSums() {
        OwnershipResult r =
                check("P", List.of(link("Huawei Technologies", "P", 25.005), link("SMIC", "P", 24.995)), List.of());
        assertThat(under(r, AFFILIATES).standing()).isEqualTo(Standing.COVERED);
        OwnershipResult below =
                check("P", List.of(link("Huawei Technologies", "P", 25.0), link("SMIC", "P", 24.99)), List.of());
        assertThat(under(below, AFFILIATES).standing()).isEqualTo(Standing.CLEAR);
    }

    @Test
    void aCoveredIntermediatePassesItsWholeHoldingNotAMultipliedShare() {
        // Huawei holds 60 % of A: A is covered and passes its whole 30 % on; with Huawei's own 20 %, P is at 50 %
        List<OwnershipLink> links = List.of(
                link("Huawei Technologies", "A Holdings", 60.0),
                link("A Holdings", "P", 30.0),
                link("Huawei Technologies", "P", 20.0));
        RuleOutcome o = under(check("P", List.of(), links), AFFILIATES);
        assertThat(o.standing()).isEqualTo(Standing.COVERED);
        assertThat(o.share()).isEqualTo(50.0);
        assertThat(o.lists()).containsExactly("EL");
        assertThat(o.text())
                .contains("A Holdings 30 % (itself owned by listed parties: Huawei Technologies 60 % (Entity List");
        // multiplied it would be 0.6 x 30 + 20 = 38: the rule does not multiply
    }

    @Test
    void anUncoveredIntermediatePassesNothing() {
        // 40 % of A is not control: A is not covered, so its 100 % of P does not count (not 40 % of it either)
        List<OwnershipLink> links = List.of(link("Huawei Technologies", "A", 40.0), link("A", "P", 100.0));
        RuleOutcome o = under(check("P", List.of(), links), AFFILIATES);
        assertThat(o.standing()).isEqualTo(Standing.CLEAR);
        assertThat(o.share()).isZero();
    }

    @Test
    void aLongChainOfCoveredEntitiesCarriesCoverageDown() {
        List<OwnershipLink> links = new ArrayList<>();
        links.add(link("Huawei Technologies", "L0", 50.0));
        for (int i = 0; i < 30; i++) {
            links.add(link("L" + i, "L" + (i + 1), 50.0));
        }
        assertThat(under(check("L30", List.of(), links), AFFILIATES).standing()).isEqualTo(Standing.COVERED);
        links.set(15, link("L14", "L15", 49.99));
        assertThat(under(check("L30", List.of(), links), AFFILIATES).standing())
                .as("one link below 50 % breaks the chain")
                .isEqualTo(Standing.CLEAR);
    }

    @Test
    void anUnknownShareOfAListedOwnerIsRedFlag29NotAClearance() {
        OwnershipResult r = check("P", List.of(link("Huawei Technologies", "P", null)), List.of());
        RuleOutcome o = under(r, AFFILIATES);
        assertThat(o.standing()).isEqualTo(Standing.UNRESOLVED);
        assertThat(o.lists()).containsExactly("EL");
        assertThat(o.text()).contains("Huawei Technologies share unknown (Entity List, 84 FR 22961)");
        // an unknown share of an unlisted owner changes nothing
        OwnershipResult other =
                check("P", List.of(link("Huawei Technologies", "P", 30.0), link("Other", "P", null)), List.of());
        assertThat(under(other, AFFILIATES).standing()).isEqualTo(Standing.CLEAR);
        // a covered intermediate whose share of P is unknown: the same flag
        OwnershipResult indirect =
                check("P", List.of(), List.of(link("Huawei Technologies", "A", 100.0), link("A", "P", null)));
        assertThat(under(indirect, AFFILIATES).standing()).isEqualTo(Standing.UNRESOLVED);
        // known shares that already reach 50 % settle it whatever the unknown
        OwnershipResult settled =
                check("P", List.of(link("Huawei Technologies", "P", 50.0), link("SMIC", "P", null)), List.of());
        assertThat(under(settled, AFFILIATES).standing()).isEqualTo(Standing.COVERED);
    }

    @Test
    void ofacCountsOnlySdnOwnersAndBisCountsThemWithTheOthers() {
        List<OwnershipLink> links = List.of(link("Rosoboronexport", "P", 30.0), link("Huawei Technologies", "P", 25.0));
        OwnershipResult r = check("P", links, List.of());
        assertThat(under(r, OFAC).standing()).isEqualTo(Standing.CLEAR);
        assertThat(under(r, OFAC).share()).isEqualTo(30.0);
        assertThat(under(r, AFFILIATES).standing()).isEqualTo(Standing.COVERED);
        assertThat(under(r, AFFILIATES).lists()).containsExactly("EL", "SDN");
        OwnershipResult sdn = check("P", List.of(link("Rosoboronexport", "P", 50.0)), List.of());
        assertThat(under(sdn, OFAC).standing()).isEqualTo(Standing.COVERED);
        assertThat(under(sdn, OFAC).lists()).containsExactly("SDN");
    }

    @Test
    void cyclesAreReportedAndNeverLoopedOn() {
        // A and B own each other; Huawei holds 60 % of A: A covered, B (70 % by A) covered, P (60 % by B) covered
        List<OwnershipLink> links = List.of(
                link("A", "B", 70.0),
                link("B", "A", 40.0),
                link("Huawei Technologies", "A", 60.0),
                link("B", "P", 60.0));
        OwnershipResult r = check("P", List.of(), links);
        assertThat(under(r, AFFILIATES).standing()).isEqualTo(Standing.COVERED);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("ownership cycle: "));
        // a cycle with no listed owner feeding it creates no coverage out of nothing
        List<OwnershipLink> closed = List.of(link("A", "B", 60.0), link("B", "A", 60.0), link("A", "P", 100.0));
        OwnershipResult c = check("P", List.of(), closed);
        assertThat(under(c, AFFILIATES).standing()).isEqualTo(Standing.CLEAR);
        assertThat(c.notes()).anyMatch(n -> n.contains("A is owned by B is owned by A"));
        // the party inside its own cycle
        OwnershipResult self = check(
                "P",
                List.of(),
                List.of(link("P", "Q", 100.0), link("Q", "P", 45.0), link("Huawei Technologies", "P", 10.0)));
        assertThat(under(self, AFFILIATES).standing()).isEqualTo(Standing.CLEAR);
    }

    @Test
    void selfOwnershipIsLeftOutAndReported() {
        OwnershipResult r =
                check("P", List.of(), List.of(link("P", "P", 20.0), link("Huawei Technologies", "P", 45.0)));
        assertThat(under(r, AFFILIATES).standing()).isEqualTo(Standing.CLEAR);
        assertThat(r.notes()).anyMatch(n -> n.contains("P is recorded as owning itself (20 %"));
    }

    @Test
    void sharesOverOneHundredAreReportedAndNotCleared() {
        // the graph says 40 % Huawei and 70 % someone else: the data contradicts itself
        OwnershipResult r =
                check("P", List.of(), List.of(link("Huawei Technologies", "P", 40.0), link("Other", "P", 70.0)));
        assertThat(r.notes()).anyMatch(n -> n.contains("add up to 110 %, more than 100"));
        assertThat(under(r, AFFILIATES).standing()).isEqualTo(Standing.DOUBTFUL);
        // without a listed owner anywhere the contradiction does not matter to the rule
        OwnershipResult none = check("P", List.of(), List.of(link("X", "P", 40.0), link("Other", "P", 70.0)));
        assertThat(under(none, AFFILIATES).standing()).isEqualTo(Standing.CLEAR);
        // over 100 % but covered on what is known: covered
        OwnershipResult covered =
                check("P", List.of(), List.of(link("Huawei Technologies", "P", 60.0), link("Other", "P", 70.0)));
        assertThat(under(covered, AFFILIATES).standing()).isEqualTo(Standing.COVERED);
    }

    @Test
    void moreOwnersThanAreWalkedIsNeverAClearance() {
        List<OwnershipLink> links = new ArrayList<>();
        for (int i = 0; i < OwnershipCheck.MAX_NODES + 10; i++) {
            links.add(link("Holder " + i, "P", 0.01));
        }
        links.add(link("Huawei Technologies", "P", 60.0)); // beyond the walk
        OwnershipResult r = check("P", List.of(), links);
        assertThat(under(r, AFFILIATES).standing()).isEqualTo(Standing.DOUBTFUL);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("more than " + OwnershipCheck.MAX_NODES + " owners"));
        OwnershipResult walked = check("P", List.of(), links.subList(4990, links.size()));
        assertThat(under(walked, AFFILIATES).standing()).isEqualTo(Standing.COVERED);
    }

    @Test
    void aPossibleMatchThatWouldCoverIsForAReviewer() {
        OwnershipResult r = check("P", List.of(link("Maybe Corp", "P", 80.0)), List.of());
        assertThat(under(r, AFFILIATES).standing()).isEqualTo(Standing.DOUBTFUL);
        assertThat(under(r, AFFILIATES).text()).contains("possibly Entity List");
        OwnershipResult small = check("P", List.of(link("Maybe Corp", "P", 10.0)), List.of());
        assertThat(under(small, AFFILIATES).standing()).isEqualTo(Standing.CLEAR);
    }

    @Test
    void theOrderAndTheGraphMergeAndOnlyLinksInForceCount() {
        OwnershipLink dated = new OwnershipLink(
                "Huawei Technologies",
                "CN",
                "Holdco",
                "SG",
                100.0,
                LocalDate.parse("2025-10-01"),
                LocalDate.parse("2026-03-31"),
                "graph.csv:2");
        List<OwnershipLink> declared = List.of(link("Holdco", "P", 60.0));
        OwnershipGraph graph = OwnershipGraph.of(List.of(dated));
        for (String[] day : new String[][] {
            {"2025-09-30", "CLEAR"}, {"2025-10-01", "COVERED"}, {"2026-03-31", "COVERED"}, {"2026-04-01", "CLEAR"}
        }) {
            OwnershipResult r = OwnershipCheck.of(
                    "P",
                    "MY",
                    declared,
                    graph,
                    LocalDate.parse(day[0]),
                    OwnershipCheckTest::listed,
                    List.of(AFFILIATES));
            assertThat(r.outcomes().getFirst().standing()).as(day[0]).hasToString(day[1]);
        }
        // the same owner in the order and the graph, spelt differently: one node, the larger share counted
        OwnershipResult twice = check(
                "P", List.of(link("HUAWEI TECHNOLOGIES", "P", 40.0)), List.of(link("Huawei Technologies", "P", 55.0)));
        assertThat(under(twice, AFFILIATES).share()).isEqualTo(55.0);
        assertThat(twice.notes()).anyMatch(n -> n.startsWith("sources disagree"));
    }

    @Test
    void aPartyWithoutOwnersIsComputedAtOnce() {
        OwnershipResult r = check("P", List.of(), List.of());
        assertThat(r.hasOwners()).isFalse();
        assertThat(r.outcomes()).isEmpty();
    }
}
