package dev.licit.batch.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.batch.generate.OwnershipGenerator;
import dev.licit.core.ownership.Listing;
import dev.licit.core.ownership.OwnershipCheck;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.OwnershipRule;
import dev.licit.core.ownership.RuleOutcome;
import dev.licit.core.ownership.Standing;
import dev.licit.screening.ownership.OwnershipFormat;
import dev.licit.screening.ownership.OwnershipImporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-graph covered set against OwnershipCheck, party by party, on a generated graph: the same
 * standing, share and lists under each rule for thousands of entities, covered and not, on both sides
 * of 50 %. The check reads the graph through the real importer, the covered set through its own reader.
 */
class CoveredAgainstCheckTest {
    static final OwnershipRule OFAC = new OwnershipRule("ofac50", "OFAC 50 % rule", Set.of("SDN"), 50, null);
    static final OwnershipRule AFFILIATES =
            new OwnershipRule("affiliates", "BIS Affiliates rule", Set.of("EL", "MEU", "SDN"), 50, "affiliates");
    static final LocalDate DAY = LocalDate.parse("2026-12-06");

    @TempDir
    static Path dir;

    static CompactGraph compact;
    static ListedOwners listed;
    static List<CoveredRow> rows;
    static OwnershipGraph graph;

    @BeforeAll
    static void generate() throws Exception {
        Path graphFile = dir.resolve("graph.csv");
        Path listedFile = dir.resolve("listed.csv");
        OwnershipGenerator.write(graphFile, listedFile, 60_000, 11);
        listed = ListedOwners.read(listedFile);
        compact = GraphReader.read(graphFile, DAY);
        rows = CoveredComputation.rows(compact, listed, List.of(CoveredRule.of(OFAC), CoveredRule.of(AFFILIATES)));
        graph = OwnershipGraph.of(OwnershipImporter.importPaths(List.of(graphFile), OwnershipFormat.CSV)
                .links());
    }

    static List<Listing> listings(String name) {
        ListedOwners.Entry e = listed.of(OwnershipGraph.key(name));
        List<Listing> out = new ArrayList<>();
        if (e != null) {
            e.confirmed().forEach(l -> out.add(new Listing(l, name, null, false)));
            e.possible().forEach(l -> out.add(new Listing(l, name, null, true)));
        }
        return out;
    }

    @Test
    void every_unlisted_entity_stands_as_ownership_check_says_under_each_rule() {
        Map<String, CoveredRow> byKeyAndRule = new HashMap<>();
        rows.forEach(r -> byKeyAndRule.put(r.key() + "|" + r.rule(), r));
        // every entity with a row, and as many again drawn from the rest
        List<Integer> parties = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < compact.nodes(); i++) {
            boolean hasRow = byKeyAndRule.containsKey(compact.key(i) + "|ofac50")
                    || byKeyAndRule.containsKey(compact.key(i) + "|affiliates");
            if (listed.of(compact.key(i)) == null && (hasRow || rnd.nextDouble() < 0.05)) {
                parties.add(i);
            }
        }
        assertThat(parties).hasSizeGreaterThan(3000);
        Map<String, Integer> seen = new HashMap<>();
        for (int i : parties) {
            String name = compact.name(i);
            OwnershipResult r = OwnershipCheck.of(
                    name, null, List.of(), graph, DAY, CoveredAgainstCheckTest::listings, List.of(OFAC, AFFILIATES));
            assertThat(r.notes()).as(name).noneMatch(n -> n.contains("were not walked"));
            for (RuleOutcome o : r.outcomes()) {
                CoveredRow row =
                        byKeyAndRule.get(compact.key(i) + "|" + o.rule().id());
                String expected =
                        o.standing() + " " + (o.standing() == Standing.CLEAR ? "" : String.join(" ", o.lists()));
                String actual = row == null ? "CLEAR " : row.standing() + " " + row.lists();
                assertThat(actual)
                        .as("%s under %s: %s", name, o.rule().id(), o.text())
                        .isEqualTo(expected);
                if (row != null) {
                    assertThat(row.share()).as("%s share", name).isEqualTo(Shares.words(Shares.units(o.share())));
                }
                seen.merge(
                        o.standing() + (o.share() == 50 ? " at 50" : o.share() == 49.99 ? " at 49.99" : ""),
                        1,
                        Integer::sum);
            }
        }
        // both sides of the threshold and every standing were compared, not only the easy cases
        assertThat(seen).containsKeys("COVERED", "COVERED at 50", "CLEAR at 49.99", "UNRESOLVED", "DOUBTFUL", "CLEAR");
    }

    @Test
    void the_generated_graph_has_cycles_self_links_and_every_standing() {
        Cycles cycles = Cycles.of(compact);
        assertThat(cycles.count()).isPositive();
        assertThat(cycles.examples().getFirst()).hasSizeGreaterThan(1);
        assertThat(compact.selfLinks()).isPositive();
        assertThat(LocalCovered.tally(rows))
                .containsKeys(
                        "ofac50 COVERED",
                        "affiliates COVERED",
                        "affiliates UNRESOLVED",
                        "affiliates DOUBTFUL",
                        "affiliates LISTED");
    }
}
