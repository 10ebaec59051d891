package dev.licit.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Normalizer;
import dev.licit.screening.normalize.TokenKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title (Haji, Mullah) weighs as little as an article in the score, but the candidate index still
 * looks it up: a listed alias may be nothing but a common given name and a title.
 */
class TitleLookupTest {
    @Test
    void titlesAreLightWordsOfOneKeyPerTitle() {
        for (String name : List.of("Hajji Lal Jan", "Haji Lal Jan", "Alhaji Lal Jan")) {
            var first = Normalizer.normalize(name).tokens().get(0);
            assertThat(first.kind()).as(name).isEqualTo(TokenKind.STOP);
            assertThat(first.key()).as(name).isEqualTo("haji");
            assertThat(first.title()).as(name).isTrue();
        }
        assertThat(Normalizer.normalize("Maulavi Adam").tokens().get(0).key())
                .isEqualTo(Normalizer.normalize("Mawlawi Adam").tokens().get(0).key());
        // an article is light but no title; a given name is neither
        assertThat(Normalizer.normalize("Al Masri").tokens().get(0).title()).isFalse();
        assertThat(Normalizer.normalize("Hadi Masri").tokens().get(0).kind()).isEqualTo(TokenKind.NAME);
    }

    @Test
    void titlesInArabicScriptHaveTheKeysOfTheirLatinSpellings() {
        assertThat(Normalizer.normalize("حاجی عبد البصیر").tokens().get(0).key())
                .isEqualTo("haji");
        assertThat(Normalizer.normalize("ملا محمد عمر").tokens().get(0).key()).isEqualTo("mullah");
        assertThat(Normalizer.normalize("قاری سیف الله").tokens().get(0).title())
                .isTrue();
        // "and" written apart is a particle, not an initial
        var and = Normalizer.normalize("حاجی خيرالله و حاجی ستار").tokens().get(2);
        assertThat(and.key()).isEqualTo("w");
        assertThat(and.kind()).isEqualTo(TokenKind.STOP);
        // the same letters in Latin script are no title
        assertThat(Normalizer.normalize("Mla Trading").tokens().get(0).title()).isFalse();
    }

    @Test
    void anAliasOfATitleAndACommonNameFindsItself() {
        List<NormalizedName> names = new ArrayList<>();
        names.add(Normalizer.normalize("IBRAHIM, Haji"));
        // more one-word readings of the given name than the index reads for a common word, each
        // shorter and so ranked above a two-word name on that word alone
        for (int i = 0; i < 600; i++) {
            names.add(Normalizer.normalize("IBRAHIM"));
        }
        CandidateIndex index = new CandidateIndex(names);
        int[] found = index.candidates(List.of(Normalizer.normalize("Haji Ibrahim")), 40);
        assertThat(found).contains(0);
        assertThat(found[0]).isZero();
    }
}
