package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The kashida (U+0640), which stretches joined Arabic letters, is no letter: folding drops it. */
class ArabicTatweelTest {
    @Test
    void aStretchedNameFoldsAsTheNameDoes() {
        assertThat(Normalizer.fold("أديب شعبـان العانــي")).isEqualTo(Normalizer.fold("أديب شعبان العاني"));
        assertThat(Normalizer.normalize("رودي سليــوة").tokens())
                .isEqualTo(Normalizer.normalize("رودي سليوة").tokens());
    }

    @Property(tries = 300)
    void kashidasAnywhereChangeNothing(
            @ForAll @CharRange(from = '\u0621', to = '\u064A') @StringLength(min = 1, max = 12) String word,
            @ForAll @IntRange(min = 0, max = 12) int at,
            @ForAll @IntRange(min = 1, max = 4) int count) {
        int i = Math.min(at, word.length());
        String stretched = word.substring(0, i) + "\u0640".repeat(count) + word.substring(i);
        assertThat(Normalizer.fold(stretched)).isEqualTo(Normalizer.fold(word));
    }
}
