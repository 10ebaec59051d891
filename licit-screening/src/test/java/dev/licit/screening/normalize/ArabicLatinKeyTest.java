package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The consonant key of Latin spellings of Arabic names: one name's spellings agree, two names do not. */
class ArabicLatinKeyTest {
    @ParameterizedTest(name = "{0} and {1} share a key")
    @CsvSource({
        "gaddafi, qadhafi", // q, k, g; dh, d; doubled consonants
        "gaddafi, kadhafi",
        "gaddafi, gadafi",
        "gaddafi, qaddafi",
        "hussein, husayn", // ei, ay; a y inside a word
        "hussein, hussain",
        "youssef, yusuf", // ou, u; doubled s
        "mohammad, muhammad",
        "abdullah, abdallah", // -ullah, -allah
        "ibrahim, ebrahim", // a word that starts with a vowel keeps a mark for it
        "javad, jawad", // Persian v, Arabic w
        "mousavi, musawi",
        "ghasem, qasim", // Persian gh for ق
        "fatima, fatimah", // the final h of ة
        "malahi, mallah",
    })
    void oneNameOneKey(String a, String b) {
        assertThat(ArabicLatinKey.key(a)).isNotEmpty().isEqualTo(ArabicLatinKey.key(b));
    }

    @ParameterizedTest(name = "{0} and {1} keep two keys")
    @CsvSource({
        "khalid, halid", // خ and ح
        "tahir, zahir",
        "ibrahim, barham", // an initial vowel counts
        "gaddafi, ghaffar",
        "abdullah, abdul", // the -llah is kept
        "rashid, rasmi",
    })
    void twoNamesTwoKeys(String a, String b) {
        assertThat(ArabicLatinKey.key(a)).isNotEqualTo(ArabicLatinKey.key(b));
    }

    @ParameterizedTest(name = "{0} has no key")
    @ValueSource(strings = {"ali", "omar", "osama", "aya", "al-q", "o'neil"}) // under three consonants
    void shortOrOddWordsHaveNoKey(String w) {
        assertThat(ArabicLatinKey.key(w)).isEmpty();
    }
}
