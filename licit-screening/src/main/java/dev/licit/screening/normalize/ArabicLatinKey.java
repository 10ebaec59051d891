package dev.licit.screening.normalize;

import java.util.List;
import java.util.Set;

/**
 * A consonant key for Latin spellings of one Arabic or Persian name word, so that spellings that
 * differ in more than a typo agree by rule rather than by a list of names: Gaddafi, Qadhafi, Kadhafi,
 * Gadafi, Qaddafi (q, k and g for ق; dh and d for ذ/ض; doubled consonants), Hussein, Husayn, Hussain,
 * Youssef, Yusuf, Mohammad, Muhammad, Abdullah, Abdallah (vowels, and w and y inside a word, are
 * not written in Arabic script as Latin writes them: ou, u; ei, ay; e, i, a).
 *
 * <ul>
 *   <li>kh is x (خ), gh is k (غ/ق: Persian writes ق gh, Ghasem, Qasim), sh and ch are s', th is t' (ث),
 *       dh is d, dj and zh are j, ph is f;
 *   <li>q, k, g and c are k; v and w are w (و: Javad, Jawad; Mousavi, Musawi); a y inside a word is
 *       a vowel letter and dropped, as are the vowels; a word that starts with a vowel keeps a mark
 *       for it (Osama, Usama: _sm);
 *   <li>a final h after a vowel is the ة of Fatimah, Hamzah and dropped, but not in -llah (الله);
 *   <li>a doubled consonant is written once (Qaddafi, Hussein).
 * </ul>
 *
 * <p>The key is coarse (Hassan and Hussein share hsn): the scorer uses it only between two words of
 * people's names in Latin letters of which one looks Arabic ({@link #looksArabic}), only for keys of
 * three consonants or more, never for two words that the name tables put in different groups (Hassan, Hussein), and it
 * holds a name paired this way below MATCH: reported at POSSIBLE, for a reviewer to check.
 */
public final class ArabicLatinKey {
    /** Keys with fewer consonants than this are not used: too many names share them. */
    public static final int MIN_CONSONANTS = 3;

    /** The words that mark a name as Arabic or Persian in Latin letters: articles, bin, abu, abd. */
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "bin", "ibn", "bint", "abu", "abou", "abd", "abdul", "abdel", "abdal", "ad", "ud", "ar",
            "ur", "ash", "az", "uz", "ag");

    private ArabicLatinKey() {}

    /**
     * Whether a name in Latin letters looks Arabic or Persian: one of its words is an article or a
     * particle of Arabic names (al, bin, abu, abd ...), a word of the Arabic-name table (Muhammad,
     * Hussein ...), or writes letters of Arabic romanisation (q without u, dh, gh). The scorer pairs
     * two words by the key only when one of the two names looks Arabic.
     */
    public static boolean looksArabic(List<Token> tokens) {
        for (Token t : tokens) {
            if (looksArabicWord(t.key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether one folded Latin word marks its name as Arabic or Persian (see {@link #looksArabic}). */
    public static boolean looksArabicWord(String w) {
        return PARTICLES.contains(w) || Equivalents.isArabicName(w) || arabicLetters(w);
    }

    /**
     * Letters that English spellings do not write and Arabic romanisations do: a q not followed by u
     * (Qadhafi, Qasim), dh (ذ, ض: Kadhafi), gh (غ: Ghazi).
     */
    private static boolean arabicLetters(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            char next = k + 1 < w.length() ? w.charAt(k + 1) : 0;
            if (c == 'q' && next != 'u' || (c == 'd' || c == 'g') && next == 'h') {
                return true;
            }
        }
        return false;
    }

    /** The key of a folded Latin word ({@code qadhafi}, {@code gaddafi}: {@code kdf}), or "" when too short. */
    public static String key(String word) {
        int n = word.length();
        if (n < 4) {
            return "";
        }
        for (int k = 0; k < n; k++) {
            char ch = word.charAt(k);
            if (ch < 'a' || ch > 'z') {
                return "";
            }
        }
        StringBuilder sb = new StringBuilder(n);
        int consonants = 0;
        if (vowel(word.charAt(0))) {
            sb.append('_');
        }
        for (int k = 0; k < n; k++) {
            char ch = word.charAt(k);
            char next = k + 1 < n ? word.charAt(k + 1) : 0;
            String out;
            if (next == 'h'
                    && (ch == 'k' || ch == 'g' || ch == 's' || ch == 'c' || ch == 't' || ch == 'd' || ch == 'z'
                            || ch == 'p')) {
                out = switch (ch) {
                    case 'k' -> "x";
                    case 'g' -> "k";
                    case 's', 'c' -> "S";
                    case 't' -> "T";
                    case 'd' -> "d";
                    case 'z' -> "j";
                    default -> "f";
                };
                k++;
            } else if (ch == 'd' && next == 'j') {
                out = "j";
                k++;
            } else if (vowel(ch)) {
                continue;
            } else if (ch == 'y' && k > 0) {
                continue; // a y inside a word writes a long vowel or a diphthong (Husayn, Hussein)
            } else if (ch == 'h' && k == n - 1 && vowel(word.charAt(k - 1)) && !word.endsWith("llah")) {
                continue; // ة: Fatimah, Hamzah
            } else {
                out = switch (ch) {
                    case 'q', 'k', 'g', 'c' -> "k";
                    case 'v' -> "w";
                    default -> String.valueOf(ch);
                };
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == out.charAt(0)) {
                continue; // a doubled consonant is written once
            }
            sb.append(out);
            consonants++;
        }
        return consonants >= MIN_CONSONANTS ? sb.toString() : "";
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
