package dev.licit.core.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The precomputed index answers exactly as the full walk: on random graphs with chains, fan-out, cycles,
 * self-holdings, shares over 100 %, disagreeing sources, unknown shares and dated links, every entity's
 * result (nodes, standings, paths, notes) is equal with and without the index, on dates inside and
 * outside the windows the index was built for.
 */
class OwnershipIndexTest {
    static final List<OwnershipRule> RULES = List.of(
            new OwnershipRule("ofac50", "OFAC 50 % rule", Set.of("SDN"), 50, null),
            new OwnershipRule("affiliates", "BIS Affiliates rule", Set.of("EL", "MEU", "SDN"), 50, "affiliates"));

    static final List<LocalDate> DATES = List.of(
            LocalDate.parse("2019-06-30"),
            LocalDate.parse("2020-01-01"),
            LocalDate.parse("2024-06-01"),
            LocalDate.parse("2025-09-29"),
            LocalDate.parse("2026-12-06"));

    record Case(List<OwnershipLink> links, Function<String, List<Listing>> listings, List<String> names) {}

    static Case random(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int entities = 10 + rnd.nextInt(60);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            // two spellings of one entity now and then: the walk names a node by the first link that finds it
            names.add("Entity " + i + (rnd.nextInt(10) == 0 ? " Co." : " Co"));
        }
        Set<String> listedKeys = new HashSet<>();
        Set<String> possibleKeys = new HashSet<>();
        for (int i = 0; i < entities; i++) {
            int r = rnd.nextInt(100);
            if (r < 6) {
                listedKeys.add(OwnershipGraph.key(names.get(i)));
            } else if (r < 8) {
                possibleKeys.add(OwnershipGraph.key(names.get(i)));
            }
        }
        String[] lists = {"EL", "SDN", "MEU", "UVL"};
        List<OwnershipLink> links = new ArrayList<>();
        int n = entities + rnd.nextInt(entities * 2);
        for (int i = 0; i < n; i++) {
            int owned = rnd.nextInt(entities);
            // mostly upward (a lower number owns a higher one); now and then anything, which closes cycles
            int owner = rnd.nextInt(8) == 0 ? rnd.nextInt(entities) : rnd.nextInt(Math.max(1, owned));
            int kind = rnd.nextInt(100);
            Double pct = kind < 10 ? null : kind < 20 ? 50.0 : kind < 25 ? 49.99 : rnd.nextInt(10001) / 100.0;
            LocalDate start = rnd.nextInt(8) == 0 ? LocalDate.parse("2020-01-01") : null;
            LocalDate end = rnd.nextInt(12) == 0 ? LocalDate.parse("2025-01-31") : null;
            links.add(new OwnershipLink(
                    names.get(owner), "CN", names.get(owned), null, pct, start, end, "src" + rnd.nextInt(3)));
        }
        Function<String, List<Listing>> listings = name -> {
            String k = OwnershipGraph.key(name);
            String list = lists[Math.floorMod(k.hashCode(), lists.length)];
            if (listedKeys.contains(k)) {
                return List.of(new Listing(list, name, "90 FR 1", false));
            }
            if (possibleKeys.contains(k)) {
                return List.of(new Listing(list, name, null, true));
            }
            return List.of();
        };
        return new Case(links, listings, names);
    }

    @Test
    void theIndexGivesTheWalksResultForEveryEntityOnEveryDate() {
        int answeredByIndex = 0;
        int compared = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Case c = random(seed);
            OwnershipGraph indexed = OwnershipGraph.of(c.links());
            OwnershipGraph walked = OwnershipGraph.unindexed(c.links());
            for (LocalDate date : DATES) {
                indexed.prepare(date);
                OwnershipIndex index = indexed.index(date);
                for (String name : c.names()) {
                    OwnershipResult expected =
                            OwnershipCheck.of(name, "MY", List.of(), walked, date, c.listings(), RULES);
                    OwnershipResult actual =
                            OwnershipCheck.of(name, "MY", List.of(), indexed, date, c.listings(), RULES);
                    assertThat(actual).as("seed %d, %s on %s", seed, name, date).isEqualTo(expected);
                    compared++;
                    if (index.clearOrNull(name, "MY", OwnershipGraph.key(name), c.listings(), RULES) != null) {
                        answeredByIndex++;
                    }
                }
            }
        }
        // both kinds were compared: parties the index answers and parties it leaves to the walk
        assertThat(answeredByIndex).isGreaterThan(compared / 10).isLessThan(compared);
    }

    @Test
    void anIndexIsUsedOnlyInsideTheWindowItWasBuiltFor() {
        List<OwnershipLink> links = List.of(
                new OwnershipLink("A", null, "B", null, 60.0, LocalDate.parse("2020-01-01"), null, "s"),
                new OwnershipLink("C", null, "B", null, 30.0, null, LocalDate.parse("2024-12-31"), "s"));
        OwnershipGraph g = OwnershipGraph.of(links);
        // not built for the first lookups of a graph nobody prepared: a one-shot check does not pay for it
        for (int i = 0; i < OwnershipGraph.LOOKUPS_BEFORE_INDEX; i++) {
            assertThat(g.index(LocalDate.parse("2022-05-05"))).isNull();
        }
        OwnershipIndex mid = g.index(LocalDate.parse("2022-05-05"));
        assertThat(mid).isNotNull();
        assertThat(mid.covers(LocalDate.parse("2020-01-01"))).isTrue();
        assertThat(mid.covers(LocalDate.parse("2024-12-31"))).isTrue();
        assertThat(mid.covers(LocalDate.parse("2019-12-31"))).isFalse();
        assertThat(mid.covers(LocalDate.parse("2025-01-01"))).isFalse();
        assertThat(mid.covers(null)).isFalse();
        // another date outside the window gets its own index; the first is kept for its dates
        OwnershipIndex late = g.index(LocalDate.parse("2026-01-01"));
        assertThat(late).isNotSameAs(mid);
        assertThat(late.covers(LocalDate.parse("2099-01-01"))).isTrue();
        assertThat(g.index(LocalDate.parse("2023-01-01"))).isSameAs(mid);
        assertThat(g.index(null).covers(null)).isTrue();
        assertThat(OwnershipGraph.unindexed(links).index(LocalDate.parse("2022-05-05")))
                .isNull();
    }

    @Test
    void anOwnerListedSinceTheIndexWasBuiltSendsThePartyToTheWalk() {
        // the index holds no list entries: an owner the screening now finds listed is never read as clear
        List<OwnershipLink> links = List.of(
                new OwnershipLink("Huawei Technologies", "CN", "Lotus Holdings", "HK", 100.0, null, null, "s"),
                new OwnershipLink("Lotus Holdings", "HK", "Penang Edge Compute", "MY", 60.0, null, null, "s"));
        OwnershipGraph g = OwnershipGraph.of(links);
        LocalDate day = LocalDate.parse("2026-12-06");
        OwnershipResult before =
                OwnershipCheck.of("Penang Edge Compute", "MY", List.of(), g, day, n -> List.of(), RULES);
        assertThat(before.outcomes()).extracting(RuleOutcome::standing).containsOnly(Standing.CLEAR);
        OwnershipResult after = OwnershipCheck.of(
                "Penang Edge Compute",
                "MY",
                List.of(),
                g,
                day,
                n -> n.startsWith("Huawei") ? List.of(new Listing("EL", n, "84 FR 22961", false)) : List.of(),
                RULES);
        assertThat(after.outcomes().get(1).standing()).isEqualTo(Standing.COVERED);
        assertThat(after.outcomes().get(1).text())
                .isEqualTo("Penang Edge Compute is 60 % owned by listed parties: Lotus Holdings 60 % (itself owned by"
                        + " listed parties: Huawei Technologies 100 % (Entity List, 84 FR 22961))");
    }

    @Test
    void aGraphWithABuilderNeverBuildsOnTheLookupsThreadAndAnswersTheSameBeforeAndAfter() {
        Case c = random(7);
        LocalDate day = LocalDate.parse("2026-12-06");
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        OwnershipGraph g = OwnershipGraph.of(c.links(), queued::add);
        OwnershipGraph walked = OwnershipGraph.unindexed(c.links());

        g.requestIndex(day);
        g.requestIndex(day); // asked twice while on its way: built once
        assertThat(queued).hasSize(1);
        assertThat(g.indexReady(day)).isFalse();
        // far more lookups than a graph without a builder takes before building: none builds here, all walk
        for (int round = 0; round < 3; round++) {
            for (String name : c.names()) {
                assertThat(OwnershipCheck.of(name, "MY", List.of(), g, day, c.listings(), RULES))
                        .isEqualTo(OwnershipCheck.of(name, "MY", List.of(), walked, day, c.listings(), RULES));
            }
        }
        assertThat(g.index(day)).isNull();
        assertThat(queued).hasSize(1);

        queued.poll().run(); // the builder's thread, whenever it gets to it
        assertThat(g.indexReady(day)).isTrue();
        assertThat(g.index(day)).isNotNull();
        for (String name : c.names()) {
            assertThat(OwnershipCheck.of(name, "MY", List.of(), g, day, c.listings(), RULES))
                    .isEqualTo(OwnershipCheck.of(name, "MY", List.of(), walked, day, c.listings(), RULES));
        }
        g.requestIndex(day);
        assertThat(queued).isEmpty(); // built: nothing more to do

        // a date outside the window, looked up often enough, is handed to the builder too
        LocalDate early = LocalDate.parse("2019-06-30");
        for (int i = 0; i <= OwnershipGraph.LOOKUPS_BEFORE_INDEX && !g.indexReady(early); i++) {
            assertThat(g.index(early)).isNull();
        }
        if (!g.indexReady(early)) {
            assertThat(queued).hasSize(1);
            queued.poll().run();
            assertThat(g.indexReady(early)).isTrue();
        }
    }

    @Test
    void aBuilderThatRefusesLeavesTheLookupsWalking() {
        Case c = random(11);
        LocalDate day = LocalDate.parse("2026-12-06");
        OwnershipGraph g = OwnershipGraph.of(c.links(), task -> {
            throw new java.util.concurrent.RejectedExecutionException("stopping");
        });
        g.requestIndex(day);
        assertThat(g.indexReady(day)).isFalse();
        OwnershipGraph walked = OwnershipGraph.unindexed(c.links());
        for (String name : c.names()) {
            assertThat(OwnershipCheck.of(name, "MY", List.of(), g, day, c.listings(), RULES))
                    .isEqualTo(OwnershipCheck.of(name, "MY", List.of(), walked, day, c.listings(), RULES));
        }
    }
}
