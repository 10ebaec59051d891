package dev.licit.screening.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Korean personal names in Hangul and Hanja. A Hangul name is written without a space between
 * surname and given name (박정호); read as one word it can only be compared as a whole, and its
 * surname in Revised Romanization (Bak) rarely matches the spelling the lists use (Park). So a
 * two- or three-syllable Hangul word that starts with a known surname reads as two words, the
 * surname first. A name in Hanja (金正恩) would otherwise be read as Chinese (Jin Zheng'en); when it
 * starts with a Korean surname and every other character has a Korean reading in
 * {@code hanja-readings.txt}, it is also read the Korean way (Kim + 정은, jeongeun).
 */
final class KoreanNames {
    private static final Map<Integer, String> HANJA = new HashMap<>();

    static {
        for (String line : Lexicon.resourceLines("hanja-readings.txt")) {
            for (String pair : line.split(" ")) {
                if (pair.codePointCount(0, pair.length()) == 2) {
                    int hanja = pair.codePointAt(0);
                    HANJA.put(hanja, pair.substring(Character.charCount(hanja)));
                }
            }
        }
    }

    private KoreanNames() {}

    /**
     * The surname and given name of a Hangul word that is a Korean personal name, as the Latin words
     * the normaliser reads, or null when the word is not one.
     */
    static List<String> splitHangul(String word) {
        int n = word.codePointCount(0, word.length());
        if (n < 2 || n > 3) {
            return null;
        }
        String first = word.substring(0, Character.charCount(word.codePointAt(0)));
        String surname = surnameWord(first, Transliteration.hangul(first));
        if (surname == null) {
            return null;
        }
        return List.of(surname, Transliteration.hangul(word.substring(first.length())));
    }

    /**
     * The Korean reading of a Han word that is a Korean personal name (surname and given name in
     * Hanja), as Latin words, or null.
     */
    static List<String> readHanja(String word) {
        int n = word.codePointCount(0, word.length());
        if (n < 2 || n > 4) {
            return null;
        }
        int first = word.codePointAt(0);
        String surname = Equivalents.canonicalOfNative(new String(Character.toChars(first)));
        if (surname == null) {
            return null;
        }
        StringBuilder given = new StringBuilder();
        for (int i = Character.charCount(first); i < word.length(); ) {
            int cp = word.codePointAt(i);
            String reading = HANJA.get(cp);
            if (reading == null) {
                return null;
            }
            given.append(reading);
            i += Character.charCount(cp);
        }
        return List.of(surname, Transliteration.hangul(given.toString()));
    }

    /**
     * A Hangul surname as a Latin word: its Revised Romanization (Bak, the word the equivalence table
     * pairs with Park and Pak), or the table's usual spelling when that is a single letter (이, I:
     * Lee), which would otherwise read as an initial.
     */
    private static String surnameWord(String hangul, String revised) {
        String canonical = Equivalents.canonicalOfNative(hangul);
        if (canonical == null) {
            return null;
        }
        String folded = revised.toLowerCase(java.util.Locale.ROOT);
        return folded.length() >= 2 && canonical.equals(Equivalents.canonical(folded)) ? folded : canonical;
    }
}
