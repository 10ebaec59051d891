package dev.licit.screening.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that name the same thing though they are spelt apart: a given name and its short forms
 * (William, Bill), the spellings of an Arabic name (Muhammad, Mohammed, محمد), of a Korean surname
 * (Park, Pak, Bak, 박, 朴). Each group reads as one key, so that the scorer pairs its words as equal
 * and the candidate index finds one from the other; {@link #why} says which table made two words
 * equal, for the word-by-word explanation.
 *
 * <p>The tables are text files beside this class (their sources and licences are in their headers),
 * read once when the class is first used; nothing is fetched at run time. A word in several groups
 * keeps the first: the files are read in the order of {@link #TABLES}.
 */
public final class Equivalents {
    /**
     * A table file, what its groups have in common, as an explanation says it, and whether its words
     * are family names only (never given names, see {@link #mayBeGivenName}).
     */
    private record Table(String file, String reason, boolean surnames) {}

    private static final Table KOREAN_SURNAMES =
            new Table("korean-surnames.txt", "common Korean surname spelling", true);
    // after the Korean table: a spelling both tables know (Lee, Li) stays with its Korean group
    private static final List<Table> TABLES = List.of(
            KOREAN_SURNAMES,
            new Table("chinese-surnames.txt", "Chinese surname in Pinyin, Wade-Giles, Cantonese or Hokkien", true),
            new Table("arabic-names.txt", "common spelling of an Arabic name", false),
            new Table("given-names.txt", "short form or spelling of a given name", false));

    /** One group: its canonical word, the reason, and its words as the tables write them. */
    private record Group(String canonical, Table table, String written) {
        String reason() {
            return table.reason();
        }
    }

    private static final Map<String, Group> GROUP_OF_WORD = new HashMap<>();
    /** Native-script words of the groups (박, 朴, محمد) to their group, before any transliteration. */
    private static final Map<String, Group> GROUP_OF_NATIVE = new HashMap<>();

    static {
        for (Table t : TABLES) {
            read(t);
        }
    }

    private Equivalents() {}

    private static void read(Table table) {
        InputStream in = Equivalents.class.getResourceAsStream(table.file());
        if (in == null) {
            throw new IllegalStateException("equivalence table " + table.file() + " is missing from the jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\\|");
                Group g = new Group(words[0], table, String.join("/", words));
                for (String w : words) {
                    if (isAscii(w)) {
                        GROUP_OF_WORD.putIfAbsent(w, g);
                    } else {
                        GROUP_OF_NATIVE.putIfAbsent(w, g);
                        // the word as the normaliser reads it after transliteration ("mhmd" for محمد)
                        String latin = nativeWord(w);
                        if (!latin.isEmpty()) {
                            GROUP_OF_WORD.putIfAbsent(latin, g);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link Normalizer} makes of a native-script word without spaces; empty when it splits. */
    private static String nativeWord(String w) {
        int first = w.codePointAt(0);
        int script = com.ibm.icu.lang.UScript.getScript(first);
        if (script == com.ibm.icu.lang.UScript.HAN || script == com.ibm.icu.lang.UScript.HANGUL) {
            return ""; // CJK words are read by the Korean-name rules, not by transliteration
        }
        String latin = Transliteration.ascii(Transliteration.any(w));
        latin = com.ibm.icu.lang.UCharacter.foldCase(latin, true)
                .replace(".", "")
                .replace("'", "")
                .replace("’", "")
                .replace("`", "");
        for (int i = 0; i < latin.length(); i++) {
            if (!Character.isLetterOrDigit(latin.charAt(i))) {
                return "";
            }
        }
        return latin;
    }

    /** The key shared by {@code word}'s group (folded Latin word), or null when no table has it. */
    public static String canonical(String word) {
        Group g = GROUP_OF_WORD.get(word);
        return g == null ? null : g.canonical();
    }

    /**
     * The word a token reads as for equivalence, or null: its group's canonical word (Mohammed,
     * Mohamed: muhammad), or the digits of a number word or Roman numeral (six, vi: 6), or a number's
     * own digits. Two words with the same equivalent are paired as equal ({@code MatchKind.EQUIVALENT});
     * their keys stay their own, so that each keeps its own typos and its own postings in the index.
     */
    public static String equivalentOf(String key, String surface) {
        Group g = GROUP_OF_WORD.get(key);
        if (g == null && !surface.equals(key)) {
            g = GROUP_OF_WORD.get(surface);
        }
        if (g != null) {
            return g.canonical();
        }
        String number = Lexicon.NUMBER_WORDS.get(key);
        if (number != null) {
            return number;
        }
        return isDigits(key) ? key : null;
    }

    private static final java.util.Set<String> GIVEN_AND_FAMILY =
            java.util.Set.copyOf(Lexicon.resourceLines("given-and-family-names.txt"));

    /**
     * Whether a word may be a given name as well as a family name: one of
     * {@code given-and-family-names.txt}, or of the given-name and Arabic-name tables. A name of two
     * such words may be two people in its two orders (Werner Otto, Otto Werner).
     */
    public static boolean mayBeGivenName(String word) {
        if (GIVEN_AND_FAMILY.contains(word)) {
            return true;
        }
        Group g = GROUP_OF_WORD.get(word);
        return g != null && !g.table().surnames();
    }

    /**
     * Korean surnames spelt in one or two letters, left out of {@code korean-surnames.txt} (they are
     * English words or initials too), to their group's canonical word: read so only inside a Korean
     * name (see {@code PreparedName}).
     */
    private static final Map<String, String> SHORT_KOREAN_SURNAMES =
            Map.of("i", "lee", "o", "oh", "an", "ahn", "go", "ko", "no", "noh");

    /** The canonical word of a Korean surname spelt in one or two letters (No: noh), or null. */
    public static String shortKoreanSurname(String word) {
        return SHORT_KOREAN_SURNAMES.get(word);
    }

    /**
     * Whether a word is in a group of the given-name tables (Sam of Samuel, Masha of Maria; the
     * Arabic names), not of a surname table: two such words of different groups are two given names.
     */
    public static boolean isGivenName(String word) {
        Group g = GROUP_OF_WORD.get(word);
        return g != null && !g.table().surnames();
    }

    /**
     * Whether a word is a Korean surname of the table (Kim, Park, Pak): Korean (and Chinese) names
     * are written surname first or last, so their order says nothing.
     */
    public static boolean isKoreanSurname(String word) {
        Group g = GROUP_OF_WORD.get(word);
        return g != null && g.table() == KOREAN_SURNAMES;
    }

    /**
     * Whether a word is read under another key by the abbreviation table (airlines under air): the
     * candidate index then also keeps its own spelling's typo neighbourhood ("airliines").
     */
    public static boolean respelt(String surface, String key) {
        return !surface.equals(key) && Lexicon.ABBREVIATIONS.containsKey(surface);
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** The canonical Latin word of a native-script word of the tables (박 gives park), or null. */
    static String canonicalOfNative(String nativeWord) {
        Group g = GROUP_OF_NATIVE.get(nativeWord);
        return g == null ? null : g.canonical();
    }

    /**
     * Why two different words read as the same key, for an explanation ("common Korean surname
     * spelling: kim/gim/김/金"), or null when no table made them equal.
     */
    public static String why(String a, String b) {
        if (a.equals(b)) {
            return null;
        }
        String ea = equivalentOf(a, a);
        String eb = equivalentOf(b, b);
        if (ea != null && ea.equals(eb) && isDigits(ea) && (!isDigits(a) || !isDigits(b))) {
            return "number written out: " + a + " = " + b;
        }
        Group ga = GROUP_OF_WORD.get(a);
        Group gb = GROUP_OF_WORD.get(b);
        if (ga != null && ga == gb) {
            return ga.reason() + ": " + ga.written();
        }
        if (ga != null && b.equals(ga.canonical()) || gb != null && a.equals(gb.canonical())) {
            Group g = ga != null ? ga : gb;
            return g.reason() + ": " + g.written();
        }
        String sa = SHORT_KOREAN_SURNAMES.get(a);
        String sb = SHORT_KOREAN_SURNAMES.get(b);
        if (sa != null && sa.equals(canonical(b)) || sb != null && sb.equals(canonical(a))) {
            Group g = GROUP_OF_WORD.get(sa != null ? b : a);
            return "common Korean surname spelling, in a Korean name: " + (sa != null ? a : b) + "/" + g.written();
        }
        String fa = Lexicon.ABBREVIATIONS.get(a);
        String fb = Lexicon.ABBREVIATIONS.get(b);
        if (fa != null && (fa.equals(b) || fa.equals(fb)) || fb != null && fb.equals(a)) {
            return "abbreviation: " + a + " = " + b;
        }
        String na = Lexicon.NUMBER_WORDS.get(a);
        String nb = Lexicon.NUMBER_WORDS.get(b);
        if (na != null && (na.equals(b) || na.equals(nb)) || nb != null && nb.equals(a)) {
            return "number written out: " + a + " = " + b;
        }
        return null;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
