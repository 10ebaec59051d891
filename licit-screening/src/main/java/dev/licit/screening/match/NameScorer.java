package dev.licit.screening.match;

import static dev.licit.screening.match.PairingChecks.*;

import dev.licit.screening.normalize.ArabicLatinKey;
import dev.licit.screening.normalize.ArabicSpelling;
import dev.licit.screening.normalize.CantoneseReading;
import dev.licit.screening.normalize.ChineseRomanization;
import dev.licit.screening.normalize.Equivalents;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.RussianRomanization;
import dev.licit.screening.normalize.Skeleton;
import dev.licit.screening.normalize.ThaiRomanization;
import dev.licit.screening.normalize.Token;
import dev.licit.screening.normalize.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two name readings word by word, independent of word order.
 *
 * <p>Candidate pairs are collected first: every word against every word (exact, romanisation
 * variant, typo, sound, initial), runs of two to four words against one word both ways (spacing:
 * "HuaweiTechnologies", "Hua Wei"), and a short word against the initials of a run ("SMIC"). They
 * are then chosen greedily, best weighted similarity first, each word used once.
 *
 * <p>The score is a weighted Dice coefficient: matched weight on both sides over total weight on
 * both sides, where a word's weight is that of its {@link TokenKind}. Missing or extra legal forms
 * thus cost almost nothing, an extra generic word costs a little and an unexplained distinctive
 * word costs a lot. Three corrections follow, each reported in the notes:
 * <ul>
 *   <li>if either side has distinctive words and none of them is matched, the score is scaled by
 *       {@value #NO_DISTINCTIVE_FACTOR} (shared generic words and places alone do not make a hit);
 *   <li>if both sides name a place the other lacks ("Huawei Cloud Singapore" against "Huawei Cloud
 *       Hong Kong"), by {@value #PLACE_CONFLICT_FACTOR};
 *   <li>if both sides carry different numbers, by {@value #NUMBER_CONFLICT_FACTOR}.
 * </ul>
 *
 * <p>Speed: both names come {@linkplain PreparedName prepared} (word arrays, joined runs and their
 * romanisation keys, initials, letter masks), the working arrays are kept per thread, and
 * {@link #value} computes the score without building the explanation, which {@link #score} adds for
 * the few comparisons whose result is shown. Both run the same arithmetic in the same order, so
 * they agree to the last bit. Stateless and thread-safe.
 */
public final class NameScorer {
    static final double NO_DISTINCTIVE_FACTOR = 0.6;
    static final double PLACE_CONFLICT_FACTOR = 0.75;
    /**
     * Different numbers usually mean different things (Fund IX and Fund XI, Series 2011-3 and
     * 2011-4, Unit 5 and Unit 6), however alike the rest: stricter than the other corrections.
     */
    static final double NUMBER_CONFLICT_FACTOR = 0.6;
    /**
     * When every distinctive word of the listed name is matched, the party's extra generic words
     * count this much of their weight: "X Global Trading Services Division" is X padded out, a way
     * to slip a listed name past a matcher, not another company.
     */
    static final double PADDING_FACTOR = 1.0 / 3;
    /**
     * One distinctive word alike but perhaps another name (Lukas Brenner, Lukas Bremer; see
     * {@link PairingChecks#anotherWordPair}): the name is still reported, as a typo it may be, but not as sure:
     * the score is held below the default MATCH threshold (0.85) and above POSSIBLE (0.70).
     */
    static final double ANOTHER_WORD_CEILING = 0.8;
    /**
     * An initial left unpaired while the other side has a name left unpaired, in a person's name
     * ({@link PairingChecks#initialConflict}): the initial would have paired with a name of its letter, so it
     * stands for another given name (Q. Fernandez De Luna against Jesus Fernandez De Luna), another
     * person most often.
     */
    static final double INITIAL_CONFLICT_FACTOR = 0.85;
    /** Given and family names in the other order (see {@link PairingChecks#swappedNames}): reported, not as sure. */
    static final double SWAPPED_CEILING = 0.8;
    /** A given name of the tables left over on each side, two different names (see {@link PairingChecks#otherGivenName}). */
    static final double GIVEN_NAME_CONFLICT_FACTOR = 0.85;
    /** A surname of the tables left over on each side, two different ones (Kim Su-jin, Park Su Jin). */
    static final double FAMILY_NAME_CONFLICT_FACTOR = 0.85;
    /**
     * How much more than its weight a distinctive word of a listed company's name counts when the
     * party's name lacks it (see {@link #align}): Nova Technologies is not GENI NOVAS TECNOLOGIAS.
     */
    static final double MISSING_DISTINCTIVE_EXTRA = 1.0;

    /**
     * A name with a word paired by {@link ArabicLatinKey} (two Latin spellings, Qadhafi and Gaddafi)
     * is reported, not as sure: vowels are not written in the key, and other names share consonants.
     */
    static final double LATIN_SKELETON_CEILING = 0.84;

    /**
     * How much a middle name that the other name drops counts (see {@link PairingChecks#droppedMiddleWeight})
     * when the other name keeps at least half of this one's weight (Ayman Al-Zawahari, AIMAN MUHAMMED
     * RABI AL-ZAWAHIRI); the least any dropped name counts, which the quick bound assumes.
     */
    static final double MIDDLE_NAME_FACTOR = 0.35;
    /**
     * How much a dropped name counts when the other name keeps less than half of this one's weight:
     * a short name that is only the first and last of a long one (Abu Hasan, ABU-AL-KHAYR Muhammad
     * Abdallah Hasan) says less.
     */
    static final double MOST_NAMES_DROPPED_FACTOR = 0.5;
    /** The highest score that counting dropped middle names less may reach: POSSIBLE, not MATCH. */
    static final double MIDDLE_NAME_CEILING = 0.8;
    /**
     * The highest score that counting a father's names after the person's own less may reach (see
     * {@link PairingChecks#droppedTrailingWeight}): POSSIBLE, and below a dropped middle name's, as
     * a name that is only the first words of another says less than one that holds its first and last.
     */
    static final double TRAILING_NAMES_CEILING = 0.75;
    /**
     * The highest score of two company names that both carry a legal form and share none (see
     * {@link PairingChecks#formsDiffer}): below MATCH, as a company of the same name in another
     * country is another legal person (NAFTIRAN INTERTRADE CO. SARL, NAFTIRAN INTERTRADE CO. LIMITED).
     */
    static final double FORM_CONFLICT_CEILING = 0.84;

    /** What the alignment says of a title (Haji, Mullah): on one alias of a person and not another. */
    private static final String TITLE_WHY =
            "a title before a name, which one alias gives and another not: weighs as an article";

    private static final String MIDDLE_NAMES_NOTE =
            "every word of the shorter name is matched and the longer one's first and last: its unmatched middle names";
    private static final String TRAILING_NAMES_NOTE = "the shorter name is the longer one's first words, which goes"
            + " on with names of its own (a father's name, as lists write many names): those";
    /** The most words a name may have for its middle words to count as middle names. */
    static final int MIDDLE_NAME_WORDS = 6;
    /** Two-consonant skeletons say less (Qusay, qsy), so they pair as a weak match. */
    private static final double SHORT_SKELETON_SIMILARITY = 0.7;
    /** Korean romanisation variants of two Latin words of a syllable or two (Jae and Chae). */
    static final double LATIN_KOREAN_SIMILARITY = 0.8;

    static final int LATIN_KOREAN_LENGTH = 6;
    /** A word of Arabic, Persian or Hebrew script and a Latin word with the same consonants. */
    static final double SKELETON_SIMILARITY = 0.85;
    /**
     * Two spellings of a Russian name in two romanisation systems (Zajcev, Zaitsev): as the Chinese
     * key, a little below an exact word, as the key folds letters other names keep apart.
     */
    static final double RUSSIAN_SIMILARITY = 0.9;

    private static final double MIN_PAIR = 0.5;
    /** Pairs at least this similar count as matching a distinctive word (see the notes below). */
    static final double STRONG = 0.75;

    static final double ACRONYM_SIMILARITY = 0.8;
    /** A Cantonese syllable of a Han name against another Hong Kong spelling of it (Tsang, Chang). */
    static final double CANTONESE_SIMILARITY = 0.9;
    /** A letter against the number it writes as a Roman numeral (I and 1): it may be an initial still. */
    static final double ROMAN_LETTER_SIMILARITY = 0.9;
    /** An initial against a word it begins (D., Dimitri). */
    static final double INITIAL_SIMILARITY = 0.65;
    /** Room for rounding between the bound and the score, which add the same weights in other orders. */
    private static final double BOUND_SLACK = 1e-9;

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    static final int NAME = TokenKind.NAME.ordinal();
    static final int NUMBER = TokenKind.NUMBER.ordinal();
    static final int LOCATION = TokenKind.LOCATION.ordinal();
    static final int INITIAL = TokenKind.INITIAL.ordinal();
    static final int STOP = TokenKind.STOP.ordinal();
    static final int FORM = TokenKind.FORM.ordinal();
    static final int GENERIC = TokenKind.GENERIC.ordinal();
    static final double[] WEIGHT_OF_KIND = java.util.Arrays.stream(TokenKind.values())
            .mapToDouble(TokenKind::weight)
            .toArray();

    private NameScorer() {}

    /** The best score over all readings of both names. */
    public static NameScore best(List<NormalizedName> query, List<NormalizedName> listed) {
        PreparedName[] qs = PreparedName.of(query);
        PreparedName[] cs = PreparedName.of(listed);
        double best = NameScore.ZERO.score();
        PreparedName bestQ = null;
        PreparedName bestC = null;
        for (PreparedName q : qs) {
            for (PreparedName c : cs) {
                double s = value(q, c);
                if (s > best) {
                    best = s;
                    bestQ = q;
                    bestC = c;
                }
            }
        }
        return bestQ == null ? NameScore.ZERO : score(bestQ, bestC);
    }

    public static NameScore score(NormalizedName query, NormalizedName listed) {
        return score(PreparedName.of(query), PreparedName.of(listed));
    }

    /** The score with its word-by-word alignment and notes. */
    public static NameScore score(PreparedName query, PreparedName listed) {
        if (query.size == 0 || listed.size == 0) {
            return NameScore.ZERO;
        }
        Work w = WORK.get();
        List<TokenAlignment> alignment = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double score = align(query, listed, w, alignment, notes);
        return new NameScore(score, alignment, notes);
    }

    /** The score alone, equal to {@code score(query, listed).score()}: for ranking candidates. */
    public static double value(PreparedName query, PreparedName listed) {
        if (query.size == 0 || listed.size == 0) {
            return NameScore.ZERO.score();
        }
        return align(query, listed, WORK.get(), null, null);
    }

    /**
     * The score of {@code query} against listed reading {@code r} when it is at least {@code floor},
     * else some number below {@code floor}. Most candidates of a screen share a word or two with the
     * query and nothing more; a quick bound on the score ({@link ScoreBound}) rules them out without
     * pairing the words.
     */
    public static double valueAtLeast(PreparedName query, PreparedNames listed, int r, double floor) {
        Work w = WORK.get();
        int cb = listed.base(r);
        if (query.size == 0 || ScoreBound.sizeOf(listed.packed[cb + PreparedName.SIZE_INFO]) == 0) {
            return NameScore.ZERO.score();
        }
        double bound = ScoreBound.upperBound(query, listed.packed, cb, w);
        if (bound < floor - BOUND_SLACK) {
            return bound;
        }
        return align(query, listed.get(r), w, null, null);
    }

    /** {@link ScoreBound#upperBound} of two prepared readings, for tests (the listed one from {@link PreparedName#all}). */
    static double upperBound(PreparedName query, PreparedName listed) {
        return ScoreBound.upperBound(query, listed, WORK.get());
    }

    /** Pairs the words and scores the pairing; fills {@code alignment} and {@code notes} when given. */
    private static double align(
            PreparedName q, PreparedName c, Work w, List<TokenAlignment> alignment, List<String> notes) {
        int nq = q.size;
        int nc = c.size;
        w.reset(nq, nc);
        for (int i = 0; i < nq; i++) {
            boolean formQ = q.kind[i] == TokenKind.FORM;
            for (int j = 0; j < nc; j++) {
                if (formQ != (c.kind[j] == TokenKind.FORM)) {
                    continue;
                }
                if (formQ) {
                    if (q.key[i].equals(c.key[j])) {
                        w.pair(q, i, 1, c, j, 1, 1.0, MatchKind.LEGAL_FORM);
                    }
                    continue;
                }
                double s = compare(q, i, c, j, w);
                if (s > 0 && s >= MIN_PAIR) {
                    w.pair(q, i, 1, c, j, 1, s, w.lastHow);
                }
            }
        }
        RunPairs.joined(q, c, false, w);
        RunPairs.joined(c, q, true, w);
        RunPairs.acronyms(q, c, false, w);
        RunPairs.acronyms(c, q, true, w);

        w.sortPairs();
        boolean[] usedQ = w.usedQ;
        boolean[] usedC = w.usedC;
        int chosen = choose(w, w.chosen, false);
        if (anyRun(w, w.chosen, chosen)) {
            // Greedy, a pair over a run can take words from better pairs of single words: "cen ter"
            // with "centr" (0.9 over three words) blocks "cen"/"cen" and "ter"/"ter", and a name
            // scored 0.96 against itself. The choice with single-word pairs first is tried too, and
            // the one that matches more weighted similarity kept (the first on a tie).
            double greedy = chosenValue(w, w.chosen, chosen);
            java.util.Arrays.fill(usedQ, 0, nq, false);
            java.util.Arrays.fill(usedC, 0, nc, false);
            int singlesFirst = choose(w, w.other, true);
            if (chosenValue(w, w.other, singlesFirst) > greedy + 1e-12) {
                int[] t = w.chosen;
                w.chosen = w.other;
                w.other = t;
                chosen = singlesFirst;
            } else {
                java.util.Arrays.fill(usedQ, 0, nq, false);
                java.util.Arrays.fill(usedC, 0, nc, false);
                for (int k = 0; k < chosen; k++) {
                    int p = w.chosen[k];
                    mark(usedQ, w.pool, w.qFrom[p], w.qLen[p]);
                    mark(usedC, w.pool, w.cFrom[p], w.cLen[p]);
                }
            }
        }

        // A query word paired with a listed word takes the listed word's class: the list decides
        // whether "tecnologies" is a generic word.
        double[] wq = w.wq;
        System.arraycopy(q.weight, 0, wq, 0, nq);
        for (int k = 0; k < chosen; k++) {
            int p = w.chosen[k];
            if (w.qLen[p] == 1 && w.cLen[p] == 1) {
                wq[w.pool[w.qFrom[p]]] = c.weight[w.pool[w.cFrom[p]]];
            }
        }
        // padding is several extra words ("Global Trading Services Division"); one extra word
        // ("Higon Trading GmbH") keeps its weight, as a related company may well differ by one
        boolean padded = unusedCount(usedQ, q, TokenKind.GENERIC) >= 2 && listedFullyMatched(q, c, w, chosen);
        if (padded) {
            for (int i = 0; i < nq; i++) {
                if (!usedQ[i] && q.kind[i] == TokenKind.GENERIC) {
                    wq[i] *= PADDING_FACTOR;
                }
            }
        }
        double totalQ = 0;
        for (int i = 0; i < nq; i++) {
            totalQ += wq[i];
        }
        double totalC = c.totalWeight;
        double matched = 0;
        boolean distinctiveQMatched = false;
        boolean distinctiveCMatched = false;
        double latinSkeleton = 0; // matched weight of pairs by ArabicLatinKey
        for (int k = 0; k < chosen; k++) {
            int p = w.chosen[k];
            double w1 = 0;
            for (int m = 0; m < w.qLen[p]; m++) {
                w1 += wq[w.pool[w.qFrom[p] + m]];
            }
            double w2 = 0;
            for (int m = 0; m < w.cLen[p]; m++) {
                w2 += c.weight[w.pool[w.cFrom[p] + m]];
            }
            double sim = w.sim[p];
            matched += sim * (w1 + w2);
            if (w.kinds[p] == MatchKind.SKELETON
                    && RunPairs.latinOnly(q, w.qFrom[p], w.qLen[p], w)
                    && RunPairs.latinOnly(c, w.cFrom[p], w.cLen[p], w)) {
                latinSkeleton += sim * (w1 + w2);
            }
            if (sim >= STRONG) {
                for (int m = 0; m < w.qLen[p]; m++) {
                    distinctiveQMatched |= distinctive(q.kind[w.pool[w.qFrom[p] + m]]);
                }
                for (int m = 0; m < w.cLen[p]; m++) {
                    distinctiveCMatched |= distinctive(c.kind[w.pool[w.cFrom[p] + m]]);
                }
            }
            if (alignment != null) {
                String sq = surface(q, w.pool, w.qFrom[p], w.qLen[p]);
                String sc = surface(c, w.pool, w.cFrom[p], w.cLen[p]);
                MatchKind how = w.kinds[p];
                String why = how == MatchKind.EXACT || how == MatchKind.EQUIVALENT ? Equivalents.why(sq, sc) : null;
                String thaiWhy = how == MatchKind.ROMANISATION_TH
                        ? "Thai RTGS romanisation: " + sq + " / " + sc + " (Thai name key "
                                + ThaiRomanization.nameKey(sq) + ")"
                        : "";
                String zhWhy = how == MatchKind.ROMANISATION_ZH || how == MatchKind.JOINED ? chineseWhy(sq, sc) : "";
                boolean latinConsonants = how == MatchKind.SKELETON
                        && RunPairs.latinOnly(q, w.qFrom[p], w.qLen[p], w)
                        && RunPairs.latinOnly(c, w.cFrom[p], w.cLen[p], w);
                String arWhy = !latinConsonants
                        ? ""
                        : w.qLen[p] == 1 && w.cLen[p] == 1
                                ? "Latin spellings of one Arabic or Persian name: " + sq + " / " + sc + " (consonants "
                                        + ArabicLatinKey.key(sq) + ")"
                                : "an Arabic name written in one word and with its article apart: " + sq + " / "
                                        + sc + " (consonants " + ArabicLatinKey.key(w.qLen[p] == 1 ? sq : sc)
                                        + ")";
                String yueWhy = how == MatchKind.ROMANISATION_YUE
                        ? "Cantonese syllables in two Hong Kong spellings: " + sq + " / " + sc + " (key "
                                + CantoneseReading.key(sq) + ")"
                        : "";
                String ruWhy = how == MatchKind.ROMANISATION_RU
                        ? "Cyrillic romanisation (scholarly, ISO 9, BGN/PCGN, passport): " + sq + " / " + sc
                                + " (Russian key " + RussianRomanization.key(sq) + ")"
                        : "";
                int first = w.pool[w.qFrom[p]];
                // a title is a stop word: a Korean or Japanese reading that spells haji is a name
                String titleWhy = w.qLen[p] == 1 && q.kind[first] == TokenKind.STOP && Token.isTitleKey(q.key[first])
                        ? TITLE_WHY + (sq.equals(sc) ? "" : " (" + sq + " / " + sc + ")")
                        : "";
                alignment.add(new TokenAlignment(
                        sq,
                        sc,
                        why == null ? how : MatchKind.EQUIVALENT,
                        round(sim),
                        round((w1 + w2) / 2),
                        why == null ? thaiWhy + zhWhy + ruWhy + arWhy + yueWhy + titleWhy : why));
            }
        }
        // a distinctive word leading a listed company's name that the party's name lacks (GENI NOVAS
        // TECNOLOGIAS S.A. against Nova Technologies Ltd) counts more when the party gives its legal
        // form: a name written out in full, so the word that tells the company apart is missing, not
        // shortened away (an alias or short name, Jamal Network for MUHAMMAD JAMAL NETWORK, comes
        // without a form and is not concerned). Extra words on the party's side (padding), missing
        // generic words and people's names (dropped middle names, counted apart below) are not either.
        // The party's name word for word the listed name's tail (Novas Tecnologias S.A. for GENI NOVAS
        // TECNOLOGIAS S.A.) is not concerned either: nothing of it differs from the listed name, so it
        // may well be the company under a shorter name, and an analyst looks; a party's name whose words
        // are only alike (Nova Technologies Ltd) is still.
        double missingDistinctive = 0;
        if (hasForm(q) && !personLike(c) && !everyPartyWordAsListed(q, c, w, chosen)) {
            // only a word that leads the listed name, before its first paired name word: a company is
            // known by its first name word (GENI Novas), while a word further on often describes
            // (Amin Industrial Complex, Prosport & Health Imagen: the same company without it)
            int firstPaired = nc;
            for (int j = 0; j < nc && firstPaired == nc; j++) {
                if (usedC[j] && c.kind[j] == TokenKind.NAME) {
                    firstPaired = j;
                }
            }
            for (int j = 0; j < firstPaired; j++) {
                // a sector word in another language (tecnologias) is kept a name's weight, but missing it
                // drops a generic word, not the company's own
                if (!usedC[j]
                        && c.kind[j] == TokenKind.NAME
                        && !Equivalents.respelt(c.surface[j], c.key[j])
                        && !mangledInQuery(q, usedQ, c.surface[j])) {
                    missingDistinctive += c.weight[j] * MISSING_DISTINCTIVE_EXTRA;
                }
            }
        }
        double score = matched / (totalQ + totalC + missingDistinctive);
        if (latinSkeleton > 0 && score > LATIN_SKELETON_CEILING) {
            // held below MATCH, unless the other words alone reached further
            double without = (matched - latinSkeleton) / (totalQ + totalC + missingDistinctive);
            score = Math.max(LATIN_SKELETON_CEILING, without);
            if (notes != null) {
                notes.add("a word is paired by the consonants of two Latin spellings of an Arabic name, which"
                        + " other names may share: score at most " + LATIN_SKELETON_CEILING);
            }
        }
        if (missingDistinctive > 0 && notes != null) {
            notes.add("a distinctive word of the listed name is missing from the party's name: it counts x"
                    + (1 + MISSING_DISTINCTIVE_EXTRA));
        }
        // middle names dropped (Jok Riak, Gabriel Jok Riak Makol; D. Popov, Dimitri Igorevich Popov), or a
        // father's names after the person's own (Abdul Ghani Baradar, ABDUL GHANI BARADAR ABDUL AHMAD TURK):
        // the longer name's unmatched words count less, up to POSSIBLE, never further than the score was.
        // One or the other: middle names need the longer name's last word paired, trailing ones not.
        double middle = q.size == c.size
                ? 0
                : droppedMiddleWeight(q, usedQ, c, usedC, c.weight) + droppedMiddleWeight(c, usedC, q, usedQ, wq);
        double trailing = middle > 0 || q.size == c.size
                ? 0
                : droppedTrailingWeight(q, usedQ, c, usedC, c.weight) + droppedTrailingWeight(c, usedC, q, usedQ, wq);
        if (middle + trailing > 0 && pairsStrongOrInitials(q, c, w, chosen)) {
            boolean inside = middle > 0;
            double leftOut = inside ? middle : trailing;
            double longer = c.size > q.size ? totalC : totalQ;
            score = countedLess(
                    score,
                    matched,
                    totalQ + totalC,
                    leftOut,
                    2 * leftOut <= longer ? MIDDLE_NAME_FACTOR : MOST_NAMES_DROPPED_FACTOR,
                    inside ? MIDDLE_NAME_CEILING : TRAILING_NAMES_CEILING,
                    notes,
                    inside ? MIDDLE_NAMES_NOTE : TRAILING_NAMES_NOTE);
        }
        boolean placeQ = false;
        boolean placeC = false;
        boolean numberQ = false;
        boolean numberC = false;
        boolean distinctiveQ = false;
        boolean distinctiveC = false;
        for (int i = 0; i < nq; i++) {
            TokenKind kind = q.kind[i];
            distinctiveQ |= distinctive(kind) && wq[i] >= 0.8;
            if (!usedQ[i]) {
                if (alignment != null) {
                    alignment.add(new TokenAlignment(
                            q.surface[i],
                            "",
                            MatchKind.ONLY_IN_QUERY,
                            0,
                            round(wq[i]),
                            q.kind[i] == TokenKind.STOP && Token.isTitleKey(q.key[i]) ? TITLE_WHY : ""));
                }
                placeQ |= kind == TokenKind.LOCATION;
                numberQ |= kind == TokenKind.NUMBER;
            }
        }
        for (int j = 0; j < nc; j++) {
            TokenKind kind = c.kind[j];
            distinctiveC |= distinctive(kind);
            if (!usedC[j]) {
                if (alignment != null) {
                    alignment.add(new TokenAlignment(
                            "",
                            c.surface[j],
                            MatchKind.ONLY_IN_LISTED,
                            0,
                            round(c.weight[j]),
                            c.kind[j] == TokenKind.STOP && Token.isTitleKey(c.key[j]) ? TITLE_WHY : ""));
                }
                placeC |= kind == TokenKind.LOCATION;
                numberC |= kind == TokenKind.NUMBER;
            }
        }
        if (padded && notes != null && anyUnused(usedQ, q, TokenKind.GENERIC)) {
            notes.add("every distinctive listed word is matched: the party's extra generic words count x"
                    + round(PADDING_FACTOR));
        }
        if ((distinctiveC && !distinctiveCMatched) || (distinctiveQ && !distinctiveQMatched)) {
            score *= NO_DISTINCTIVE_FACTOR;
            if (notes != null) {
                notes.add("no distinctive word was matched on the "
                        + (distinctiveC && !distinctiveCMatched ? "listed" : "query")
                        + " side, only generic words, places or forms: score x" + NO_DISTINCTIVE_FACTOR);
            }
        }
        if (placeQ && placeC) {
            score *= PLACE_CONFLICT_FACTOR;
            if (notes != null) {
                notes.add("the names name different places: score x" + PLACE_CONFLICT_FACTOR);
            }
        }
        if (numberQ && numberC) {
            score *= NUMBER_CONFLICT_FACTOR;
            if (notes != null) {
                notes.add("the names carry different numbers: score x" + NUMBER_CONFLICT_FACTOR);
            }
        }
        if (initialConflict(q, usedQ, c, usedC) || initialConflict(c, usedC, q, usedQ)) {
            score *= INITIAL_CONFLICT_FACTOR;
            if (notes != null) {
                notes.add("an initial stands for none of the other side's given names (Q. against Jesus): score x"
                        + INITIAL_CONFLICT_FACTOR);
            }
        }
        if (otherGivenName(q, usedQ, c, usedC) && score > 0) {
            score *= GIVEN_NAME_CONFLICT_FACTOR;
            if (notes != null) {
                notes.add("a given name is left over on each side, two names of the tables, not forms of one"
                        + " (Sam against Jose): perhaps another person: score x" + GIVEN_NAME_CONFLICT_FACTOR);
            }
        }
        if (otherFamilyName(q, usedQ, c, usedC) && score > 0) {
            score *= FAMILY_NAME_CONFLICT_FACTOR;
            if (notes != null) {
                notes.add("a family name is left over on each side, two surnames of the tables, not spellings of"
                        + " one (Kim against Park): another family: score x" + FAMILY_NAME_CONFLICT_FACTOR);
            }
        }
        if (notes != null) {
            explainOtherChineseGivenName(q, usedQ, c, usedC, w, notes);
        }
        int swapped = swappedNames(q, c, w, chosen);
        if (swapped >= 0 && score > SWAPPED_CEILING) {
            score = SWAPPED_CEILING;
            if (notes != null) {
                int i = w.pool[w.qFrom[swapped]];
                notes.add("the names are in another order (\"" + q.surface[i] + "\" comes elsewhere): given and family"
                        + " names swapped (Werner Otto, Otto Werner) may be two people: score at most "
                        + SWAPPED_CEILING);
            }
        }
        if (score > FORM_CONFLICT_CEILING && PairingChecks.formsDiffer(q, usedQ, c, usedC)) {
            score = FORM_CONFLICT_CEILING;
            if (notes != null) {
                notes.add("the names carry different legal forms, none in common: perhaps a sister company of"
                        + " the same name elsewhere (X SARL, X Limited): score at most " + FORM_CONFLICT_CEILING);
            }
        }
        int other = anotherWordPair(q, c, w, chosen);
        if (other >= 0 && score > ANOTHER_WORD_CEILING) {
            score = ANOTHER_WORD_CEILING;
            if (notes != null) {
                int i = w.pool[w.qFrom[other]];
                int j = w.pool[w.cFrom[other]];
                notes.add("\"" + q.surface[i] + "\" and \"" + c.surface[j]
                        + "\" differ by a letter or two in a short word, or are both known names: perhaps two"
                        + " different names rather than a typo: score at most " + ANOTHER_WORD_CEILING);
            }
        }
        return Math.min(1.0, score);
    }

    /**
     * Compares two non-form words; returns the similarity and puts how they match in {@code w.lastHow},
     * or returns 0 when they do not match.
     */
    private static double compare(PreparedName a, int i, PreparedName b, int j, Work w) {
        String ka = a.key[i];
        String kb = b.key[j];
        if (ka.equals(kb)) {
            w.lastHow = MatchKind.EXACT;
            return 1.0;
        }
        if (a.sameEquivalent(i, b, j)) {
            w.lastHow = MatchKind.EQUIVALENT; // a table says so: Bill and William, Pak and Park, six and 6
            return 1.0;
        }
        TokenKind kindA = a.kind[i];
        TokenKind kindB = b.kind[j];
        boolean initialA = kindA == TokenKind.INITIAL;
        boolean initialB = kindB == TokenKind.INITIAL;
        if (initialA || initialB) {
            if ((kindA == TokenKind.STOP || kindB == TokenKind.STOP)
                    && (initialA ? i == 0 && !amongInitials(a, i) : j == 0 && !amongInitials(b, j))) {
                // an initial that opens a name alone stands for a given name, not for an article (A. Imad
                // against Tariq Imad al-Din: not al); among initials it may (H.-a.-D. for Husam-al-Din),
                // and further on a letter may be a word cut short (PETROLEOS D EVENEZUELA: de)
                return 0;
            }
            // an article keyed al that is written otherwise (ur in Fazl-ur Rehman) begins as it is written
            // for an initial that stands for it (F.-u. Khalil)
            if (initialA != initialB
                    && (initialA
                            ? kb.startsWith(ka) || kindB == TokenKind.STOP && b.surface[j].startsWith(ka)
                            : ka.startsWith(kb) || kindA == TokenKind.STOP && a.surface[i].startsWith(kb))) {
                w.lastHow = MatchKind.INITIAL;
                return INITIAL_SIMILARITY;
            }
            // a Roman numeral of one letter is read as a letter (more often an initial), but against
            // the number it writes it is that number: HAPPINESS I, the vessel HAPPINESS 1
            if (initialA
                    ? kindB == TokenKind.NUMBER && kb.equals(Equivalents.romanLetter(ka))
                    : initialB && kindA == TokenKind.NUMBER && ka.equals(Equivalents.romanLetter(kb))) {
                w.lastHow = MatchKind.EQUIVALENT;
                return ROMAN_LETTER_SIMILARITY;
            }
            return 0;
        }
        if (kindA == TokenKind.NUMBER
                || kindB == TokenKind.NUMBER
                || kindA == TokenKind.STOP
                || kindB == TokenKind.STOP) {
            return 0;
        }
        // the party's Han name read in Cantonese (a is always the party's side): its syllables against
        // other Hong Kong spellings of them (a listed name in Han characters is not read so against a
        // party's Latin spelling)
        if (a.cantonese && CantoneseReading.key(ka).equals(CantoneseReading.key(kb))) {
            w.lastHow = MatchKind.ROMANISATION_YUE;
            return CANTONESE_SIMILARITY;
        }
        String zh = a.zhKey[i];
        String zhB = b.zhKey[j];
        if (zh.isEmpty() != zhB.isEmpty()) {
            // a syllable of two letters has no key of its own (Ze, Ri): paired only with a word that has one
            if (zh.isEmpty()) {
                zh = ChineseRomanization.shortKey(ka);
            } else {
                zhB = ChineseRomanization.shortKey(kb);
            }
        }
        if (!zh.isEmpty() && zh.equals(zhB)) {
            w.lastHow = MatchKind.ROMANISATION_ZH;
            return 0.9;
        }
        String ko = a.koKey[i];
        if (!ko.isEmpty() && ko.equals(b.koKey[j])) {
            if (a.hangul[i] || b.hangul[j]) {
                w.lastHow = MatchKind.ROMANISATION_KO;
                return 0.88;
            }
            // two Latin spellings of a Korean syllable or two (Jae-seok, Chae Sok; Hyeong, Hyong): short
            // words only, as the key is coarse
            if (ka.length() <= LATIN_KOREAN_LENGTH && kb.length() <= LATIN_KOREAN_LENGTH) {
                w.lastHow = MatchKind.ROMANISATION_KO;
                return LATIN_KOREAN_SIMILARITY;
            }
        }
        // Zajcev, Zaitsev; Sojgu, Shoigu: two letters or more apart. One letter apart (Higon, Hygon;
        // Monnica, Monica) is left to the typo rules, which know when a short word may be another name.
        String ru = a.ruKey[i];
        boolean russian = !ru.isEmpty() && ru.equals(b.ruKey[j]) && EditDistance.bounded(ka, kb, 1, w.rows) > 1;
        // Qadhafi, Gaddafi; Husayn, Hussein: two Latin spellings of an Arabic name, by consonants, unless
        // the name tables hold them as two names (Hassan, Hussein)
        String ar = a.arKey[i];
        boolean arabic = !ar.isEmpty()
                && (a.arabicLooking || b.arabicLooking)
                && ar.equals(b.arKey[j])
                && !differentTableNames(ka, kb)
                && EditDistance.bounded(ka, kb, 1, w.rows) > 1;
        if (a.abjad[i] || b.abjad[j]) {
            double sim = abjadPair(a, i, ka, b, j, kb, w);
            if (sim < 0 && !(a.abjad[i] ? b.surface[j].equals(kb) : a.surface[i].equals(ka))) {
                // a Latin word a table keys as another (Harakat as movement) keeps its own letters
                // against the script it was spelt from (حرکت)
                sim = abjadPair(a, i, a.abjad[i] ? ka : a.surface[i], b, j, b.abjad[j] ? kb : b.surface[j], w);
            }
            if (sim >= 0) {
                return sim;
            }
        }
        if (a.thai[i] != b.thai[j]) {
            // a Thai word read in RTGS against a Latin spelling of it (Thaksin, Taksin; Yingluck, Yinglak)
            String thaiKey = ThaiRomanization.nameKey(ka);
            if (thaiKey.length() >= 3 && thaiKey.equals(ThaiRomanization.nameKey(kb))) {
                w.lastHow = MatchKind.ROMANISATION_TH;
                return thaiKey.length() >= ThaiRomanization.FULL_LENGTH
                        ? SKELETON_SIMILARITY
                        : SHORT_SKELETON_SIMILARITY;
            }
        }
        if (otherChineseGivenName(a, i, b, j, w)) {
            return 0;
        }
        int la = ka.length();
        int lb = kb.length();
        if (la >= 4 && lb >= 4) {
            int max = Math.max(la, lb);
            int allowed = max <= 5 ? 1 : 2;
            // the letter-set test only skips pairs the distance would reject too
            if (Math.abs(la - lb) <= allowed && EditDistance.mayBeWithin(a.keyMask[i], b.keyMask[j], allowed)) {
                int d = EditDistance.bounded(ka, kb, allowed, w.rows);
                if (d <= allowed) {
                    double s = 1.0 - (double) d / max;
                    if (ka.charAt(0) != kb.charAt(0)) {
                        s -= 0.05;
                    }
                    if (s >= 0.7 && !(russian && s < RUSSIAN_SIMILARITY)) {
                        w.lastHow = MatchKind.TYPO;
                        return s;
                    }
                }
            }
        }
        if (russian) {
            w.lastHow = MatchKind.ROMANISATION_RU;
            return RUSSIAN_SIMILARITY;
        }
        // a word an equivalence table read under another key (Alexei under aleksey) keeps its own
        // spelling for typos: "Aexei" is one letter from Alexei, three from aleksey
        String sa = a.surface[i];
        String sb = b.surface[j];
        if (!sa.equals(ka) || !sb.equals(kb)) {
            double s = typo(sa, sb, a.surfaceMask[i], b.surfaceMask[j], w);
            if (s > 0) {
                w.lastHow = MatchKind.TYPO;
                return s;
            }
        }
        // sound-alike alone is weak evidence ("Siemens" and "Zaman" share a code): same first letter only
        String ph = a.phonetic[i];
        boolean soundAlike = !ph.isEmpty() && ph.equals(b.phonetic[j]) && ka.charAt(0) == kb.charAt(0);
        // Latin spellings of one Arabic name by consonants: where no other rule pairs the words, or
        // where the sound-alike code does too and two letters at most differ (Yasar, Yasser), not
        // more, as vowels the key drops may make another name (Sabrina, Sabireen)
        if (arabic && (!soundAlike || EditDistance.bounded(ka, kb, 2, w.rows) <= 2)) {
            w.lastHow = MatchKind.SKELETON;
            return SKELETON_SIMILARITY;
        }
        if (soundAlike) {
            w.lastHow = MatchKind.PHONETIC;
            return 0.7;
        }
        return 0;
    }

    /**
     * Whether one word is in Arabic script (Arabic or Persian, not Hebrew) and the other a Latin
     * spelling of it letter by letter, long vowels and ʿayn included ({@link ArabicSpelling}): 1 when
     * it is, -1 when it is not, 0 when the two words are not of these kinds. It pairs what the
     * skeleton cannot say of a short word (نايل, Nail) or of one whose ʿayn Latin writes as a vowel
     * (العزاوي, al-Azzawi), and it doubts what the skeleton pairs though a letter Arabic writes has
     * nothing in the Latin word (حسين, hsyn: Hussein, not Hassan).
     */
    private static int arabicSpelling(PreparedName a, int i, String ka, PreparedName b, int j, String kb) {
        if (a.abjad[i] == b.abjad[j] || (a.abjad[i] ? a.hebrew[i] || b.thai[j] : b.hebrew[j] || a.thai[i])) {
            return 0;
        }
        boolean spells = a.abjad[i] ? ArabicSpelling.spells(ka, kb) : ArabicSpelling.spells(kb, ka);
        return spells ? 1 : -1;
    }

    /**
     * Two words of which one is written in an abjad, compared by their consonants and by the Arabic
     * spelling ({@link #arabicSpelling}) as {@code ka} and {@code kb}: the similarity (0 when the
     * letters say no), or -1 when neither test pairs them and the other rules may.
     */
    private static double abjadPair(PreparedName a, int i, String ka, PreparedName b, int j, String kb, Work w) {
        int consonants = Skeleton.same(ka, a.abjad[i], a.hebrew[i], kb, b.abjad[j], b.hebrew[j]);
        int spelt = arabicSpelling(a, i, ka, b, j, kb);
        if (spelt != 0 && a.equivalent[i] != null && b.equivalent[j] != null && !a.sameEquivalent(i, b, j)) {
            spelt = -1; // two names the tables tell apart (محمد, Mahmoud), however the letters align
        }
        if (spelt > 0) {
            w.lastHow = MatchKind.SKELETON;
            return SKELETON_SIMILARITY;
        }
        if (spelt < 0 && consonants > 0) {
            if (consonants < Skeleton.FULL_LENGTH) {
                return 0; // two consonants say little, and a written vowel or letter says no (نايل, Nil)
            }
            w.lastHow = MatchKind.SKELETON;
            return SHORT_SKELETON_SIMILARITY; // the consonants agree, a written vowel or letter does not
        }
        if (consonants > 0) {
            w.lastHow = MatchKind.SKELETON;
            return consonants >= Skeleton.FULL_LENGTH ? SKELETON_SIMILARITY : SHORT_SKELETON_SIMILARITY;
        }
        return -1;
    }

    /**
     * The score with {@code leftOut} of the {@code total} weight (names one side leaves out) counted
     * x{@code factor}: raised up to {@code ceiling} at most, never lowered; a note names {@code what}
     * was counted less when it raised the score.
     */
    private static double countedLess(
            double score,
            double matched,
            double total,
            double leftOut,
            double factor,
            double ceiling,
            List<String> notes,
            String what) {
        double dropped = matched / (total - leftOut * (1 - factor));
        double raised = Math.min(dropped, Math.max(score, ceiling));
        if (raised > score && notes != null) {
            notes.add(what + " count x" + factor + ", up to " + ceiling);
        }
        return Math.max(score, raised);
    }

    /** Whether the initial at k has an initial beside it (H.-a.-D.). */
    private static boolean amongInitials(PreparedName n, int k) {
        return k > 0 && n.kind[k - 1] == TokenKind.INITIAL || k + 1 < n.size && n.kind[k + 1] == TokenKind.INITIAL;
    }

    /** The typo similarity of two spellings (at least 0.7), or 0: the key test of {@link #compare}. */
    private static double typo(String x, String y, long maskX, long maskY, Work w) {
        int lx = x.length();
        int ly = y.length();
        if (lx < 4 || ly < 4) {
            return 0;
        }
        int max = Math.max(lx, ly);
        int allowed = max <= 5 ? 1 : 2;
        if (Math.abs(lx - ly) > allowed || !EditDistance.mayBeWithin(maskX, maskY, allowed)) {
            return 0;
        }
        int d = EditDistance.bounded(x, y, allowed, w.rows);
        if (d > allowed) {
            return 0;
        }
        double s = 1.0 - (double) d / max;
        if (x.charAt(0) != y.charAt(0)) {
            s -= 0.05;
        }
        return s >= 0.7 ? s : 0;
    }

    /**
     * Chooses pairs in the sorted order, each word used once, into {@code into}; with {@code
     * singlesFirst}, pairs of one word with one word go before the pairs over runs. Returns how many.
     */
    private static int choose(Work w, int[] into, boolean singlesFirst) {
        int chosen = 0;
        for (int pass = singlesFirst ? 0 : 1; pass < 2; pass++) {
            for (int k = 0; k < w.pairs; k++) {
                int p = w.order[k];
                boolean single = w.qLen[p] + w.cLen[p] == 2;
                if (singlesFirst && (pass == 0) != single) {
                    continue;
                }
                if (anyUsed(w.usedQ, w.pool, w.qFrom[p], w.qLen[p])
                        || anyUsed(w.usedC, w.pool, w.cFrom[p], w.cLen[p])) {
                    continue;
                }
                mark(w.usedQ, w.pool, w.qFrom[p], w.qLen[p]);
                mark(w.usedC, w.pool, w.cFrom[p], w.cLen[p]);
                into[chosen++] = p;
            }
        }
        return chosen;
    }

    private static boolean anyRun(Work w, int[] chosen, int n) {
        for (int k = 0; k < n; k++) {
            if (w.qLen[chosen[k]] + w.cLen[chosen[k]] > 2) {
                return true;
            }
        }
        return false;
    }

    private static double chosenValue(Work w, int[] chosen, int n) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += w.value[chosen[k]];
        }
        return sum;
    }

    private static boolean anyUsed(boolean[] used, int[] pool, int from, int len) {
        for (int m = 0; m < len; m++) {
            if (used[pool[from + m]]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, int[] pool, int from, int len) {
        for (int m = 0; m < len; m++) {
            used[pool[from + m]] = true;
        }
    }

    private static String surface(PreparedName n, int[] pool, int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m < len; m++) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(n.surface[pool[from + m]]);
        }
        return sb.toString();
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * The candidate pairs of one comparison and the working arrays of the choice, kept per thread. A
     * pair's query words are {@code pool[qFrom .. qFrom + qLen)}, its listed words likewise.
     */
    static final class Work {
        int pairs;
        int[] qFrom = new int[64];
        int[] qLen = new int[64];
        int[] cFrom = new int[64];
        int[] cLen = new int[64];
        double[] sim = new double[64];
        double[] value = new double[64];
        MatchKind[] kinds = new MatchKind[64];
        int[] order = new int[64];
        int[] sortBuffer = new int[64];
        int[] chosen = new int[64];
        /** The other choice tried (see {@link #choose}); swapped with {@link #chosen} when better. */
        int[] other = new int[64];

        int[] pool = new int[256];
        int poolSize;
        boolean[] usedQ = new boolean[32];
        boolean[] usedC = new boolean[32];
        double[] wq = new double[32];
        /** The bound's similarity ceiling per word. */
        double[] boundQ = new double[32];

        double[] boundC = new double[32];
        final EditDistance.Rows rows = new EditDistance.Rows();
        /** How the last successful {@link #compare} matched. */
        MatchKind lastHow;

        void reset(int nq, int nc) {
            pairs = 0;
            poolSize = 0;
            if (usedQ.length < nq) {
                usedQ = new boolean[nq];
                wq = new double[nq];
            } else {
                java.util.Arrays.fill(usedQ, 0, nq, false);
            }
            if (usedC.length < nc) {
                usedC = new boolean[nc];
            } else {
                java.util.Arrays.fill(usedC, 0, nc, false);
            }
        }

        void resetBound(int nq, int nc) {
            if (boundQ.length < nq) {
                boundQ = new double[nq];
            } else {
                java.util.Arrays.fill(boundQ, 0, nq, 0);
            }
            if (boundC.length < nc) {
                boundC = new double[nc];
            } else {
                java.util.Arrays.fill(boundC, 0, nc, 0);
            }
        }

        /** Query words {@code [qi, qi + qn)} with listed words {@code [cj, cj + cn)}. */
        void pair(PreparedName q, int qi, int qn, PreparedName c, int cj, int cn, double s, MatchKind kind) {
            int p = newPair(qn + cn);
            double weight = 0;
            qFrom[p] = poolSize;
            qLen[p] = qn;
            for (int m = 0; m < qn; m++) {
                pool[poolSize++] = qi + m;
                weight += q.weight[qi + m];
            }
            cFrom[p] = poolSize;
            cLen[p] = cn;
            for (int m = 0; m < cn; m++) {
                pool[poolSize++] = cj + m;
                weight += c.weight[cj + m];
            }
            sim[p] = s;
            kinds[p] = kind;
            value[p] = s * weight;
        }

        /** The words {@code idx[at .. at + n)} of the long side with word {@code one} of the short side. */
        void acronym(int[] idx, int at, int n, int one, boolean longIsQuery, double s, double v) {
            int p = newPair(n + 1);
            if (longIsQuery) {
                qFrom[p] = poolSize;
                qLen[p] = n;
                System.arraycopy(idx, at, pool, poolSize, n);
                poolSize += n;
                cFrom[p] = poolSize;
                cLen[p] = 1;
                pool[poolSize++] = one;
            } else {
                qFrom[p] = poolSize;
                qLen[p] = 1;
                pool[poolSize++] = one;
                cFrom[p] = poolSize;
                cLen[p] = n;
                System.arraycopy(idx, at, pool, poolSize, n);
                poolSize += n;
            }
            sim[p] = s;
            kinds[p] = MatchKind.ACRONYM;
            value[p] = v;
        }

        private int newPair(int words) {
            if (pairs == qFrom.length) {
                int n = pairs * 2;
                qFrom = java.util.Arrays.copyOf(qFrom, n);
                qLen = java.util.Arrays.copyOf(qLen, n);
                cFrom = java.util.Arrays.copyOf(cFrom, n);
                cLen = java.util.Arrays.copyOf(cLen, n);
                sim = java.util.Arrays.copyOf(sim, n);
                value = java.util.Arrays.copyOf(value, n);
                kinds = java.util.Arrays.copyOf(kinds, n);
                order = new int[n];
                sortBuffer = new int[n];
                chosen = new int[n];
                other = new int[n];
            }
            if (poolSize + words > pool.length) {
                pool = java.util.Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + words));
            }
            return pairs++;
        }

        /**
         * Best value first, then fewer words, then a word written the same before a word of an
         * equivalence table (Li with Li before Li with Ri, the Korean surname: the table's pair would
         * take the word another pair needs); equal pairs keep the order they were found in.
         */
        void sortPairs() {
            for (int p = 0; p < pairs; p++) {
                order[p] = p;
            }
            if (pairs < 2) {
                return;
            }
            mergeSort(order, sortBuffer, 0, pairs);
        }

        private boolean before(int a, int b) {
            int byValue = Double.compare(value[b], value[a]);
            if (byValue != 0) {
                return byValue < 0;
            }
            int words = Integer.compare(qLen[a] + cLen[a], qLen[b] + cLen[b]);
            if (words != 0) {
                return words < 0;
            }
            return kinds[a] == MatchKind.EXACT && kinds[b] != MatchKind.EXACT;
        }

        /** Stable: an element moves ahead of another only when strictly {@link #before} it. */
        private void mergeSort(int[] a, int[] buffer, int from, int to) {
            if (to - from <= 16) {
                for (int i = from + 1; i < to; i++) {
                    int x = a[i];
                    int k = i - 1;
                    while (k >= from && before(x, a[k])) {
                        a[k + 1] = a[k];
                        k--;
                    }
                    a[k + 1] = x;
                }
                return;
            }
            int mid = (from + to) >>> 1;
            mergeSort(a, buffer, from, mid);
            mergeSort(a, buffer, mid, to);
            System.arraycopy(a, from, buffer, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                if (j >= to || (i < mid && !before(buffer[j], buffer[i]))) {
                    a[k] = buffer[i++];
                } else {
                    a[k] = buffer[j++];
                }
            }
        }
    }
}
