package dev.licit.screening.normalize;

/**
 * Consonant skeletons: Arabic, Persian and Hebrew are written without short vowels, so a
 * transliterated word ("hsyn" for حسين, "spyr" for שפירא) has the consonants of its Latin spelling
 * (Hussein, Shapiro) and few of its vowels. Two words have the same skeleton when, vowels and the
 * semivowels w, y and v dropped, doubled letters written once, the Latin digraphs kh, sh, th, dh, gh
 * read as one letter and q, c as k, their consonants agree. The Arabic article written onto a word
 * (التكريتي, "altkryty") is dropped, as the Latin spelling writes it apart (al-Tikriti).
 *
 * <p>Only a word of one of these scripts is compared this way, and only when its skeleton has at
 * least two consonants; two-consonant skeletons ("mr": Omar, Amir, Amer) say little, so the scorer
 * counts them as weak matches, and the common short names are in the equivalence tables instead. An
 * Arabic-script word against a Latin one is also spelt out letter by letter ({@link ArabicSpelling}),
 * which decides a short skeleton's pair either way.
 */
public final class Skeleton {
    /** Skeletons this long or longer pair as a full match; two consonants pair as a weak one. */
    public static final int FULL_LENGTH = 3;

    private static final int MIN_LENGTH = 2;

    private Skeleton() {}

    /** Whether words transliterated from script {@code origin} (a script name, as tokens carry it) are abjad words. */
    public static boolean isAbjad(String origin) {
        return switch (origin) {
            case "arabic", "hebrew", "syriac", "thaana" -> true;
            default -> false;
        };
    }

    /**
     * The number of consonants two keys share when they have the same skeleton, one at least
     * transliterated from an abjad script, else 0.
     * Hebrew transliterations keep "h" after a consonant (כהן, khn, is Cohen), so a Hebrew word is
     * read without Latin digraphs; an Arabic word's final "t" or "h" (ta marbuta: فاطمة, fatmt) may be
     * left unwritten in Latin (Fatima).
     */
    public static int same(String a, boolean abjadA, boolean hebrewA, String b, boolean abjadB, boolean hebrewB) {
        if (!abjadA && !abjadB) {
            return 0;
        }
        String sa = of(a, !hebrewA);
        String sb = of(b, !hebrewB);
        if (hebrewA != hebrewB && (hebrewA ? !abjadB : !abjadA)) {
            // a Hebrew word against a Latin one: the Hebrew letters that Latin spells two ways
            String latin = hebrewA ? sb : sa;
            if (latin.length() >= MIN_LENGTH) {
                for (String v : hebrewReadings(hebrewA ? sa : sb)) {
                    if (v.equals(latin)) {
                        return latin.length();
                    }
                }
            }
            return 0;
        }
        if (sa.length() < MIN_LENGTH || sb.length() < MIN_LENGTH) {
            return 0;
        }
        boolean same = sa.equals(sb)
                || abjadA && withoutTaMarbuta(sa).equals(sb)
                || abjadB && withoutTaMarbuta(sb).equals(sa);
        return same ? Math.min(sa.length(), sb.length()) : 0;
    }

    private static String withoutTaMarbuta(String skeleton) {
        char last = skeleton.charAt(skeleton.length() - 1);
        return skeleton.length() > FULL_LENGTH && (last == 't' || last == 'h')
                ? skeleton.substring(0, skeleton.length() - 1)
                : skeleton;
    }

    /**
     * The skeletons under which the candidate index may hold the Latin spellings of an abjad word:
     * its own, and without a final ta marbuta; none shorter than two consonants.
     */
    public static java.util.List<String> lookups(String word, boolean hebrew) {
        if (hebrew) {
            return hebrewReadings(of(word, false));
        }
        String sk = of(word, !hebrew);
        if (sk.length() < MIN_LENGTH) {
            return java.util.List.of();
        }
        String without = withoutTaMarbuta(sk);
        return without.equals(sk) ? java.util.List.of(sk) : java.util.List.of(sk, without);
    }

    /** At most this many readings of one Hebrew skeleton. */
    private static final int MAX_HEBREW_READINGS = 32;

    /**
     * The Latin skeletons a Hebrew word's skeleton may stand for: ב is b or v (and v is no consonant
     * in a Latin skeleton: Avraham, brhm against אברהם), פ is p or f (Yosef), ח is h or the kh/ch of
     * Latin (Mizrachi, Mizrahi), צ is also tz or ts (פרץ, Peretz), and a final ה is mostly a vowel
     * (משה, Moshe). Only readings of two
     * consonants or more, the word's own first.
     */
    static java.util.List<String> hebrewReadings(String skeleton) {
        java.util.List<String> readings = new java.util.ArrayList<>();
        readings.add("");
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            String[] options = switch (c) {
                case 'b' -> new String[] {"b", ""};
                case 'p' -> new String[] {"p", "f"};
                case 'z' -> new String[] {"z", "tz", "ts"};
                case 'h' -> i == skeleton.length() - 1 ? new String[] {"h", "", "k"} : new String[] {"h", "k"};
                default -> new String[] {String.valueOf(c)};
            };
            java.util.List<String> next = new java.util.ArrayList<>();
            for (String r : readings) {
                for (String o : options) {
                    if (next.size() < MAX_HEBREW_READINGS) {
                        next.add(r + o);
                    }
                }
            }
            readings = next;
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String r : readings) {
            if (r.length() >= MIN_LENGTH) {
                out.add(r);
            }
        }
        return java.util.List.copyOf(out);
    }

    /** The skeleton of a folded word; {@code digraphs} reads kh, sh, th, dh, gh, ch, zh, ph as one letter. */
    public static String of(String word, boolean digraphs) {
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String s = letters.toString();
        if (s.length() > 4 && (s.startsWith("al") || s.startsWith("el"))) {
            s = s.substring(2);
        }
        StringBuilder out = new StringBuilder(s.length());
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = previous;
            previous = c;
            if (digraphs && c == 'h' && "kstdgzcp".indexOf(before) >= 0) {
                // the h of a digraph is no letter of its own: an h after it is (شهاب, shhab: sh, h, b)
                previous = 0;
                continue;
            }
            // a doubled letter is written once (Arabic marks it with a sign transliteration drops);
            // the same consonant again after a vowel is another letter (Manan: m, n, n)
            if (c == before) {
                continue;
            }
            char m = switch (c) {
                case 'q', 'c' -> 'k';
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'v' -> 0;
                default -> c;
            };
            if (m != 0) {
                out.append(m);
            }
        }
        return out.toString();
    }
}
