package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Modern Greek reads as Greek passports spell it (ELOT 743), not as ICU's classical Greek-Latin. */
class GreekTransliterationTest {
    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Βασιλείου | vasileiou", // β v (ICU: basileiou)
                "Μητσοτάκης | mitsotakis", // η i, accents dropped
                "Κυριάκος | kyriakos", // υ y
                "Ευάγγελος | evangelos", // ευ before a vowel ev; γγ ng
                "Σταύρος | stavros", // αυ before ρ av
                "Ευθύμιος | efthymios", // ευ before θ ef
                "Μουζάλας | mouzalas", // ου ou
                "Χατζής | chatzis", // χ ch, final ς s
                "Ψαράς | psaras",
                "Ταΰγετος | taygetos", // a diaeresis parts αυ: ay
                "Αγκάθι | ankathi", // γ before κ n
            })
    void readsAsPassportsSpell(String greek, String latin) {
        assertThat(Transliteration.greek(greek)).isEqualTo(latin);
    }
}
