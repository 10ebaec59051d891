package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicSpellingTest {
    @ParameterizedTest(name = "{1} spells {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "nayl | nail", // ا and ي each with a vowel letter
                "alʿzawy | azzawi", // the article apart, ʿayn as a vowel, a doubled z
                "alʿzawy | alazzawi", // or the article kept
                "hsyn | hussein",
                "hsyn | husayn",
                "hsyn | hossein",
                "hsn | hassan",
                "jwady | djouadi", // dj for ج
                "fdl | fazl", // ض said z
                "rbyʿ | rabi", // ʿayn at the end unwritten
                "qasmy | gasmi", // g for ق
                "wthyq | wassiq", // ث said s
                "yhyy | yahia", // ى at the end said a
                "fatmt | fatima", // ة unwritten
                "fatmt | fatemeh", // or written h
                "mhmd | mouhamed", // the French ou for a short u
                "alhq | haq", // a short word's article apart
                "mhmwd | mahmoud", // و as ou
                "khald | khaled",
                "khald | haled", // خ without its h
                "ʿbdallh | abdullah",
                "th | taha", // ط and ه, which ICU writes as the two letters of ث's th
                "yasyn | yassin",
                "wly | wali", // و opening a word is a consonant: w and l
                "yzyd | yazid",
            })
    void spells(String reading, String latin) {
        assertThat(ArabicSpelling.spells(reading, latin)).isTrue();
    }

    @ParameterizedTest(name = "{1} does not spell {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "nayl | nil", // ا and ي against one i
                "hsyn | hassan", // ي with nothing
                "hsn | hussain", // ai is a written ي
                "mhmd | mahmood", // oo with no و (the tables tell Mahmoud from محمد: ou may be French)
                "mhmd | ahmad", // the first m missing
                "fdl | fa-dl", // not letters alone
                "qasmy | kasmir", // a consonant left over
                "hsn | hs", // too short
                "ʿly | ali", // one consonant in three letters: too little to say (the name tables pair Ali)
                "zy | zia", // one consonant and too few letters
                "lwy | lui", // و within a word is a long vowel: one consonant in three letters
                "ayd | aid", // an opening ا is a vowel's seat, not a consonant: one consonant in three letters
            })
    void doesNotSpell(String reading, String latin) {
        assertThat(ArabicSpelling.spells(reading, latin)).isFalse();
    }

    @Test
    void aWordLongerThanAnyNamesIsNotAligned() {
        String reading = "mhmd".repeat(100);
        assertThat(ArabicSpelling.spells(reading, "muhammad".repeat(100))).isFalse();
        assertThat(ArabicSpelling.spells("mhmd".repeat(10), "muhammad".repeat(10)))
                .isTrue();
    }
}
