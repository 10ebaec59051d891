package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Urdu and Pashto letters read as Latin spellings of names write them (ځ z, ښ sh, ں n, ھ h), not as
 * ICU's Any-Latin reads them (dz, s with a modifier mark, a word break, a modifier letter); the
 * other letters of the script as ICU reads them.
 */
class UrduPashtoLettersTest {
    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "ځدران, zdran",
        "پښتون, pshtwn",
        "خاں, khan",
        "بھٹو, bhtw",
        "محمد, mhmd", // Arabic letters as before
        "څرنی, tsrny", // څ stays ts
    })
    void reads(String arabicScript, String latin) {
        assertThat(Transliteration.ascii(Transliteration.arabic(arabicScript))).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} is left as it is")
    @CsvSource({"محمد", "عبد الله", "سلیمانی"})
    void textWithoutThoseLettersIsTheSameString(String text) {
        assertThat(Transliteration.urduAndPashtoLetters(text)).isSameAs(text);
    }
}
