package dev.licit.screening.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Hong Kong names in Han characters read the way Hong Kong writes them in Latin letters: the Hong
 * Kong Government Cantonese Romanisation of identity cards and the lists (林鄭月娥, LAM Cheng
 * Yuet-ngor; 李嘉誠, LI Ka-shing; 陳國基, CHAN Kwok-ki), where the Pinyin reading (Lin Zheng Yue E)
 * shares nothing with the listed name.
 *
 * <p>Only a name written as one word of two to four Han characters, every one of them in the table,
 * is read: a person's name (a company's name is read through the glossary). A character with several
 * spellings is read by one of them, chosen when the table was made (see {@code
 * cantonese-syllables.txt}); the scorer pairs the other Hong Kong spellings of a syllable (Tsang,
 * Chang; Kwok, Gwok; Wah, Wa) by {@link #key} ({@code MatchKind.ROMANISATION_YUE}).
 */
public final class CantoneseReading {
    private static final int SHORTEST_NAME = 2;
    private static final int LONGEST_NAME = 4;

    /** Whether this process has read the table (tests: a process of Latin names never does). */
    private static volatile boolean read;

    private CantoneseReading() {}

    static boolean tableRead() {
        return read;
    }

    /** The syllables of a word of Han characters, or an empty list when it is not a name or not all read. */
    public static List<String> read(String run) {
        int n = run.codePointCount(0, run.length());
        if (n < SHORTEST_NAME || n > LONGEST_NAME) {
            return List.of();
        }
        for (int i = 0; i < run.length(); ) {
            // every single-word name comes here: a Latin one must not load the table
            int cp = run.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return List.of();
            }
            i += Character.charCount(cp);
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            String s = Table.syllable(cp);
            if (s == null) {
                return List.of();
            }
            out.add(s);
            i += Character.charCount(cp);
        }
        return out;
    }

    /**
     * What two Hong Kong spellings of one Cantonese syllable share (Tsang, Chang, Jang: cang; Kwok, Gwok:
     * kwok; Wah, Wa: wa; Ngor, Ngo: ngo; Hork, Hok: hok; Kee, Ki: ki; Shing, Sing: sing): the unaspirated
     * and aspirated stops written alike, ts, ch, j and z alike, sh as s, an h or r after a vowel
     * dropped, ee as i and oo as u. Words of more than one syllable are keyed as they are.
     */
    public static String key(String word) {
        String w = word;
        if (w.startsWith("ts") || w.startsWith("ch")) {
            w = "c" + w.substring(2);
        } else if (w.startsWith("sh")) {
            w = "s" + w.substring(2);
        } else if (w.startsWith("gw")) {
            w = "kw" + w.substring(2);
        } else if (!w.isEmpty() && "bdgjz".indexOf(w.charAt(0)) >= 0) {
            w = "ptkcc".charAt("bdgjz".indexOf(w.charAt(0))) + w.substring(1);
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            boolean afterVowel = k > 0 && "aeiou".indexOf(w.charAt(k - 1)) >= 0;
            if ((c == 'h' || c == 'r') && afterVowel) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().replace("ee", "i").replace("oo", "u");
    }

    /** The table, read when a Han name is first met (a process that screens Latin names never reads it). */
    static final class Table {
        static final String FILE = "cantonese-syllables.txt";
        private static final SyllableTable TABLE = SyllableTable.read(FILE);

        static {
            read = true;
        }

        private Table() {}

        static String syllable(int codePoint) {
            return TABLE.of(codePoint);
        }
    }
}
