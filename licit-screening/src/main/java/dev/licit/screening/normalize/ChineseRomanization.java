package dev.licit.screening.normalize;

import java.util.Map;
import java.util.Set;

/**
 * A key under which Pinyin, Wade-Giles and Chinese postal spellings of the same syllables agree:
 * "Qinghua", "Tsinghua" and "Ch'ing-hua" share a key, so do "Xinhua" and "Hsinhua", "Guangdong"
 * and "Kwangtung".
 *
 * <p>A word gets a key only when it splits entirely into syllables of these systems (so "Siemens"
 * gets none). Each syllable's initial is reduced to a coarse class (b/p, d/t, g/k, j/q/zh/ch/z/c/ts,
 * x/hs/sh/s) and its final to one spelling (ung to ong, ieh to ie, ih to i ...). The key is coarse
 * on purpose; the matcher gives a key agreement a lower similarity than an exact word.
 */
public final class ChineseRomanization {
    private static final String[] INITIALS = {
        "zh", "ch", "sh", "tsz", "ts", "tz", "hs", "ss", "sz", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
        "j", "q", "x", "r", "z", "c", "s", "y", "w", ""
    };
    private static final Set<String> FINALS = Set.of(
            "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie",
            "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue",
            "ve", "ih", "eh", "ien", "ieh", "ung", "iung", "uei", "erh", "ow", "wang", "wan", "wo", "wei", "wa", "iou",
            "ueh", "io", "uen");
    private static final Map<String, String> FINAL_KEY = Map.ofEntries(
            Map.entry("ung", "ong"),
            Map.entry("iung", "iong"),
            Map.entry("ih", "i"),
            Map.entry("ieh", "ie"),
            Map.entry("eh", "e"),
            Map.entry("ien", "ian"),
            Map.entry("uei", "ui"),
            Map.entry("wei", "ui"),
            Map.entry("erh", "er"),
            Map.entry("ow", "ou"),
            Map.entry("wang", "uang"),
            Map.entry("wan", "uan"),
            Map.entry("wo", "o"),
            Map.entry("uo", "o"),
            Map.entry("e", "o"),
            Map.entry("wa", "ua"),
            Map.entry("iou", "iu"),
            Map.entry("ueh", "ue"),
            Map.entry("ve", "ue"),
            Map.entry("io", "ue"),
            Map.entry("v", "u"),
            Map.entry("uen", "un"));
    /** Conventional names that no spelling rule connects. */
    private static final Map<String, String> CONVENTIONAL = Map.of(
            "peking",
            "beijing",
            "canton",
            "guangzhou",
            "amoy",
            "xiamen",
            "sian",
            "xian",
            "nanking",
            "nanjing",
            "chungking",
            "chongqing",
            "tsingtao",
            "qingdao",
            "szechwan",
            "sichuan",
            "fukien",
            "fujian",
            "soochow",
            "suzhou");

    /**
     * Finals that stand as a syllable of their own, with no initial: Pinyin writes every other
     * vowel-initial syllable with y or w (yan, wo, yi), Wade-Giles the same or as I. Without this,
     * "quanguo" also splits as "quang" + "uo", and a split that is no spelling wins.
     */
    private static final Set<String> BARE_FINALS = Set.of(
            "a", "o", "e", "i", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er", "erh", "wang", "wan", "wo",
            "wei", "wa");
    /**
     * Finals after y that Wade-Giles and Pinyin spell apart (yen and yan, yeh and ye, yu and you), keyed
     * as the other spelling's final is (y itself reads as no initial, as before: yan and an share a key,
     * Guiyan and Gui'an). Wade-Giles yu is Pinyin you; Pinyin yu is Wade-Giles yü, whose dots the lists
     * drop, so the two read alike here.
     */
    private static final Map<String, String> Y_FINAL_KEY = Map.of("en", "an", "eh", "o", "ou", "u");
    /**
     * Finals after which Wade-Giles j is Pinyin r (jih ri, jen ren, jui rui): Pinyin j comes only
     * before i and ü. Left out on purpose: ang, ung, ong, o, u, un, uan, which Pinyin (ju, jun, juan)
     * or Korean (Jang, Jung, Jong, Jo) also write with a j of its own.
     */
    private static final Set<String> J_AS_R_FINALS = Set.of("ih", "en", "ui", "ou", "ao", "an", "ua", "e", "eh");

    /** Longest syllable any of these systems spells (initial of up to three letters, final of up to four). */
    private static final int MAX_SYLLABLE = 7;
    /** Marks a table key as a syllable without initial; never part of a key. */
    private static final String BARE = "_";
    /**
     * Every spelling that is a syllable, packed five bits a letter into a long, sorted, with its key
     * alongside: the split below looks syllables up without cutting substrings.
     */
    private static final long[] SYLLABLE_CODES;

    private static final String[] SYLLABLE_KEYS;
    /** Whether the syllable at the same index has no initial (an, ou): a split avoids them inside a word. */
    private static final boolean[] SYLLABLE_BARE;

    static {
        java.util.TreeMap<Long, String> table = new java.util.TreeMap<>();
        for (String ini : INITIALS) {
            for (String fin : FINALS) {
                String s = ini + fin;
                if (s.length() <= MAX_SYLLABLE) {
                    // the key of a spelling is that of its first reading in INITIALS order, as syllableKey gives it
                    table.putIfAbsent(code(s, 0, s.length()), syllableKey(s));
                }
            }
        }
        table.values().removeIf(java.util.Objects::isNull);
        SYLLABLE_CODES = new long[table.size()];
        SYLLABLE_KEYS = new String[table.size()];
        SYLLABLE_BARE = new boolean[table.size()];
        int i = 0;
        for (java.util.Map.Entry<Long, String> e : table.entrySet()) {
            SYLLABLE_CODES[i] = e.getKey();
            SYLLABLE_KEYS[i] = e.getValue();
            SYLLABLE_BARE[i] = e.getValue().startsWith(BARE);
            i++;
        }
    }

    private ChineseRomanization() {}

    /** The key of a folded ASCII word, or the empty string when the word is not Chinese syllables. */
    public static String key(String word) {
        if (word.length() < 3 || word.length() > 40) {
            return "";
        }
        String w = CONVENTIONAL.getOrDefault(word, word);
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return ""; // no syllable contains anything but a-z, so no split covers the word
            }
        }
        // cost[i]: cheapest split of w[i..] into syllables (0 when none), two a syllable and one more for a
        // syllable without initial after the first (Xi'an is written with an apostrophe, so "zhihang" is
        // zhi + hang, not zhih + ang); len[i]: length of the first syllable, the longest among equal costs
        int[] cost = new int[n + 1];
        int[] len = new int[n + 1];
        int[] syllable = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int l = Math.min(MAX_SYLLABLE, n - i); l >= 1; l--) {
                if (i + l < n && cost[i + l] == 0) {
                    continue;
                }
                int at = java.util.Arrays.binarySearch(SYLLABLE_CODES, code(w, i, i + l));
                if (at < 0) {
                    continue;
                }
                int c = cost[i + l] + 2 + (i > 0 && SYLLABLE_BARE[at] ? 1 : 0);
                if (cost[i] == 0 || c < cost[i]) {
                    cost[i] = c;
                    len[i] = l;
                    syllable[i] = at;
                }
            }
        }
        if (cost[0] == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i += len[i]) {
            String k = SYLLABLE_KEYS[syllable[i]];
            sb.append(k, SYLLABLE_BARE[syllable[i]] ? BARE.length() : 0, k.length());
        }
        return sb.toString();
    }

    /**
     * How many syllables a folded word splits into (Xiaoming: 2; Ma: 1), or 0 when it is not Chinese
     * syllables. Unlike {@link #key} it also reads words of one or two letters (Li, Ma, Wu).
     */
    public static int syllables(String word) {
        if (word.length() < 3) {
            return shortSyllable(word) >= 0 ? 1 : 0;
        }
        return syllablesOfKey(key(word));
    }

    /** How many syllables a key of {@link #key} holds (each ends with "|"); 0 for the empty key. */
    public static int syllablesOfKey(String key) {
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    /**
     * The key of a word of two letters that is a syllable with an initial (Ze, Ri, Li), or "". {@link
     * #key} gives such words none, as English has many of them; the matcher asks for this one only to
     * pair it with a word of the other name that has a key (Tse against Ze, Jih against Ri).
     */
    public static String shortKey(String word) {
        int at = word.length() == 2 ? shortSyllable(word) : -1;
        return at < 0 || SYLLABLE_BARE[at] ? "" : SYLLABLE_KEYS[at];
    }

    /** The table index of a word of one or two letters a-z that is a syllable, or -1. */
    private static int shortSyllable(String word) {
        if (word.isEmpty() || word.length() > 2) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return -1;
            }
        }
        int at = java.util.Arrays.binarySearch(SYLLABLE_CODES, code(word, 0, word.length()));
        return Math.max(at, -1);
    }

    /** Letters a-z of s[from..to), five bits each, first letter highest; distinct for up to 12 letters. */
    private static long code(String s, int from, int to) {
        long c = 0;
        for (int i = from; i < to; i++) {
            c = c << 5 | (s.charAt(i) - 'a' + 1);
        }
        return c;
    }

    /**
     * The key part of one syllable, or null when s is not one. Used to build the table; a syllable
     * without initial is marked with {@link #BARE} in front, which the key leaves out.
     */
    private static String syllableKey(String s) {
        for (String ini : INITIALS) {
            if (!s.startsWith(ini)) {
                continue;
            }
            String fin = s.substring(ini.length());
            if (fin.isEmpty() || !FINALS.contains(fin)) {
                continue;
            }
            if (ini.isEmpty()) {
                return BARE_FINALS.contains(fin) ? BARE + FINAL_KEY.getOrDefault(fin, fin) + "|" : null;
            }
            if (ini.equals("y") && Y_FINAL_KEY.containsKey(fin)) {
                return initialClass(ini) + Y_FINAL_KEY.get(fin) + "|";
            }
            if (ini.equals("j") && J_AS_R_FINALS.contains(fin)) {
                return "r" + FINAL_KEY.getOrDefault(fin, fin) + "|";
            }
            if ((ini.equals("ss") || ini.equals("sz") || ini.equals("tz") || ini.equals("tsz")) && fin.equals("u")) {
                return initialClass(ini) + "i|"; // Wade-Giles ssu, szu, tzu: Pinyin si, zi
            }
            return initialClass(ini) + FINAL_KEY.getOrDefault(fin, fin) + "|";
        }
        return null;
    }

    private static String initialClass(String ini) {
        return switch (ini) {
            case "b", "p" -> "p";
            case "d", "t" -> "t";
            case "g", "k" -> "k";
            case "j", "q", "zh", "ch", "z", "c", "ts", "tz", "tsz" -> "c";
            case "x", "hs", "sh", "s", "ss", "sz" -> "s";
            case "y", "w" -> "";
            default -> ini;
        };
    }
}
