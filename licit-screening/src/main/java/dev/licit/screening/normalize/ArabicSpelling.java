package dev.licit.screening.normalize;

/**
 * Whether a Latin word is a spelling of a word in Arabic script, read letter by letter: where the
 * consonant skeleton ({@link Skeleton}) is too short to say anything (نايل, "nayl": n, l; Nail) or
 * drops a letter Latin writes as a vowel (العزاوي, "alʿzawy": al-Azzawi), the long vowels and the
 * ʿayn that Arabic does write are held to the Latin spelling too.
 *
 * <p>The Arabic word comes as ICU transliterates it (kh, sh, th, dh, gh for خ ش ث ذ غ; d for د and
 * ض, z for ز and ظ, t for ت, ط and ة; ʿ and ʾ for ع and ء). Every one of its letters must be
 * matched, in order:
 *
 * <ul>
 *   <li>a consonant by a usual Latin spelling of it: ق as q, k, g or gh; ج as j, dj or g; ض (d) also
 *       as z and ذ (dh) as z, d or th, as Persian, Urdu and Turkish spellings say them (Fazl, Zakir);
 *       ث (th) also as s or t; خ as kh, h, x or ch; ح and ه (h) also as the kh of Russian spellings;
 *       a Latin consonant may be doubled (shadda: Azzawi);
 *   <li>ا (a) by a vowel, ي (y) by y, i or e (ى also a: Yahia, Musa), و (w) by w, u, o or v;
 *   <li>ʿ and ʾ by a vowel or by nothing; a final h or t (ه, ة) by nothing as well;
 * </ul>
 *
 * and every Latin letter left over must be a vowel (the short vowels Arabic does not write), one at
 * a time: two vowel letters together write a long vowel or a diphthong, which Arabic writes too
 * (Mahmoud is not محمد, Hussain not حسن), but for the ou of French spellings (Mouhamed). The
 * article written onto the word (ال) may be left out, as Latin writes it apart (al-Azzawi).
 */
public final class ArabicSpelling {
    /** Latin letters a vowel of the Arabic word, or a short vowel it leaves unwritten, may be. */
    private static final String VOWELS = "aeiou";

    private ArabicSpelling() {}

    /**
     * Whether {@code latin} (folded a-z) spells {@code reading} (an Arabic-script word as ICU reads it),
     * the reading having at least two consonants.
     */
    public static boolean spells(String reading, String latin) {
        if (latin.length() < 3 || !lettersOnly(latin)) {
            return false;
        }
        if (enough(reading) && aligns(reading, latin)) {
            return true;
        }
        return reading.length() > 3
                && reading.startsWith("al")
                && enough(reading.substring(2))
                && aligns(reading.substring(2), latin);
    }

    /** Two consonants, or one and three more letters (يحيى, "yhyy": Yahya): fewer say too little. */
    private static boolean enough(String reading) {
        int consonants = consonants(reading);
        return consonants >= 2 || consonants == 1 && reading.length() >= 4;
    }

    private static boolean lettersOnly(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < 'a' || s.charAt(k) > 'z') {
                return false;
            }
        }
        return true;
    }

    private static int consonants(String reading) {
        int n = 0;
        for (int k = 0; k < reading.length(); k++) {
            char c = reading.charAt(k);
            if (c >= 'a' && c <= 'z' && "ayw".indexOf(c) < 0) {
                n++;
            }
        }
        return n;
    }

    private static boolean aligns(String reading, String latin) {
        // memo[i][j]: 0 not yet known, 1 aligns, 2 does not (reading[i..] against latin[j..]); j is
        // doubled, its odd half for a position right after a Latin vowel left unmatched
        byte[][] memo = new byte[reading.length() + 1][2 * latin.length() + 2];
        return aligns(reading, 0, latin, 0, false, memo);
    }

    private static boolean aligns(String r, int i, String l, int j, byte[][] memo) {
        return aligns(r, i, l, j, false, memo);
    }

    private static boolean aligns(String r, int i, String l, int j, boolean afterShortVowel, byte[][] memo) {
        int at = 2 * j + (afterShortVowel ? 1 : 0);
        if (memo[i][at] != 0) {
            return memo[i][at] == 1;
        }
        boolean ok = step(r, i, l, j, afterShortVowel, memo);
        memo[i][at] = (byte) (ok ? 1 : 2);
        return ok;
    }

    private static boolean step(String r, int i, String l, int j, boolean afterShortVowel, byte[][] memo) {
        if (i == r.length()) {
            for (int k = j; k < l.length(); k++) {
                if (VOWELS.indexOf(l.charAt(k)) < 0 && !(k == l.length() - 1 && l.charAt(k) == 'h')) {
                    return false; // only short vowels, or the h of a final vowel (Fatimah), may be left over
                }
            }
            return true;
        }
        // a short vowel of the Latin spelling that Arabic leaves unwritten; two vowel letters in a row
        // write a long vowel or a diphthong, which Arabic writes (Mahmoud: و; Hussein: ي), except the
        // ou that French spellings write for a short u (Mouhamed)
        if (j < l.length()
                && VOWELS.indexOf(l.charAt(j)) >= 0
                && (!afterShortVowel || l.charAt(j - 1) == 'o' && l.charAt(j) == 'u')
                && aligns(r, i, l, j + 1, true, memo)) {
            return true;
        }
        char c = r.charAt(i);
        String unit = unit(r, i);
        int next = i + unit.length();
        boolean last = next == r.length();
        if (c == 'ʿ' || c == 'ʾ' || last && (c == 'h' || c == 't')) {
            if (aligns(r, next, l, j, memo)) {
                return true; // ʿayn and hamza unwritten; the final ه or ة of Fatimah, Fatima
            }
            if (c == 'ʿ' || c == 'ʾ') {
                return j < l.length() && VOWELS.indexOf(l.charAt(j)) >= 0 && aligns(r, next, l, j + 1, memo);
            }
        }
        for (String spelling : spellings(unit, i == 0, last)) {
            if (l.startsWith(spelling, j)) {
                int after = j + spelling.length();
                if (aligns(r, next, l, after, memo)) {
                    return true;
                }
                char end = spelling.charAt(spelling.length() - 1);
                if (after < l.length()
                        && l.charAt(after) == end
                        && VOWELS.indexOf(end) < 0
                        && aligns(r, next, l, after + 1, memo)) {
                    return true; // a doubled consonant (shadda): Azzawi, Hassan
                }
            }
        }
        return false;
    }

    /** The letter of the reading at i: one of ICU's digraphs for one Arabic letter, or one character. */
    private static String unit(String r, int i) {
        if (i + 1 < r.length() && r.charAt(i + 1) == 'h' && "kstdgcz".indexOf(r.charAt(i)) >= 0) {
            return r.substring(i, i + 2);
        }
        return r.substring(i, i + 1);
    }

    /** The Latin spellings of one letter of the reading. */
    private static String[] spellings(String unit, boolean first, boolean last) {
        return switch (unit) {
            case "a" -> new String[] {"a", "e", "i", "o", "u"};
            case "y" ->
                first
                        ? new String[] {"y", "i", "e", "j"}
                        : last ? new String[] {"y", "i", "e", "a"} : new String[] {"y", "i", "e"};
            case "w" -> new String[] {"w", "u", "o", "v"};
            case "b" -> new String[] {"b", "p"};
            case "t" -> new String[] {"t", "th"};
            case "th" -> new String[] {"th", "s", "t"};
            case "j" -> new String[] {"j", "dj", "g", "dzh", "zh"};
            case "h" -> new String[] {"h", "kh"};
            case "kh" -> new String[] {"kh", "h", "x", "ch", "k"};
            case "d" -> new String[] {"d", "dh", "z"};
            case "dh" -> new String[] {"dh", "z", "d", "th"};
            case "z" -> new String[] {"z", "dh", "zh", "j"};
            case "s" -> new String[] {"s", "c"};
            case "sh" -> new String[] {"sh", "ch", "sch", "s"};
            case "gh" -> new String[] {"gh", "g", "q"};
            case "f" -> new String[] {"f", "ph"};
            case "q" -> new String[] {"q", "k", "g", "gh", "c", "ck"};
            case "k" -> new String[] {"k", "c", "ck", "q"};
            case "ch", "c" -> new String[] {"ch", "tch", "c"};
            case "zh" -> new String[] {"zh", "j", "z"};
            case "g" -> new String[] {"g", "gu"};
            default -> new String[] {unit};
        };
    }
}
