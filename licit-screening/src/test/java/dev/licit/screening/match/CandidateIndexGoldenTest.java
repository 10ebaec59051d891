package dev.licit.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.GoldenBaseline;
import dev.licit.screening.GoldenBaseline.Case;
import dev.licit.screening.TestNames;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Normalizer;
import dev.licit.screening.normalize.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CandidateIndex} over the curated list and the OFAC SDN list (big enough that very common
 * words are skipped as in production) returns the candidates recorded in
 * {@code golden/candidates.tsv}, in order, for labelled, listed and generated names; a shorter
 * limit keeps the first of the same candidates; a listed name always finds a reading of itself.
 */
class CandidateIndexGoldenTest {
    private static final long NAMES_SEED = 1231;
    private static final int LIMIT = 40;
    private static final List<NormalizedName> READINGS = new ArrayList<>();
    /** Each reading as list:entry#n, its entry and its place among the entry's readings. */
    private static final List<String> READING_LABELS = new ArrayList<>();

    private static final List<String> LISTED = new ArrayList<>();
    private static final List<String> LISTED_KEYS = new ArrayList<>();
    private static final CandidateIndex INDEX;

    static {
        for (ListEntry e : TestNames.curatedAndSdn().entries()) {
            int n = 0;
            for (int k = 0; k < e.names().size(); k++) {
                String name = e.names().get(k);
                LISTED.add(name);
                LISTED_KEYS.add("listed " + e.list() + ":" + e.entryId() + " name " + k);
                for (Aliases.Alias a : Aliases.derive(name)) {
                    for (NormalizedName r : Normalizer.readings(a.text())) {
                        READINGS.add(r);
                        READING_LABELS.add(e.list() + ":" + e.entryId() + "#" + n++);
                    }
                }
            }
        }
        INDEX = new CandidateIndex(READINGS);
    }

    @Provide
    Arbitrary<String> names() {
        return TestNames.names();
    }

    @Provide
    Arbitrary<Integer> listedNames() {
        return Arbitraries.integers().between(0, LISTED.size() - 1);
    }

    @Example
    void namesGetTheRecordedCandidates() {
        List<Case> cases = new ArrayList<>();
        List<String> names = TestNames.evalNames();
        List<String> keys = TestNames.evalKeys();
        for (int i = 0; i < names.size(); i++) {
            cases.add(Case.of(keys.get(i), candidates(names.get(i))));
        }
        // listed names are named by entry, not copied from the shared list files
        for (int i = 0; i < LISTED.size(); i += 37) {
            cases.add(Case.of(LISTED_KEYS.get(i), candidates(LISTED.get(i))));
            cases.add(Case.of(LISTED_KEYS.get(i) + " typo", candidates(TestNames.typo(LISTED.get(i)))));
        }
        List<String> generated = TestNames.sample(TestNames.names(), NAMES_SEED, 1000);
        for (int i = 0; i < generated.size(); i++) {
            List<Object> inputAndCandidates = new ArrayList<>();
            inputAndCandidates.add(generated.get(i));
            inputAndCandidates.addAll(candidates(generated.get(i)));
            cases.add(Case.of(String.format("names seed %d #%04d", NAMES_SEED, i), inputAndCandidates));
        }
        GoldenBaseline.check("candidates.tsv", cases);
    }

    /** The candidates' labels, best first; none for a name that reads as nothing. */
    private static List<String> candidates(String name) {
        List<NormalizedName> q = Normalizer.readings(name);
        if (q.get(0).isEmpty()) {
            return List.of();
        }
        return Arrays.stream(INDEX.candidates(q, LIMIT))
                .mapToObj(READING_LABELS::get)
                .toList();
    }

    @Property(tries = 500)
    void aShorterLimitKeepsTheFirstCandidates(@ForAll("names") String name) {
        List<NormalizedName> q = Normalizer.readings(name);
        if (q.get(0).isEmpty()) {
            return;
        }
        int[] all = INDEX.candidates(q, LIMIT);
        assertThat(INDEX.candidates(q, 3)).as(name).containsExactly(Arrays.copyOf(all, Math.min(3, all.length)));
        assertThat(INDEX.candidates(q, LIMIT)).as("asked again, %s", name).containsExactly(all);
    }

    /**
     * Of whole words ({@link TestNames#wholeWords}) with a distinctive one: initials, stop words and
     * legal forms are not looked up, so "I A C INTERNATIONAL INC." or "DES INTERNATIONAL CO., LTD." is
     * left to its common generic word and may miss itself among forty others.
     */
    @Property(tries = 1000)
    void aListedNameFindsAReadingOfItself(@ForAll("listedNames") int i) {
        List<NormalizedName> q = Normalizer.readings(LISTED.get(i));
        if (!TestNames.wholeWords(q) || q.get(0).tokens().stream().noneMatch(Token::distinctive)) {
            return;
        }
        List<String> found = Arrays.stream(INDEX.candidates(q, LIMIT))
                .mapToObj(r -> READINGS.get(r).text())
                .toList();
        assertThat(found).as(LISTED.get(i)).contains(q.get(0).text());
    }
}
