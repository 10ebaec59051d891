package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One edit apart, with and without a swap of neighbours counted as one (the matcher's and the normaliser's). */
class OneEditApartTest {
    @ParameterizedTest(name = "{0} / {1}: {2} without swaps, {3} with")
    @CsvSource({
        "brenner, brenner, true, true", // equal
        "brenner, bremner, true, true", // a substitution
        "brenner, brener, true, true", // a deletion
        "brener, brenner, true, true", // an insertion
        "brenner, breenrr, false, false", // two edits
        "obshchestvo, obshcehstvo, false, true", // neighbours swapped
        "ab, ba, false, true",
        "abc, abcde, false, false", // two letters more
        "'', a, true, true",
    })
    void oneEdit(String a, String b, boolean withoutSwaps, boolean withSwaps) {
        assertThat(Normalizer.oneEditApart(a, b, false)).isEqualTo(withoutSwaps);
        assertThat(Normalizer.oneEditApart(a, b, true)).isEqualTo(withSwaps);
        assertThat(Normalizer.oneSlipApart(a, b)).isEqualTo(withSwaps);
    }
}
