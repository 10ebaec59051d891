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
 * read once when the class is first used; nothing is fetched at run time. A word may be in two
 * groups (Wong is the Cantonese spelling of both Wang 王 and Huang 黃): it then pairs with the words
 * of either; its first group, in the order of {@link #TABLES} and of the lines, is its canonical
 * word, and a third group is ignored.
 *
 * <p>A word written {@code ray(person)} is equivalent only in a person's name, a name without a
 * legal form or a generic business word: short forms that are English words too (Ray, Ken, Ben, Ed)
 * would otherwise pair "Ray Industries" with "Raymond Industries".
 */
public final class Equivalents {
    /**
     * A table file, what its groups have in common, as an explanation says it, whether its words are
     * family names only (never given names, see {@link #mayBeGivenName}), and whether they are
     * people's names at all (the words of place names are not).
     */
    private record Table(String file, String reason, boolean surnames, boolean names) {
        Table(String file, String reason, boolean surnames) {
            this(file, reason, surnames, true);
        }
    }

    private static final Table KOREAN_SURNAMES =
            new Table("korean-surnames.txt", "common Korean surname spelling", true);
    // after the Korean table: a spelling both tables know (Lee, Li) stays with its Korean group
    private static final List<Table> TABLES = List.of(
            KOREAN_SURNAMES,
            new Table("chinese-surnames.txt", "Chinese surname in Pinyin, Wade-Giles, Cantonese or Hokkien", true),
            new Table("arabic-names.txt", "common spelling of an Arabic name", false),
            new Table("hebrew-surnames.txt", "common spelling of a Hebrew family name", true),
            new Table("hebrew-names.txt", "common spelling of a Hebrew given name", false),
            new Table("given-names.txt", "short form or spelling of a given name", false),
            // words of place names (Saint, St.; Mount, Mt.): no person's names, given or family
            new Table("place-words.txt", "abbreviation of a word of place names", false, false));

    /** One group: its canonical word, the reason, and its words as the tables write them. */
    private record Group(String canonical, Table table, String written) {
        String reason() {
            return table.reason();
        }
    }

    private static final Map<String, Group> GROUP_OF_WORD = new HashMap<>();
    /** The second group of a word that two groups hold (wong: wang, after huang), by folded Latin word. */
    private static final Map<String, Group> SECOND_GROUP_OF_WORD = new HashMap<>();
    /** Words written with {@code (person)}: equivalent in a person's name only. */
    private static final java.util.Set<String> PERSON_ONLY = new java.util.HashSet<>();
    /** Words written with {@code (sole surname)}: equivalent only when no other word is a surname. */
    private static final java.util.Set<String> SOLE_SURNAME = new java.util.HashSet<>();
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
                for (int k = 0; k < words.length; k++) {
                    if (words[k].endsWith(PERSON_MARK)) {
                        words[k] = words[k].substring(0, words[k].length() - PERSON_MARK.length());
                        PERSON_ONLY.add(words[k]);
                    }
                    if (words[k].endsWith(SOLE_SURNAME_MARK)) {
                        words[k] = words[k].substring(0, words[k].length() - SOLE_SURNAME_MARK.length());
                        SOLE_SURNAME.add(words[k]);
                    }
                }
                Group g = new Group(words[0], table, String.join("/", words));
                for (String w : words) {
                    if (Normalizer.isAscii(w)) {
                        Group first = GROUP_OF_WORD.putIfAbsent(w, g);
                        if (first != null && first != g && !first.canonical().equals(g.canonical())) {
                            SECOND_GROUP_OF_WORD.putIfAbsent(w, g);
                        }
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

    private static final String PERSON_MARK = "(person)";
    private static final String SOLE_SURNAME_MARK = "(sole surname)";

    /** What {@link Normalizer} makes of a native-script word without spaces; empty when it splits. */
    private static String nativeWord(String w) {
        int first = w.codePointAt(0);
        int script = com.ibm.icu.lang.UScript.getScript(first);
        if (script == com.ibm.icu.lang.UScript.HAN || script == com.ibm.icu.lang.UScript.HANGUL) {
            return ""; // CJK words are read by the Korean-name rules, not by transliteration
        }
        String latin = Transliteration.ascii(
                script == com.ibm.icu.lang.UScript.ARABIC ? Transliteration.arabic(w) : Transliteration.any(w));
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

    /**
     * The canonical word of a word's second group (Wong: wang, its first being huang), or null: the
     * word pairs with the words of both ({@code MatchKind.EQUIVALENT}).
     */
    public static String secondEquivalentOf(String key, String surface) {
        Group g = SECOND_GROUP_OF_WORD.get(key);
        if (g == null && !surface.equals(key) && !GROUP_OF_WORD.containsKey(key)) {
            g = SECOND_GROUP_OF_WORD.get(surface);
        }
        return g == null ? null : g.canonical();
    }

    /**
     * Whether a word's equivalence holds in a person's name only (Ray, Ken, Ben, Ed: English words
     * too), so that a company's name keeps it a word of its own.
     */
    public static boolean personOnly(String key) {
        return PERSON_ONLY.contains(key);
    }

    /**
     * Whether a surname spelling is also a common given-name syllable (Hui: Xu 許 in Cantonese, Hui
     * 輝 in a given name), so that it is read as the surname only when no other word of the name is
     * one of the surname tables' (Hui Ka Yan; not Wang Hui).
     */
    public static boolean soleSurnameOnly(String key) {
        return SOLE_SURNAME.contains(key);
    }

    /** Whether a word is in a group of the Arabic-name table (Muhammad, Hussein, Yusuf ...). */
    public static boolean isArabicName(String word) {
        Group g = GROUP_OF_WORD.get(word);
        return g != null && g.table().file().equals("arabic-names.txt");
    }

    /** Whether a word is in a group of a surname table (Korean, Chinese, Hebrew family names). */
    public static boolean isSurname(String word) {
        Group g = GROUP_OF_WORD.get(word);
        return g != null && g.table().names() && g.table().surnames();
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
        return g != null && g.table().names() && !g.table().surnames();
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
        return g != null && g.table().names() && !g.table().surnames();
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
        return !surface.equals(key)
                && (Lexicon.ABBREVIATIONS.containsKey(surface) || Lexicon.TRANSLATIONS.containsKey(surface));
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
     * The number a one-letter Roman numeral writes (i 1, v 5, x 10), or null: such a letter is read as
     * a letter, and only paired with that number.
     */
    public static String romanLetter(String letter) {
        return switch (letter) {
            case "i" -> "1";
            case "v" -> "5";
            case "x" -> "10";
            default -> null;
        };
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
        if (b.equals(romanLetter(a)) || a.equals(romanLetter(b))) {
            return "Roman numeral of one letter: " + a + " = " + b;
        }
        Group ga = GROUP_OF_WORD.get(a);
        Group gb = GROUP_OF_WORD.get(b);
        if (ga != null && ga == gb) {
            return ga.reason() + ": " + ga.written();
        }
        Group shared = sharedGroup(a, b);
        if (shared != null) {
            return shared.reason() + ": " + shared.written();
        }
        if (ga != null && b.equals(ga.canonical()) || gb != null && a.equals(gb.canonical())) {
            Group g = ga != null ? ga : gb;
            return g.reason() + ": " + g.written();
        }
        // a word's second group named by the other word (ben, first son of in the Arabic table, is
        // short for Benjamin in the given names'; Benjamin's only group is the Hebrew table's, whose
        // canonical word is the same)
        Group a2 = SECOND_GROUP_OF_WORD.get(a);
        Group b2 = SECOND_GROUP_OF_WORD.get(b);
        if (a2 != null && b.equals(a2.canonical()) || b2 != null && a.equals(b2.canonical())) {
            Group g = a2 != null && b.equals(a2.canonical()) ? a2 : b2;
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
        String ta = Lexicon.TRANSLATIONS.get(a);
        String tb = Lexicon.TRANSLATIONS.get(b);
        if (ta != null && (ta.equals(b) || ta.equals(tb) || ta.equals(Lexicon.ABBREVIATIONS.get(b)))
                || tb != null && (tb.equals(a) || tb.equals(Lexicon.ABBREVIATIONS.get(a)))) {
            return "translation of a sector word: " + a + " = " + b;
        }
        String na = Lexicon.NUMBER_WORDS.get(a);
        String nb = Lexicon.NUMBER_WORDS.get(b);
        if (na != null && (na.equals(b) || na.equals(nb)) || nb != null && nb.equals(a)) {
            return "number written out: " + a + " = " + b;
        }
        return null;
    }

    /** A group both words are in when one of them is there as its second group (wong and wang). */
    private static Group sharedGroup(String a, String b) {
        Group a1 = GROUP_OF_WORD.get(a);
        Group a2 = SECOND_GROUP_OF_WORD.get(a);
        Group b1 = GROUP_OF_WORD.get(b);
        Group b2 = SECOND_GROUP_OF_WORD.get(b);
        if (a2 == null && b2 == null) {
            return null;
        }
        for (Group x : new Group[] {a1, a2}) {
            for (Group y : new Group[] {b1, b2}) {
                if (x != null && x == y) {
                    return x;
                }
            }
        }
        return null;
    }
}
