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
    /** Longer readings are no words of a name (a run of letters from untrusted input): not aligned. */
    private static final int LONGEST_WORD = 40;

    private ArabicSpelling() {}

    /**
     * Whether {@code latin} (folded a-z) spells {@code reading} (an Arabic-script word as ICU reads it),
     * the reading having at least two consonants.
     */
    public static boolean spells(String reading, String latin) {
        // every letter of the reading takes a Latin letter or two (or none: ʿayn, a final h or t), and
        // Latin adds a short vowel at most after each: far longer or shorter words need no alignment
        if (latin.length() < 3
                || latin.length() > 3 * reading.length() + 1
                || reading.length() > LONGEST_WORD
                || !lettersOnly(latin)) {
            return false; // a word longer than any name's keeps the alignment's memory and depth small
        }
        if (enough(reading) && aligns(reading, latin)) {
            return true;
        }
        return reading.length() > 3
                && reading.startsWith("al")
                && enough(reading.substring(2))
                && aligns(reading.substring(2), latin);
    }

    /** Two consonants, or one and three more letters (يحيى, "yhyy": Yahya, y and h): fewer say too little. */
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

    /**
     * The consonants of a reading: w and y are long vowels within a word but consonants at its start,
     * where no Arabic word has a long vowel (ولي, "wly": Wali, w and l; يزيد, "yzyd": Yazid).
     */
    private static int consonants(String reading) {
        int n = 0;
        for (int k = 0; k < reading.length(); k++) {
            char c = reading.charAt(k);
            if (c >= 'a' && c <= 'z' && (c != 'a' && c != 'y' && c != 'w' || k == 0 && c != 'a')) {
                n++;
            }
        }
        return n;
    }

    private static boolean aligns(String reading, String latin) {
        // memo[i * width + 2j (+1 right after a Latin vowel left unmatched)]: 0 not yet known, 1 aligns,
        // 2 does not (reading[i..] against latin[j..]); one array a call, the matcher calls this often
        byte[] memo = new byte[(reading.length() + 1) * (2 * latin.length() + 2)];
        return aligns(reading, 0, latin, 0, false, memo);
    }

    private static boolean aligns(String r, int i, String l, int j, byte[] memo) {
        return aligns(r, i, l, j, false, memo);
    }

    private static boolean aligns(String r, int i, String l, int j, boolean afterShortVowel, byte[] memo) {
        int at = i * (2 * l.length() + 2) + 2 * j + (afterShortVowel ? 1 : 0);
        if (memo[at] != 0) {
            return memo[at] == 1;
        }
        boolean ok = step(r, i, l, j, afterShortVowel, memo);
        memo[at] = (byte) (ok ? 1 : 2);
        return ok;
    }

    private static boolean step(String r, int i, String l, int j, boolean afterShortVowel, byte[] memo) {
        if (i == r.length()) {
            for (int k = j; k < l.length(); k++) {
                if (!vowel(l.charAt(k)) && !(k == l.length() - 1 && l.charAt(k) == 'h')) {
                    return false; // only short vowels, or the h of a final vowel (Fatimah), may be left over
                }
            }
            return true;
        }
        // a short vowel of the Latin spelling that Arabic leaves unwritten; two vowel letters in a row
        // write a long vowel or a diphthong, which Arabic writes (Mahmoud: و; Hussein: ي), except the
        // ou that French spellings write for a short u (Mouhamed)
        if (j < l.length()
                && vowel(l.charAt(j))
                && (!afterShortVowel || l.charAt(j - 1) == 'o' && l.charAt(j) == 'u')
                && aligns(r, i, l, j + 1, true, memo)) {
            return true;
        }
        char c = r.charAt(i);
        if (c == 'ʿ' || c == 'ʾ' || i + 1 == r.length() && (c == 'h' || c == 't')) {
            if (aligns(r, i + 1, l, j, memo)) {
                return true; // ʿayn and hamza unwritten; the final ه or ة of Fatimah, Fatima
            }
            if (c == 'ʿ' || c == 'ʾ') {
                return j < l.length() && vowel(l.charAt(j)) && aligns(r, i + 1, l, j + 1, memo);
            }
        }
        // ICU writes some letters in two (kh, sh, th, dh, gh), but a letter followed by ه reads the
        // same (طه, "th": Taha): a pair is tried as one letter and as two
        return digraph(r, i) && letter(r, i, true, l, j, memo) || letter(r, i, false, l, j, memo);
    }

    /** Whether the reading's letter at i (two characters when {@code digraph}) and what follows align. */
    private static boolean letter(String r, int i, boolean digraph, String l, int j, byte[] memo) {
        char c = r.charAt(i);
        int next = i + (digraph ? 2 : 1);
        boolean last = next == r.length();
        for (String spelling : spellings(c, digraph, i == 0, last)) {
            if (l.startsWith(spelling, j)) {
                int after = j + spelling.length();
                if (aligns(r, next, l, after, memo)) {
                    return true;
                }
                char end = spelling.charAt(spelling.length() - 1);
                if (after < l.length()
                        && l.charAt(after) == end
                        && !vowel(end)
                        && aligns(r, next, l, after + 1, memo)) {
                    return true; // a doubled consonant (shadda): Azzawi, Hassan
                }
            }
        }
        return false;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Whether the reading has one of ICU's digraphs for one Arabic letter at i (kh, sh, th, dh, gh ...). */
    private static boolean digraph(String r, int i) {
        return i + 1 < r.length() && r.charAt(i + 1) == 'h' && "kstdgcz".indexOf(r.charAt(i)) >= 0;
    }

    private static final String[] NONE = {};
    private static final String[] Y_FIRST = {"y", "i", "e", "j"};
    private static final String[] Y_LAST = {"y", "i", "e", "a"};
    private static final String[] Y_INSIDE = {"y", "i", "e"};
    /** The Latin spellings of a letter a-z of the reading, and of its digraph with h. */
    private static final String[][] LETTER = new String[26][];

    private static final String[][] WITH_H = new String[26][];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            LETTER[c - 'a'] = new String[] {String.valueOf(c)};
            WITH_H[c - 'a'] = NONE;
        }
        letter('a', "a", "e", "i", "o", "u");
        letter('w', "w", "u", "o", "v");
        letter('b', "b", "p");
        letter('t', "t", "th");
        letter('j', "j", "dj", "g", "dzh", "zh");
        letter('h', "h", "kh");
        letter('d', "d", "dh", "z");
        letter('z', "z", "dh", "zh", "j");
        letter('s', "s", "c");
        letter('f', "f", "ph");
        letter('q', "q", "k", "g", "gh", "c", "ck");
        letter('k', "k", "c", "ck", "q");
        letter('c', "ch", "tch", "c");
        letter('g', "g", "gu");
        withH('t', "th", "s", "t");
        withH('k', "kh", "h", "x", "ch", "k");
        withH('d', "dh", "z", "d", "th");
        withH('s', "sh", "ch", "sch", "s");
        withH('g', "gh", "g", "q");
        withH('c', "ch", "tch", "c");
        withH('z', "zh", "j", "z");
    }

    private static void letter(char c, String... spellings) {
        LETTER[c - 'a'] = spellings;
    }

    private static void withH(char c, String... spellings) {
        WITH_H[c - 'a'] = spellings;
    }

    /** The Latin spellings of one letter of the reading (c, or c and h when a digraph); none for other signs. */
    private static String[] spellings(char c, boolean digraph, boolean first, boolean last) {
        if (c < 'a' || c > 'z') {
            return NONE;
        }
        if (digraph) {
            return WITH_H[c - 'a'];
        }
        if (c == 'y') {
            return first ? Y_FIRST : last ? Y_LAST : Y_INSIDE;
        }
        return LETTER[c - 'a'];
    }
}
