package dev.licit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.GoldenBaseline.Case;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.match.TokenAlignment;
import dev.licit.screening.normalize.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The screener reports what {@code golden/screens.tsv} records (entries, aliases, scores, bands,
 * alignments, adjustments, order) for listed, labelled and generated names, with and without
 * country and address, over the curated list plus OFAC SDN; its reports keep their documented
 * order and bands; and one screener shared by several threads answers each as it answers one.
 */
class ScreenerGoldenTest {
    private static final ListSnapshot SNAPSHOT = TestNames.curatedAndSdn();
    private static final Screener SCREENER = Screener.of(SNAPSHOT);
    private static final String[] COUNTRIES = {null, "CN", "IR", "RU", "KP", "US"};
    private static final long NAMES_SEED = 1241;

    /** One reported match: what the screen decided and why (the entry's own fields are left out). */
    record Reported(
            String entry,
            String matchedAlias,
            String aliasNote,
            double score,
            Band band,
            String reading,
            double nameScore,
            List<List<Object>> alignment,
            List<String> adjustments) {
        static Reported of(ScreeningMatch m) {
            Explanation ex = m.explanation();
            List<List<Object>> lines = new ArrayList<>();
            for (TokenAlignment a : ex.alignment()) {
                lines.add(List.of(a.query(), a.listed(), a.how().name(), a.similarity(), a.weight()));
            }
            return new Reported(
                    m.list() + ":" + m.entryId(),
                    m.matchedAlias(),
                    ex.aliasNote(),
                    m.score(),
                    m.band(),
                    ex.reading(),
                    ex.nameScore(),
                    lines,
                    ex.adjustments());
        }
    }

    @Provide
    Arbitrary<String> names() {
        return TestNames.names();
    }

    @Provide
    Arbitrary<Integer> entries() {
        return Arbitraries.integers().between(0, SNAPSHOT.entries().size() - 1);
    }

    /** Names of every 23rd entry and a typo of each, named by entry (not copied from the list files). */
    private record Listed(String key, String name) {}

    static List<Listed> listedNames() {
        List<Listed> out = new ArrayList<>();
        List<ListEntry> entries = SNAPSHOT.entries();
        for (int i = 0; i < entries.size(); i += 23) {
            ListEntry e = entries.get(i);
            for (int k = 0; k < e.names().size(); k++) {
                String key = "listed " + e.list() + ":" + e.entryId() + " name " + k;
                out.add(new Listed(key, e.names().get(k)));
                out.add(new Listed(key + " typo", TestNames.typo(e.names().get(k))));
            }
        }
        return out;
    }

    @Example
    void namesAreReportedAsRecorded() {
        List<Listed> names = new ArrayList<>(listedNames());
        for (int i = 0; i < TestNames.evalNames().size(); i++) {
            names.add(new Listed(
                    TestNames.evalKeys().get(i), TestNames.evalNames().get(i)));
        }
        List<Case> cases = new ArrayList<>();
        int reported = 0;
        for (int i = 0; i < names.size(); i++) {
            String country = COUNTRIES[i % COUNTRIES.length];
            List<ScreeningMatch> matches = SCREENER.screen(names.get(i).name(), country);
            cases.add(Case.of(names.get(i).key() + " country " + country, reported(matches)));
            reported += matches.isEmpty() ? 0 : 1;
        }
        List<ListEntry> entries = SNAPSHOT.entries();
        for (int i = 0; i < entries.size(); i += 97) {
            ListEntry e = entries.get(i);
            String address =
                    e.addresses().isEmpty() ? "Tehran, Iran" : e.addresses().get(0);
            ScreeningQuery q = new ScreeningQuery(TestNames.typo(e.name()), "IR", address);
            String key = "address " + e.list() + ":" + e.entryId() + " name typo, IR, first address";
            cases.add(Case.of(key + " screen", reported(SCREENER.screen(q))));
            cases.add(Case.of(key + " screenAll", all(SCREENER.screenAll(q))));
        }
        List<String> generated = TestNames.sample(TestNames.names(), NAMES_SEED, 400);
        for (int i = 0; i < generated.size(); i++) {
            String name = generated.get(i);
            String key = String.format("names seed %d #%04d", NAMES_SEED, i);
            cases.add(Case.of(key + " CN screen", List.of(name, reported(SCREENER.screen(name, "CN")))));
            cases.add(Case.of(key + " screenAll", List.of(name, all(SCREENER.screenAll(ScreeningQuery.of(name))))));
        }
        GoldenBaseline.check("screens.tsv", cases);
        assertThat(reported).as("the baseline covers hits, not only misses").isGreaterThan(names.size() / 3);
    }

    private static List<Reported> reported(List<ScreeningMatch> matches) {
        return matches.stream().map(Reported::of).toList();
    }

    /** screenAll keeps up to forty entries per name: the baseline holds their ranks, scores and bands. */
    private static List<String> all(List<ScreeningMatch> matches) {
        return matches.stream()
                .map(m -> m.list() + ":" + m.entryId() + " " + m.score() + " " + m.band())
                .toList();
    }

    @Property(tries = 300)
    void reportsAreOrderedAndBanded(@ForAll("names") String name) {
        for (List<ScreeningMatch> ms :
                List.of(SCREENER.screen(name, "CN"), SCREENER.screenAll(ScreeningQuery.of(name)))) {
            Set<String> seen = new HashSet<>();
            for (ScreeningMatch m : ms) {
                assertThat(m.score()).as(name).isBetween(0.0, 1.0);
                assertThat(m.band()).as(name).isEqualTo(Thresholds.DEFAULT.band(m.score()));
                assertThat(seen.add(m.list() + ":" + m.entryId() + ":" + m.listedName()))
                        .as("%s reported twice", m.entryId())
                        .isTrue();
            }
            // the documented order: band, list severity, score (best first), then list, entry id, name
            assertThat(ms)
                    .isSortedAccordingTo(Comparator.comparing(ScreeningMatch::band)
                            .thenComparingInt(m -> Consequences.severity(m.list()))
                            .thenComparing(Comparator.comparingDouble(ScreeningMatch::score)
                                    .reversed())
                            .thenComparing(ScreeningMatch::list)
                            .thenComparing(ScreeningMatch::entryId));
        }
        assertThat(SCREENER.screen(name, "CN"))
                .allSatisfy(m -> assertThat(m.band()).isNotEqualTo(Band.NO_MATCH));
    }

    /**
     * CI found "HHuawei": an entry whose score summed to just under 0.70 was reported as 0.700 with
     * band NO_MATCH. The band is now chosen from the reported (rounded) score.
     */
    @Example
    void theBandFollowsTheReportedScore() {
        for (String name : List.of("HHuawei", "Huaweii", "HUAWEl")) {
            List<ScreeningMatch> all = new ArrayList<>(SCREENER.screenAll(ScreeningQuery.of(name)));
            all.addAll(SCREENER.screen(name, "CN"));
            all.addAll(SCREENER.screenAll(new ScreeningQuery(name, "CN", null)));
            for (ScreeningMatch m : all) {
                assertThat(m.band()).as(name + " " + m.entryId()).isEqualTo(Thresholds.DEFAULT.band(m.score()));
            }
        }
    }

    /**
     * Hong Kong officials on the SDN (HK-EO13936), screened by their names in Han characters: the
     * Cantonese reading finds each entry through the index and reports it at MATCH (the Pinyin
     * reading found none of those without a Pinyin alias).
     */
    @Example
    void hongKongNamesInHanCharactersFindTheirEntries() {
        Map<String, String> entries = Map.of(
                "鄧炳強", "SDN:29242",
                "鄭若驊", "SDN:29243",
                "盧偉聰", "SDN:29244",
                "林鄭月娥", "SDN:29249",
                "陳國基", "SDN:29260",
                "蔡展鵬", "SDN:30964",
                "江學禮", "SDN:30965",
                "簡啟恩", "SDN:30966");
        entries.forEach((han, entry) -> assertThat(SCREENER.screen(han, "HK"))
                .as(han)
                .anySatisfy(m -> {
                    assertThat(m.list() + ":" + m.entryId()).isEqualTo(entry);
                    assertThat(m.band()).isEqualTo(Band.MATCH);
                }));
    }

    /**
     * jqwik found "YK-AND" (SDN): a listed name of a legal form and a stop word only, which the index
     * left out word by word, so that the name itself found nothing.
     */
    @Example
    void aNameOfFormsAndStopWordsAloneFindsItsEntry() {
        List<ListEntry> bare = SNAPSHOT.entries().stream()
                .filter(e -> e.name().equals("YK-AND"))
                .toList();
        assertThat(bare).isNotEmpty();
        for (ListEntry e : bare) {
            for (String name : List.of("YK-AND", "YK AND", "yk-and")) {
                assertThat(SCREENER.screen(name, null)).as(name).anySatisfy(m -> {
                    assertThat(m.list() + ":" + m.entryId()).isEqualTo(e.list() + ":" + e.entryId());
                    assertThat(m.band()).isEqualTo(Band.MATCH);
                });
            }
        }
    }

    @Property(tries = 300)
    void aListedNameFindsItsEntry(@ForAll("entries") int i) {
        ListEntry e = SNAPSHOT.entries().get(i);
        List<ScreeningMatch> ms = SCREENER.screen(e.name(), null);
        // of whole words: "G&G INTERNACIONAL S.A.S." scores 0.84 against itself (TestNames.wholeWords)
        if (TestNames.wholeWords(Normalizer.readings(e.name()))) {
            assertThat(ms).as(e.name()).anySatisfy(m -> {
                assertThat(m.list() + ":" + m.entryId()).isEqualTo(e.list() + ":" + e.entryId());
                assertThat(m.band()).isEqualTo(Band.MATCH);
            });
        }
    }

    @Example
    void oneScreenerServesManyThreads() throws Exception {
        List<String> names = new ArrayList<>(TestNames.evalNames());
        names.addAll(listedNames().subList(0, 300).stream().map(Listed::name).toList());
        List<List<ScreeningMatch>> expected = new ArrayList<>();
        for (String n : names) {
            expected.add(SCREENER.screen(n, "CN"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<ScreeningMatch>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 97;
                runs.add(pool.submit(() -> {
                    // each thread walks the names from another starting point, so they interleave
                    List<List<ScreeningMatch>> got = new ArrayList<>(names.size());
                    for (int k = 0; k < names.size(); k++) {
                        got.add(null);
                    }
                    for (int k = 0; k < names.size(); k++) {
                        int i = (k + offset) % names.size();
                        got.set(i, SCREENER.screen(names.get(i), "CN"));
                    }
                    return got;
                }));
            }
            for (Future<List<List<ScreeningMatch>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
