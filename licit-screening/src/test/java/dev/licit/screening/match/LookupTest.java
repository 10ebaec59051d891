package dev.licit.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The allocation-free word table and the letter-set test answer as a map and the distance would. */
class LookupTest {
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdeé1 ").ofMinLength(0).ofMaxLength(9);
    }

    @Provide
    Arbitrary<List<String>> vocabularies() {
        return words().list().ofMinSize(0).ofMaxSize(60);
    }

    @Property(tries = 500)
    void wordTableFindsWhatAMapFinds(@ForAll("vocabularies") List<String> vocabulary, @ForAll("words") String w) {
        Map<String, int[]> map = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            map.put(vocabulary.get(i), new int[] {i});
        }
        WordTable table = new WordTable(map);
        WordTable.Hashes hashes = new WordTable.Hashes();
        hashes.of(w);
        assertThat(table.get(w)).isSameAs(map.get(w));
        for (int from = 0; from <= w.length(); from++) {
            for (int to = from; to <= w.length(); to++) {
                assertThat(table.get(w, from, to, hashes.range(from, to))).isSameAs(map.get(w.substring(from, to)));
                assertThat(hashes.range(from, to))
                        .isEqualTo(w.substring(from, to).hashCode());
            }
        }
        for (int skip = 0; skip < w.length(); skip++) {
            String without = w.substring(0, skip) + w.substring(skip + 1);
            assertThat(hashes.without(skip)).isEqualTo(without.hashCode());
            assertThat(table.getWithout(w, skip, hashes.without(skip))).isSameAs(map.get(without));
        }
        for (String v : vocabulary) {
            assertThat(table.get(v)).isSameAs(map.get(v));
        }
    }

    @Property(tries = 3000)
    void letterSetTestNeverRejectsAPairWithinTheDistance(@ForAll("words") String a, @ForAll("words") String b) {
        for (int max = 0; max <= 3; max++) {
            if (EditDistance.bounded(a, b, max) <= max) {
                assertThat(EditDistance.mayBeWithin(EditDistance.letterMask(a), EditDistance.letterMask(b), max))
                        .as("%s / %s within %d", a, b, max)
                        .isTrue();
            }
        }
    }

    /** Rows left over from earlier, longer or shorter words. */
    private static final EditDistance.Rows SHARED = new EditDistance.Rows();

    @Property(tries = 1000)
    void reusedRowsGiveTheSameDistance(@ForAll("words") String a, @ForAll("words") String b) {
        for (int max = 0; max <= 3; max++) {
            assertThat(EditDistance.bounded(a, b, max, SHARED)).isEqualTo(EditDistance.bounded(a, b, max));
        }
    }
}
