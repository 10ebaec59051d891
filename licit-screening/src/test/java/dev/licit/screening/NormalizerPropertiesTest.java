package dev.licit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.normalize.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of normalisation over generated names. */
class NormalizerPropertiesTest {
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> latin = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withChars(' ', '.', ',', '-', '&', '(', ')', '\'')
                .ofMinLength(0)
                .ofMaxLength(40);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> cjk = Arbitraries.strings()
                .withCharRange('\u4e00', '\u4e80')
                .withCharRange('\uac00', '\uac80')
                .withCharRange('\u0410', '\u044f')
                .withChars(' ')
                .ofMaxLength(12);
        return Arbitraries.oneOf(latin, any, cjk);
    }

    /** Names in the scripts the lists use (arbitrary code points are covered by {@link #foldIsIdempotent}). */
    @Provide
    Arbitrary<String> scriptNames() {
        Arbitrary<String> latin = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withChars(' ', '.', ',', '-', '&', '(', ')', '\'', 'é', 'ß')
                .ofMinLength(0)
                .ofMaxLength(40);
        Arbitrary<String> cjk = Arbitraries.strings()
                .withCharRange('\u4e00', '\u4e80')
                .withCharRange('\uac00', '\uac80')
                .withCharRange('\u0410', '\u044f')
                .withChars(' ')
                .ofMaxLength(12);
        return Arbitraries.oneOf(latin, cjk);
    }

    @Property(tries = 300)
    void foldIsIdempotent(@ForAll("names") String s) {
        String once = Normalizer.fold(s);
        assertThat(Normalizer.fold(once)).isEqualTo(once);
    }

    @Property(tries = 300)
    void normalisationIsIdempotentOnItsOwnOutput(@ForAll("scriptNames") String s) {
        String once = Normalizer.normalize(s).text();
        assertThat(Normalizer.normalize(once).text()).isEqualTo(once);
    }

    @Property(tries = 300)
    void caseDoesNotMatter(@ForAll("names") String s) {
        assertThat(Normalizer.normalize(s.toUpperCase(Locale.ROOT)).text())
                .isEqualTo(Normalizer.normalize(s.toLowerCase(Locale.ROOT)).text());
    }

    @Property(tries = 300)
    void fullWidthDoesNotMatter(@ForAll("names") String s) {
        StringBuilder wide = new StringBuilder();
        s.codePoints().forEach(c -> wide.appendCodePoint(c >= 0x21 && c <= 0x7e ? c + 0xfee0 : c));
        assertThat(Normalizer.normalize(wide.toString()).text())
                .isEqualTo(Normalizer.normalize(s).text());
    }

    @Property(tries = 300)
    void zeroWidthAndBidiMarksDoNotMatter(@ForAll("names") String s) {
        StringBuilder marked = new StringBuilder();
        s.codePoints().forEach(c -> marked.appendCodePoint(c).append('\u200b').append('\u200f'));
        assertThat(Normalizer.normalize(marked.toString()).text())
                .isEqualTo(Normalizer.normalize(s).text());
    }

    @Property(tries = 200)
    void anyInputScoresWithoutFailing(@ForAll("names") String a, @ForAll("names") String b) {
        double s = NameComparison.compare(a, b, Thresholds.DEFAULT).score();
        assertThat(s).isBetween(0.0, 1.0);
    }
}
