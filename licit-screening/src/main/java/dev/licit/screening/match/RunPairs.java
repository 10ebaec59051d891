package dev.licit.screening.match;

import static dev.licit.screening.match.NameScorer.*;

import dev.licit.screening.match.NameScorer.Work;
import dev.licit.screening.normalize.ArabicLatinKey;
import dev.licit.screening.normalize.ArabicSpelling;
import dev.licit.screening.normalize.Skeleton;
import dev.licit.screening.normalize.TokenKind;

/**
 * The pairs {@link NameScorer} offers besides word against word: a run of two to four words on one
 * side written as one word on the other ("Hua Wei" and Huawei, "Siemens AG" and SiemensAG, an
 * Arabic article and its noun against one Latin word), and a short word that is the other side's
 * initials (an acronym). Each is added to the scorer's candidate pairs ({@code Work.pair}) with its
 * similarity and how it matched; the scorer chooses among all of them. Split from {@code NameScorer}.
 */
final class RunPairs {
    private RunPairs() {}

    /** A run written as one word this long or longer may differ from it by two letters. */
    static final int LONG_RUN = 10;
    /** How alike a long run and a word two letters apart are: a typo's, below the one-letter run's 0.9. */
    static final double TWO_SLIP_RUN_SIMILARITY = 0.85;

    /** Runs of 2-4 words on one side written as one word on the other. */
    static void joined(PreparedName run, PreparedName single, boolean swapped, Work w) {
        for (int i = 0; i < run.size; i++) {
            for (int len = 2; len <= PreparedName.MAX_RUN && i + len <= run.size; len++) {
                int k = run.run(i, len);
                String joined = run.joined[k];
                if (joined == null) {
                    break; // a run of legal forms alone is not a name ("co ltd" against "coltd")
                }
                int jl = joined.length();
                if (jl - 2 > single.longestKey) {
                    break; // this run and the longer ones are too long for any word of the other side
                }
                boolean abjadRun = abjadRun(run, i, len);
                String articleKey = abjadRun ? "" : articleRunKey(run, i, len);
                for (int j = 0; j < single.size; j++) {
                    int sl = single.key[j].length();
                    if (single.kind[j] == TokenKind.FORM) {
                        continue;
                    }
                    if (!articleKey.isEmpty()
                            && !single.abjad[j]
                            && (run.arabicLooking || single.arabicLooking)
                            && articleKey.equals(ArabicLatinKey.key(single.key[j]))) {
                        // Salah al-Din written in one word (Salahuddin, Salaheddine); Abd al-Rahman
                        // (Abdurrahman): the same consonants once the article's are set aside. Counted
                        // with the Latin consonant pairs, held at POSSIBLE unless other words carry it
                        if (swapped) {
                            w.pair(single, j, 1, run, i, len, SKELETON_SIMILARITY, MatchKind.SKELETON);
                        } else {
                            w.pair(run, i, len, single, j, 1, SKELETON_SIMILARITY, MatchKind.SKELETON);
                        }
                        continue;
                    }
                    if (abjadRun && !single.abjad[j] && sl >= jl - 2 && sl <= jl + 2) {
                        // آخوند زاده (akhwnd zadh) is Akhunzada: as long as the run, its long vowels written
                        joinedSkeleton(run, i, len, joined, single, j, swapped, w);
                    }
                    if (sl < jl - 2 || sl > jl + 2) {
                        // an abjad run is written without its short vowels, so its Latin word is longer:
                        // هدايت الله (hdayt allh) is Hidayatullah, صلاح الدين (slah aldyn) Salahuddin
                        if (abjadRun && !single.abjad[j] && sl > jl + 2 && sl <= 2 * jl) {
                            joinedSkeleton(run, i, len, joined, single, j, swapped, w);
                        }
                        continue;
                    }
                    double sim = 0;
                    String surface = single.surface[j];
                    if (surface.equals(joined) || single.key[j].equals(joined)) {
                        sim = 1.0;
                    } else if (!single.zhKey[j].isEmpty()) {
                        if (single.zhKey[j].equals(run.joinedZh(k))) {
                            sim = 0.9;
                        }
                    }
                    if (sim == 0
                            && !single.koKey[j].isEmpty()
                            && (single.hangul[j] || run.hangul[i])
                            && single.koKey[j].equals(run.joinedKo(k))) {
                        sim = 0.88;
                    }
                    // a typo across a run, but not one that glues an initial to a name: "I. Bayaltun"
                    // is one letter from "Bayaltun" only by dropping the initial, which must pair
                    // with a given name of its own
                    if (sim == 0
                            && jl >= 6
                            && gluable(run.kind[i])
                            && gluable(run.kind[i + len - 1])
                            && Math.abs(surface.length() - jl) <= 1
                            && EditDistance.mayBeWithin(single.surfaceMask[j], run.joinedMask[k], 1)
                            && EditDistance.bounded(surface, joined, 1, w.rows) <= 1) {
                        sim = 0.9;
                    }
                    // two slips across a long run (Mozafari-Niya, Mozaffarinia: a doubled letter and a
                    // vowel written as y), weaker than one; the first and last letters alike, so that a
                    // word of two letters more or less at either end (C.I. Okcoffee, Okcoffee) is not one
                    if (sim == 0
                            && jl >= LONG_RUN
                            && twoSlipsMayJoin(run, i, len, single, j)
                            && Math.abs(surface.length() - jl) <= 2
                            && surface.charAt(0) == joined.charAt(0)
                            && surface.charAt(surface.length() - 1) == joined.charAt(jl - 1)
                            && EditDistance.mayBeWithin(single.surfaceMask[j], run.joinedMask[k], 2)
                            && EditDistance.bounded(surface, joined, 2, w.rows) <= 2) {
                        sim = TWO_SLIP_RUN_SIMILARITY;
                    }
                    if (sim == 0 && abjadRun && !single.abjad[j]) {
                        joinedSkeleton(run, i, len, joined, single, j, swapped, w);
                        continue;
                    }
                    // the article apart and its noun respelt against one word (Al Usta, Elosta; Al Masri,
                    // Elmasry): the same consonants, the article's vowel and the noun's own aside. Held at
                    // POSSIBLE with the Latin consonant pairs, as the key drops every vowel
                    if (sim == 0
                            && len == 2
                            && !abjadRun
                            && !single.abjad[j]
                            && (run.arabicLooking || single.arabicLooking)
                            && LEADING_ARTICLES.contains(run.key[i])
                            && run.kind[i + 1] == TokenKind.NAME
                            && single.kind[j] == TokenKind.NAME) {
                        String key = ArabicLatinKey.key(joined);
                        if (!key.isEmpty() && key.equals(ArabicLatinKey.key(single.key[j]))) {
                            sim = SKELETON_SIMILARITY;
                            if (swapped) {
                                w.pair(single, j, 1, run, i, len, sim, MatchKind.SKELETON);
                            } else {
                                w.pair(run, i, len, single, j, 1, sim, MatchKind.SKELETON);
                            }
                            continue;
                        }
                    }
                    if (sim > 0) {
                        if (swapped) {
                            w.pair(single, j, 1, run, i, len, sim, MatchKind.JOINED);
                        } else {
                            w.pair(run, i, len, single, j, 1, sim, MatchKind.JOINED);
                        }
                    }
                }
            }
        }
    }

    /** The Arabic article as Latin spellings write it before a name, apart or joined (Al Masri, Elmasry). */
    private static final java.util.Set<String> LEADING_ARTICLES = java.util.Set.of("al", "el", "ul");

    /**
     * Whether a word's key hash is one of {@link #LEADING_ARTICLES}'s: the quick bound's test, on
     * hashes, of a run that the article rule of {@link #joined} might pair (loose: a hash may agree by chance).
     */
    static boolean leadingArticleHash(int keyHash) {
        return keyHash == "al".hashCode() || keyHash == "el".hashCode() || keyHash == "ul".hashCode();
    }

    /** The Arabic article in the middle of a Latin name of three words (Salah al-Din, Shams ud-Din). */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of(
            "al", "el", "ul", "ad", "ud", "ed", "ar", "ur", "er", "as", "us", "es", "ash", "ush", "an", "un", "en",
            "az", "uz", "ez", "at", "ut", "et", "ath", "uth", "adh", "udh");

    /**
     * The Arabic Latin key of a run of Latin words that writes one Arabic name with its article apart,
     * or "" when the run is not one: three words, the middle one an article, the outer two joined
     * without it (salah al din: salahdin, sldn); or two words, the second the article assimilated to
     * the word it starts (salah eddine, abdul rahman is not one: a vowel then a doubled consonant).
     */
    private static String articleRunKey(PreparedName run, int i, int len) {
        if (len == 3
                && !run.abjad[i]
                && !run.abjad[i + 2]
                && ARTICLES.contains(run.key[i + 1])
                && run.kind[i] == TokenKind.NAME
                && run.kind[i + 2] == TokenKind.NAME) {
            return ArabicLatinKey.key(run.key[i] + run.key[i + 2]);
        }
        if (len == 2
                && !run.abjad[i]
                && !run.abjad[i + 1]
                && run.kind[i] == TokenKind.NAME
                && run.kind[i + 1] == TokenKind.NAME
                && assimilatedArticle(run.key[i + 1])) {
            return ArabicLatinKey.key(run.key[i] + run.key[i + 1]);
        }
        return "";
    }

    /** eddine, uddin, urrahman: a vowel, then a doubled consonant (the article's l become the next letter). */
    private static boolean assimilatedArticle(String word) {
        return word.length() >= 5
                && "aeiou".indexOf(word.charAt(0)) >= 0
                && "aeiou".indexOf(word.charAt(1)) < 0
                && word.charAt(1) == word.charAt(2);
    }

    /** Whether no word of a pair's side ({@code pool[from .. from + n)}) was written in an abjad. */
    static boolean latinOnly(PreparedName n, int from, int len, Work w) {
        for (int m = 0; m < len; m++) {
            if (n.abjad[w.pool[from + m]]) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word of a run was transliterated from one abjad (all Arabic script, or all Hebrew). */
    private static boolean abjadRun(PreparedName run, int i, int len) {
        for (int k = i; k < i + len; k++) {
            if (!run.abjad[k] || run.hebrew[k] != run.hebrew[i] || !gluable(run.kind[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * An abjad run written as one Latin word pairs when their consonant skeletons agree, at the
     * similarity of a word's skeleton, and only with a skeleton of three consonants or more. Inside
     * the run the article's l may be unwritten, as Latin spellings assimilate it (الدين, aldyn, in
     * Salahuddin).
     */
    private static void joinedSkeleton(
            PreparedName run, int i, int len, String joined, PreparedName single, int j, boolean swapped, Work w) {
        int consonants = Skeleton.same(joined, true, run.hebrew[i], single.key[j], false, false);
        if (consonants < Skeleton.FULL_LENGTH && !run.hebrew[i]) {
            StringBuilder assimilated = new StringBuilder(run.key[i]);
            for (int k = i + 1; k < i + len; k++) {
                String key = run.key[k];
                assimilated.append(key.length() > 3 && key.startsWith("al") ? "a" + key.substring(2) : key);
            }
            consonants = Skeleton.same(assimilated.toString(), true, false, single.key[j], false, false);
        }
        if (consonants < Skeleton.FULL_LENGTH && (run.hebrew[i] || !ArabicSpelling.spells(joined, single.key[j]))) {
            return;
        }
        if (swapped) {
            w.pair(single, j, 1, run, i, len, SKELETON_SIMILARITY, MatchKind.JOINED);
        } else {
            w.pair(run, i, len, single, j, 1, SKELETON_SIMILARITY, MatchKind.JOINED);
        }
    }

    /** A word of 2-6 letters equal to the initials of a run of words on the other side. */
    static void acronyms(PreparedName shortSide, PreparedName longSide, boolean swapped, Work w) {
        if (PairingChecks.personLike(longSide) && !PairingChecks.organisation(longSide)) {
            // a person is not known by initials run together: AMI (아미, of 주식회사 아미반도체) is no
            // acronym of AHMADI MOGHADAM, Ismail; an organisation whose words are all names is (IRGC)
            return;
        }
        for (int withForms = 0; withForms < 2; withForms++) {
            int[] idx = withForms == 0 ? longSide.acronymWords : longSide.acronymWordsWithForms;
            if (idx.length < 2) {
                continue;
            }
            String all = withForms == 0 ? longSide.acronymInitials : longSide.acronymInitialsWithForms;
            for (int i = 0; i < shortSide.size; i++) {
                TokenKind kind = shortSide.kind[i];
                String k = shortSide.surface[i];
                if (kind == TokenKind.FORM || kind == TokenKind.STOP || k.length() < 2 || k.length() > 6) {
                    continue;
                }
                int at = all.indexOf(k);
                if (at < 0) {
                    continue;
                }
                // an acronym is evidence, not proof: it never scores as high as the words themselves; it is
                // ranked by the short word alone, so that the long words pair with their equals first and
                // the acronym only explains words nothing else explains
                double sim = ACRONYM_SIMILARITY;
                double value = sim * shortSide.weight[i];
                if (swapped) {
                    w.acronym(idx, at, k.length(), i, true, sim, value);
                } else {
                    w.acronym(idx, at, k.length(), i, false, sim, value);
                }
            }
        }
    }

    /**
     * Whether a run may pair with a word two letters from it: names in Latin letters on both sides, every
     * word of the run and the word itself a name. A place or a sector word in the run (Beijing Siyuan)
     * would carry most of the letters, and two slips in what is left make another name (Beijingfuyuan,
     * 北京富远, is not Beijing Siyuan); syllables read from Han characters differ by a letter or two
     * between two different names.
     */
    private static boolean twoSlipsMayJoin(PreparedName run, int i, int len, PreparedName single, int j) {
        if (single.kind[j] != TokenKind.NAME
                || !run.name.reading().equals("latin")
                || !single.name.reading().equals("latin")) {
            return false;
        }
        for (int m = i; m < i + len; m++) {
            if (run.kind[m] != TokenKind.NAME) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word at the edge of a run may be one typo away from being part of a listed word. */
    private static boolean gluable(TokenKind kind) {
        return kind != TokenKind.INITIAL && kind != TokenKind.NUMBER;
    }
}
