package dev.licit.screening.match;

import static dev.licit.screening.match.NameScorer.*;

import dev.licit.screening.match.NameScorer.Work;

/**
 * The bound on a name pair's score that lets a screen skip most candidates without pairing their
 * words ({@link NameScorer#valueAtLeast}): computed on the packed numbers of {@link PreparedName}
 * (hashes, lengths, letter sets, run keys), it is never below the score {@link NameScorer} gives,
 * which the fast-path tests hold it to on every golden pair. Split from {@code NameScorer}, which
 * scores a pair; this only says how high a score could be.
 */
final class ScoreBound {
    private ScoreBound() {}

    /**
     * A number no lower than the score of {@code q} against the listed reading whose numbers start at
     * {@code b[cb]}, computed without pairing the words.
     *
     * <p>Every word gets the highest similarity any pair of {@link NameScorer} could give it ({@code s},
     * 0 when no pair can hold it), tested loosely on hashes, lengths and letter sets so that it is
     * never too low. The matched weight is a sum over pairs of similarity times the words' weights,
     * so it is at most X = sum of s times weight over the words (a query word counted at the heaviest
     * listed weight it might take from a one-to-one partner); the total weight is at least the
     * matched part plus U, the weight of the words no pair can hold. The score is thus at most
     * X / (X + U), times each correction that is certain already: no distinctive listed word can be
     * matched strongly, or both sides name a place, or carry a number, that nothing can pair.
     */
    static double upperBound(PreparedName q, long[] b, int cb, Work w) {
        long[] a = q.packed;
        int qb = q.base;
        long header = b[cb + PreparedName.SIZE_INFO];
        int nq = q.size;
        int nc = sizeOf(header);
        w.resetBound(nq, nc);
        double[] sq = w.boundQ;
        double[] sc = w.boundC;
        for (int i = 0; i < nq; i++) {
            int oi = PreparedName.word(qb, i);
            for (int j = 0; j < nc; j++) {
                double sim = mayPair(a, oi, b, PreparedName.word(cb, j));
                if (q.cantonese && sim < CANTONESE_SIMILARITY && cantoneseMayPair(a, oi, b, PreparedName.word(cb, j))) {
                    sim = CANTONESE_SIMILARITY; // the Cantonese key is not among the hashes: assume it may agree
                }
                if (sim > 0) {
                    sq[i] = Math.max(sq[i], sim);
                    sc[j] = Math.max(sc[j], sim);
                }
            }
        }
        mayJoin(a, qb, q, sq, b, cb, sc);
        mayJoin(b, cb, null, sc, a, qb, sq);
        mayAbbreviate(a, qb, sq, b, cb, sc);
        mayAbbreviate(b, cb, sc, a, qb, sq);
        double heaviestListed = 0;
        for (int j = 0; j < nc; j++) {
            if (sc[j] > 0) {
                heaviestListed = Math.max(heaviestListed, weightOf(b[PreparedName.word(cb, j) + PreparedName.INFO]));
            }
        }
        double matchable = 0;
        double unmatchable = 0;
        boolean placeQ = false;
        boolean numberQ = false;
        for (int i = 0; i < nq; i++) {
            long info = a[PreparedName.word(qb, i) + PreparedName.INFO];
            double wi = weightOf(info);
            if (sq[i] > 0) {
                matchable += sq[i] * Math.max(wi, heaviestListed);
            } else {
                // padding may make an extra generic word count less (see align): bound it low
                unmatchable += kindOf(info) == GENERIC ? wi * PADDING_FACTOR : wi;
                placeQ |= kindOf(info) == LOCATION;
                numberQ |= kindOf(info) == NUMBER;
            }
        }
        boolean placeC = false;
        boolean numberC = false;
        boolean distinctiveC = false;
        boolean distinctiveCMayMatch = false;
        for (int j = 0; j < nc; j++) {
            long info = b[PreparedName.word(cb, j) + PreparedName.INFO];
            double wj = weightOf(info);
            int kind = kindOf(info);
            if (kind == NAME || kind == NUMBER) {
                distinctiveC = true;
                distinctiveCMayMatch |= sc[j] >= STRONG;
            }
            if (sc[j] > 0) {
                matchable += sc[j] * wj;
            } else {
                unmatchable += wj;
                placeC |= kind == LOCATION;
                numberC |= kind == NUMBER;
            }
        }
        if (matchable == 0) {
            return 0;
        }
        double bound = matchable / (matchable + unmatchable);
        // middle names dropped (align): the unmatchable middle words of the longer name may count less
        double middle = nc > nq && sc[0] > 0 && sc[nc - 1] > 0
                ? unmatchableMiddle(b, cb, nc, sc)
                : nq > nc && sq[0] > 0 && sq[nq - 1] > 0 ? unmatchableMiddle(a, qb, nq, sq) : 0;
        if (middle > 0) {
            double dropped = matchable / (matchable + unmatchable - middle * (1 - MIDDLE_NAME_FACTOR));
            bound = Math.max(bound, Math.min(dropped, MIDDLE_NAME_CEILING));
        }
        // a father's names after the shorter name (align): every word of the shorter name must pair, and
        // any unmatchable word after the longer name's first may be one of them
        double trailing = nc > nq && sc[0] > 0 && allMatchable(a, qb, sq, nq)
                ? unmatchableAfterFirst(b, cb, nc, sc)
                : nq > nc && sq[0] > 0 && allMatchable(b, cb, sc, nc) ? unmatchableAfterFirst(a, qb, nq, sq) : 0;
        if (trailing > 0) {
            double dropped = matchable / (matchable + unmatchable - trailing * (1 - MIDDLE_NAME_FACTOR));
            bound = Math.max(bound, Math.min(dropped, TRAILING_NAMES_CEILING));
        }
        if (distinctiveC && !distinctiveCMayMatch) {
            bound *= NO_DISTINCTIVE_FACTOR;
        }
        if (placeQ && placeC) {
            bound *= PLACE_CONFLICT_FACTOR;
        }
        if (numberQ && numberC) {
            bound *= NUMBER_CONFLICT_FACTOR;
        }
        return bound;
    }

    /**
     * The weight of the words between the first and the last of a name of at most
     * {@value NameScorer#MIDDLE_NAME_WORDS} words that nothing can pair and that may be middle names.
     */
    private static double unmatchableMiddle(long[] packed, int base, int n, double[] s) {
        if (n > MIDDLE_NAME_WORDS) {
            return 0;
        }
        double middle = 0;
        for (int j = 1; j < n - 1; j++) {
            long info = packed[PreparedName.word(base, j) + PreparedName.INFO];
            int kind = kindOf(info);
            if (s[j] == 0 && (kind == NAME || kind == INITIAL || kind == STOP)) {
                middle += weightOf(info);
            }
        }
        return middle;
    }

    /** Whether every word of a name but its articles and particles (which may be left) may pair. */
    private static boolean allMatchable(long[] packed, int base, double[] s, int n) {
        for (int i = 0; i < n; i++) {
            if (s[i] == 0 && kindOf(packed[PreparedName.word(base, i) + PreparedName.INFO]) != STOP) {
                return false;
            }
        }
        return true;
    }

    /**
     * The weight of the words after the first of a name of at most {@value NameScorer#MIDDLE_NAME_WORDS}
     * words that nothing can pair and that may be a father's names.
     */
    private static double unmatchableAfterFirst(long[] packed, int base, int n, double[] s) {
        if (n > MIDDLE_NAME_WORDS) {
            return 0;
        }
        double trailing = 0;
        for (int j = 1; j < n; j++) {
            long info = packed[PreparedName.word(base, j) + PreparedName.INFO];
            int kind = kindOf(info);
            if (s[j] == 0 && (kind == NAME || kind == INITIAL || kind == STOP)) {
                trailing += weightOf(info);
            }
        }
        return trailing;
    }

    /** {@link #upperBound} of two prepared readings; the listed one from {@link PreparedName#all}. */
    static double upperBound(PreparedName query, PreparedName listed, Work w) {
        if (!listed.runKeysPacked) {
            throw new IllegalArgumentException("the listed reading must be prepared with PreparedName.all");
        }
        if (query.size == 0 || listed.size == 0) {
            return 0;
        }
        return upperBound(query, listed.packed, listed.base, w);
    }

    static int sizeOf(long header) {
        return (int) header & 0xFFFF;
    }

    private static int longestKeyOf(long header) {
        return (int) (header >>> 16) & 0xFFFF;
    }

    private static int acronymWordsOf(long header, int withForms) {
        return (int) (header >>> (withForms == 0 ? 32 : 48)) & 0xFFFF;
    }

    private static double weightOf(long info) {
        return WEIGHT_OF_KIND[kindOf(info)];
    }

    private static int kindOf(long info) {
        return (int) (info & 7);
    }

    private static boolean flag(long info, int bit) {
        return (info & (1L << bit)) != 0;
    }

    private static int keyLength(long info) {
        return (int) (info >>> 7) & 0xFFFF;
    }

    private static int surfaceLength(long info) {
        return (int) (info >>> 23) & 0xFFFF;
    }

    private static int firstChar(long info) {
        return (int) (info >>> 39) & 0xFFFF;
    }

    private static int phoneticBits(long info) {
        return (int) (info >>> 55) & 0xFF;
    }

    private static int low(long v) {
        return (int) v;
    }

    private static int high(long v) {
        return (int) (v >>> 32);
    }

    /** Whether two words are of kinds {@link NameScorer} may pair by the Cantonese key. */
    private static boolean cantoneseMayPair(long[] a, int oa, long[] b, int ob) {
        int ka = kindOf(a[oa + PreparedName.INFO]);
        int kb = kindOf(b[ob + PreparedName.INFO]);
        return ka != FORM
                && kb != FORM
                && ka != INITIAL
                && kb != INITIAL
                && ka != NUMBER
                && kb != NUMBER
                && ka != STOP
                && kb != STOP;
    }

    /**
     * The highest similarity {@link NameScorer} (or the legal-form test) might give these words, 0 when
     * it certainly pairs them not: never lower than what it gives.
     */
    private static double mayPair(long[] a, int oa, long[] b, int ob) {
        long ia = a[oa + PreparedName.INFO];
        long ib = b[ob + PreparedName.INFO];
        int ka = kindOf(ia);
        int kb = kindOf(ib);
        if ((ka == FORM) != (kb == FORM)) {
            return 0;
        }
        if (low(a[oa + PreparedName.KEY_HASHES]) == low(b[ob + PreparedName.KEY_HASHES])) {
            return 1.0; // perhaps the same key
        }
        long ea = a[oa + PreparedName.EQUIVALENT_HASH];
        long eb = b[ob + PreparedName.EQUIVALENT_HASH];
        if (ea != 0
                && eb != 0
                && ka != FORM
                && (ea == eb || low(ea) == high(eb) || high(ea) == low(eb) || high(ea) == high(eb))) {
            return 1.0; // perhaps equivalent words (either of a word's two groups)
        }
        if (ka == FORM) {
            return 0;
        }
        if (ka == INITIAL || kb == INITIAL) {
            if ((ka == NUMBER || kb == NUMBER) && "ivx".indexOf(firstChar(ka == INITIAL ? ia : ib)) >= 0) {
                return ROMAN_LETTER_SIMILARITY; // the letter may write the number (Equivalents.romanLetter)
            }
            // against a stop word the initial may stand for its written form, not its key (ur, keyed al)
            return ka != kb
                            && (firstChar(ia) == firstChar(ib)
                                    || keyLength(ka == INITIAL ? ia : ib) == 0
                                    || ka == STOP
                                    || kb == STOP)
                    ? NameScorer.INITIAL_SIMILARITY
                    : 0;
        }
        if (ka == NUMBER || kb == NUMBER || ka == STOP || kb == STOP) {
            return 0;
        }
        // The keys differ from here on (their hashes do). The romanisation tests compare hashes, which
        // may agree by chance, so every test that might pass counts, not only the first.
        double ceiling = 0;
        long ra = a[oa + PreparedName.ROMANISATION_HASHES];
        long rb = b[ob + PreparedName.ROMANISATION_HASHES];
        if ((flag(ia, 4) || flag(ib, 4)) && low(ra) == low(rb)) {
            ceiling = 0.9; // a syllable of two letters packs its shortKey's hash (Ze against Tse)
        }
        if (flag(ia, 5)
                && high(ra) == high(rb)
                && (flag(ia, 3)
                        || flag(ib, 3)
                        || keyLength(ia) <= LATIN_KOREAN_LENGTH && keyLength(ib) <= LATIN_KOREAN_LENGTH)) {
            ceiling = Math.max(ceiling, 0.88); // Hangul on a side, or two short Latin words (LATIN_KOREAN_SIMILARITY)
        }
        // different keys are at least one edit apart; then spellings alike though the keys are not
        ceiling = Math.max(
                ceiling,
                typoCeiling(
                        keyLength(ia), keyLength(ib), a[oa + PreparedName.KEY_MASK], b[ob + PreparedName.KEY_MASK]));
        ceiling = Math.max(
                ceiling,
                typoCeiling(
                        surfaceLength(ia),
                        surfaceLength(ib),
                        a[oa + PreparedName.SURFACE_MASK],
                        b[ob + PreparedName.SURFACE_MASK]));
        if (flag(ia, 6) && phoneticBits(ia) == phoneticBits(ib) && firstChar(ia) == firstChar(ib)) {
            ceiling = Math.max(ceiling, 0.7);
        }
        long ru = a[oa + PreparedName.RU_HASH];
        long rub = b[ob + PreparedName.RU_HASH];
        if (high(ru) != 0 && high(ru) == high(rub)) {
            ceiling = Math.max(ceiling, SKELETON_SIMILARITY); // Latin spellings of an Arabic name (Qadhafi, Gaddafi)
        }
        if (low(ru) != 0 && low(ru) == low(rub)) {
            ceiling = Math.max(ceiling, RUSSIAN_SIMILARITY);
        }
        if (flag(ia, 63) || flag(ib, 63)) {
            ceiling = Math.max(ceiling, SKELETON_SIMILARITY); // not tested here: rare, and cheap to pair
        }
        return ceiling;
    }

    /**
     * The highest typo similarity two words of lengths {@code la} and {@code lb} and letter sets
     * {@code maskA} and {@code maskB} could have (1 - 1/length, as {@code NameScorer}'s typo test gives
     * one edit), or 0 when they cannot be a typo apart: shorter than four letters, or more edits apart
     * than allowed (one up to five letters, two beyond) by their lengths or letters.
     */
    private static double typoCeiling(int la, int lb, long maskA, long maskB) {
        if (la < 4 || lb < 4) {
            return 0;
        }
        int max = Math.max(la, lb);
        int allowed = max <= 5 ? 1 : 2;
        return Math.abs(la - lb) <= allowed && EditDistance.mayBeWithin(maskA, maskB, allowed) ? 1.0 - 1.0 / max : 0;
    }

    /**
     * Marks (similarity 1) the runs of one side and the words of the other that {@link RunPairs#joined}
     * might pair. The run side's romanisation keys come from {@code runName} when given (a query
     * computes them when first needed), else from the numbers (a listed reading has them up front).
     */
    private static void mayJoin(
            long[] r, int rb, PreparedName runName, double[] markRun, long[] s, int sb, double[] markSingle) {
        long runHeader = r[rb + PreparedName.SIZE_INFO];
        long singleHeader = s[sb + PreparedName.SIZE_INFO];
        int runSize = sizeOf(runHeader);
        int singleSize = sizeOf(singleHeader);
        int longest = longestKeyOf(singleHeader);
        int k = 0;
        for (int i = 0; i < runSize; i++) {
            int runs = Math.max(0, Math.min(PreparedName.MAX_RUN - 1, runSize - 1 - i));
            int first = k;
            k += runs; // the runs of the next word start here, whichever of these are looked at
            boolean runHangul = flag(r[PreparedName.word(rb, i) + PreparedName.INFO], 3);
            for (int len = 2; len <= runs + 1; len++) {
                int run = first + len - 2;
                int o = PreparedName.runAt(rb, runSize, run);
                long info = r[o + PreparedName.RUN_INFO];
                int jl = (int) (info >>> 16) & 0xFFFF;
                if ((info & 1) == 0 || jl - 2 > longest) {
                    break; // no run, or runs from here on are too long for any word of the other side
                }
                if ((s[sb + PreparedName.KEY_LENGTHS] & PreparedName.keyLengthsNear(jl)) == 0) {
                    continue; // no word of the other side has a key of about this length
                }
                int hash = high(info);
                for (int j = 0; j < singleSize; j++) {
                    int oj = PreparedName.word(sb, j);
                    long sInfo = s[oj + PreparedName.INFO];
                    int sl = keyLength(sInfo);
                    if (kindOf(sInfo) == FORM || sl < jl - 2 || sl > jl + 2) {
                        continue;
                    }
                    long hashes = s[oj + PreparedName.KEY_HASHES];
                    long roman = s[oj + PreparedName.ROMANISATION_HASHES];
                    boolean possible = high(hashes) == hash
                            || low(hashes) == hash
                            || (len == 2
                                    && kindOf(sInfo) == NAME
                                    && "aeiou".indexOf(firstChar(sInfo)) >= 0 // its consonant key starts as al-'s
                                    && RunPairs.leadingArticleHash(
                                            high(r[PreparedName.word(rb, i) + PreparedName.KEY_HASHES])))
                            || (jl >= 6
                                    && Math.abs(surfaceLength(sInfo) - jl) <= 1
                                    && EditDistance.mayBeWithin(
                                            s[oj + PreparedName.SURFACE_MASK], r[o + PreparedName.RUN_MASK], 1))
                            || (jl >= RunPairs.LONG_RUN
                                    && Math.abs(surfaceLength(sInfo) - jl) <= 2
                                    && EditDistance.mayBeWithin(
                                            s[oj + PreparedName.SURFACE_MASK], r[o + PreparedName.RUN_MASK], 2))
                            || (flag(sInfo, 4)
                                    && low(roman)
                                            == (runName != null
                                                    ? runName.joinedZh(run).hashCode()
                                                    : low(r[o + PreparedName.RUN_KEYS])))
                            || (flag(sInfo, 5)
                                    && (flag(sInfo, 3) || runHangul)
                                    && high(roman)
                                            == (runName != null
                                                    ? runName.joinedKo(run).hashCode()
                                                    : high(r[o + PreparedName.RUN_KEYS])));
                    if (possible) {
                        markSingle[j] = 1.0;
                        for (int m = i; m < i + len; m++) {
                            markRun[m] = 1.0;
                        }
                    }
                }
            }
        }
    }

    /**
     * Marks (similarity {@value NameScorer#ACRONYM_SIMILARITY}) the words of the short side that might be
     * acronyms of words of the long side, and all the words such an acronym might stand for (its
     * letters all occur among the initials).
     */
    private static void mayAbbreviate(long[] s, int sb, double[] markShort, long[] l, int lb, double[] markLong) {
        long shortHeader = s[sb + PreparedName.SIZE_INFO];
        long longHeader = l[lb + PreparedName.SIZE_INFO];
        int shortSize = sizeOf(shortHeader);
        int longSize = sizeOf(longHeader);
        for (int withForms = 0; withForms < 2; withForms++) {
            if (acronymWordsOf(longHeader, withForms) < 2) {
                continue;
            }
            long initials = l[lb + (withForms == 0 ? PreparedName.ACRONYM_MASK : PreparedName.ACRONYM_MASK_WITH_FORMS)];
            boolean any = false;
            for (int i = 0; i < shortSize; i++) {
                int oi = PreparedName.word(sb, i);
                long info = s[oi + PreparedName.INFO];
                int kind = kindOf(info);
                int length = surfaceLength(info);
                if (kind == FORM
                        || kind == STOP
                        || length < 2
                        || length > 6
                        || (s[oi + PreparedName.SURFACE_MASK] & ~initials) != 0) {
                    continue;
                }
                markShort[i] = Math.max(markShort[i], ACRONYM_SIMILARITY);
                any = true;
            }
            if (any) {
                // every word whose initial an acronym may use (see PreparedName's acronym words)
                for (int j = 0; j < longSize; j++) {
                    long info = l[PreparedName.word(lb, j) + PreparedName.INFO];
                    int kind = kindOf(info);
                    if (kind != STOP && (withForms == 1 || kind != FORM) && surfaceLength(info) > 0) {
                        markLong[j] = Math.max(markLong[j], ACRONYM_SIMILARITY);
                    }
                }
            }
        }
    }
}
