package dev.licit.screening.match;

import dev.licit.screening.binary.BinaryIn;
import dev.licit.screening.binary.BinaryOut;
import dev.licit.screening.normalize.Equivalents;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.RussianRomanization;
import dev.licit.screening.normalize.Skeleton;
import dev.licit.screening.normalize.ThaiRomanization;
import dev.licit.screening.normalize.Token;
import dev.licit.screening.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Candidate blocking: finds the few listed name readings worth a full word alignment, without
 * comparing a query to every alias.
 *
 * <p>Every listed word is in a vocabulary with a posting list of the readings that contain it.
 * A query word reaches vocabulary words by exact key, by Chinese or Korean romanisation key, by
 * Double Metaphone code and by a one-deletion neighbourhood (SymSpell style: both words with one
 * letter removed meet, which covers one or two typing errors without scanning the vocabulary).
 * Adjacent query words are also tried joined ("hua wei" reaches "huawei"), long query words split
 * in two ("huaweitechnologies"), and short ones as acronyms. Each hit adds the word's inverse
 * document frequency to the reading's tally, so that rare words decide; the best-tallied readings
 * become candidates. Posting lists of very common words are skipped when rarer evidence exists.
 *
 * <p>Immutable after construction; {@link #candidates} is thread-safe (scratch arrays are per thread).
 */
public final class CandidateIndex {
    private static final int MIN_DELETION_LENGTH = 5;
    /** The shortest Thai name key looked up: the scorer pairs by keys of three letters or more. */
    private static final int THAI_KEY_LENGTH = 3;

    private final int readings;
    /** Words per reading: ties in the tally go to the shorter reading, which the query explains better. */
    private final float[] lengthPenalty;
    /** Listed word to its id ({@code value[0]}). */
    private final WordTable vocab;

    private final int[][] postings;
    private final float[] idf;
    /** Listed words and their one-deletion neighbours to word ids. */
    private final WordTable deletions;

    private final WordTable zh;
    private final WordTable ko;
    private final WordTable phonetic;
    /** Consonant skeletons of the listed Latin names ({@link Skeleton}), for queries in Arabic, Persian or Hebrew script. */
    private final WordTable skeletons;
    /**
     * Latin listed name words by their Thai name key ({@link ThaiRomanization#nameKey}), for queries in
     * Thai script: no list writes Thai, so a Thai party finds its Latin listing through this table
     * even when no word is spelt close to its RTGS reading (สุรยุทธ์ จุลานนท์, Surayut Julanon).
     */
    private final WordTable thaiKeys;
    /**
     * Listed name words in Latin letters (or Cyrillic) by their Russian romanisation key ({@link
     * RussianRomanization#key}): a party spelt in another system (Zajcev, Šojgu) finds the listing
     * (Zaitsev, Shoigu) two or more letters away, which the typo neighbourhood does not reach.
     */
    private final WordTable russianKeys;

    /** Russian keys shorter than this are not looked up: too many short names share one. */
    private static final int RUSSIAN_KEY_LENGTH = 5;
    /** Listed words by their equivalent ({@link Equivalents#equivalentOf}): Muhammad, Mohammed and محمد together. */
    private final WordTable equivalents;
    /** Initials to reading ids. */
    private final WordTable acronyms;
    /**
     * The words of names made of legal forms and stop words alone (YK-AND) to their reading ids:
     * read only for a query of such words ({@link #onlyFormsAndStopWords}).
     */
    private final WordTable bareWords;

    private final int commonPosting;
    /**
     * Scratch space for one query, pooled rather than thread-local: a server runs each request on a
     * new virtual thread, where a thread-local would mean a fresh scratch per request, and one scratch
     * holds two arrays as long as the index (about 270 KB with the full CSL).
     */
    private final Queue<Scratch> scratchPool = new ConcurrentLinkedQueue<>();

    private static final class Scratch {
        final float[] tally;
        final int[] touched;
        int count;
        final StringBuilder joined = new StringBuilder();
        final WordTable.Hashes hashes = new WordTable.Hashes();
        private long[] heap = new long[64];

        Scratch(int n) {
            tally = new float[n];
            touched = new int[n];
        }

        long[] heap(int size) {
            if (heap.length < size) {
                heap = new long[size];
            }
            return heap;
        }
    }

    public CandidateIndex(List<NormalizedName> names) {
        this.readings = names.size();
        this.lengthPenalty = new float[readings];
        for (int r = 0; r < readings; r++) {
            lengthPenalty[r] = 1f / (1f + 0.05f * names.get(r).tokens().size());
        }
        Map<String, Integer> vocab = new HashMap<>();
        List<int[]> postings = new ArrayList<>();
        Map<Integer, IntList> post = new HashMap<>();
        Map<String, IntList> acr = new HashMap<>();
        Map<String, IntList> bareb = new HashMap<>();
        for (int r = 0; r < names.size(); r++) {
            List<Token> ts = names.get(r).tokens();
            StringBuilder initials = new StringBuilder();
            StringBuilder initialsWithForms = new StringBuilder();
            if (onlyFormsAndStopWords(ts)) {
                // a name of forms and stop words alone (YK-AND) is found by those words, in a table
                // of their own: in the vocabulary they would reach other names' words (COCHAN split
                // into co and chan)
                for (Token t : ts) {
                    bareb.computeIfAbsent(t.key(), k -> new IntList()).addUnique(r);
                }
            }
            for (Token t : ts) {
                if (t.kind() == TokenKind.STOP) {
                    if (t.title()) {
                        // "IBRAHIM, Haji": with its common given name, the title is what finds it
                        post(vocab, postings, post, t.key(), r);
                    }
                    continue;
                }
                initialsWithForms.append(t.surface().charAt(0));
                if (t.kind() == TokenKind.FORM) {
                    continue;
                }
                initials.append(t.surface().charAt(0));
                if (t.kind() == TokenKind.INITIAL) {
                    continue;
                }
                post(vocab, postings, post, t.key(), r);
            }
            if (initials.length() >= 2 && initials.length() <= 6) {
                acr.computeIfAbsent(initials.toString(), k -> new IntList()).addUnique(r);
            }
            if (initialsWithForms.length() >= 2 && initialsWithForms.length() <= 6) {
                acr.computeIfAbsent(initialsWithForms.toString(), k -> new IntList())
                        .addUnique(r);
            }
        }
        idf = new float[postings.size()];
        for (Map.Entry<Integer, IntList> e : post.entrySet()) {
            int[] p = e.getValue().toArray();
            postings.set(e.getKey(), p);
            idf[e.getKey()] = (float) Math.log(1.0 + (double) readings / p.length);
        }
        Map<String, int[]> acronyms = new HashMap<>();
        for (Map.Entry<String, IntList> e : acr.entrySet()) {
            acronyms.put(e.getKey(), e.getValue().toArray());
        }
        Map<String, IntList> del = new HashMap<>();
        Map<String, IntList> zhb = new HashMap<>();
        Map<String, IntList> kob = new HashMap<>();
        Map<String, IntList> phb = new HashMap<>();
        Map<String, IntList> skb = new HashMap<>();
        Map<String, IntList> thb = new HashMap<>();
        Map<String, IntList> rub = new HashMap<>();
        Map<String, Token> sample = new HashMap<>();
        Map<String, IntList> eqb = new HashMap<>();
        // the spellings a table keys under another word (tecnologia under technology, intl under
        // international), so that a query that joins them to a neighbour ("TECNOLOGIADIGITAL") still
        // splits into listed words
        Map<String, Integer> respelt = new HashMap<>();
        for (NormalizedName n : names) {
            for (Token t : n.tokens()) {
                sample.putIfAbsent(t.key(), t);
                // a word the abbreviation table reads under a shorter key (airlines under air) keeps
                // the typo neighbourhood of its own spelling: "airliines" must still find it
                String w = t.surface();
                Integer id = t.kind() == TokenKind.FORM || !Equivalents.respelt(w, t.key()) ? null : vocab.get(t.key());
                if (id != null) {
                    respelt.putIfAbsent(w, id);
                }
                if (id != null && w.length() >= MIN_DELETION_LENGTH && w.length() <= 24) {
                    del.computeIfAbsent(w, k -> new IntList()).addUnique(id);
                    for (int i = 0; i < w.length(); i++) {
                        del.computeIfAbsent(w.substring(0, i) + w.substring(i + 1), k -> new IntList())
                                .addUnique(id);
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : vocab.entrySet()) {
            String w = e.getKey();
            int id = e.getValue();
            if (w.length() >= MIN_DELETION_LENGTH && w.length() <= 24) {
                del.computeIfAbsent(w, k -> new IntList()).addUnique(id);
                for (int i = 0; i < w.length(); i++) {
                    del.computeIfAbsent(w.substring(0, i) + w.substring(i + 1), k -> new IntList())
                            .addUnique(id);
                }
            }
            Token t = sample.get(w);
            if (t != null) {
                if (!t.zhKey().isEmpty()) {
                    zhb.computeIfAbsent(t.zhKey(), k -> new IntList()).addUnique(id);
                }
                if (!t.koKey().isEmpty()) {
                    kob.computeIfAbsent(t.koKey(), k -> new IntList()).addUnique(id);
                }
                if (!t.phonetic().isEmpty()) {
                    phb.computeIfAbsent(t.phonetic(), k -> new IntList()).addUnique(id);
                }
                String eq = t.kind() == TokenKind.FORM ? null : Equivalents.equivalentOf(t.key(), t.surface());
                if (eq != null) {
                    eqb.computeIfAbsent(eq, k -> new IntList()).addUnique(id);
                    // a word of two groups (Wong: Huang, Wang) is found from the words of either
                    String second = Equivalents.secondEquivalentOf(t.key(), t.surface());
                    if (second != null) {
                        eqb.computeIfAbsent(second, k -> new IntList()).addUnique(id);
                    }
                }
                if (t.kind() == TokenKind.NAME && !Skeleton.isAbjad(t.origin())) {
                    String sk = Skeleton.of(w, true);
                    if (sk.length() >= 2) {
                        skb.computeIfAbsent(sk, k -> new IntList()).addUnique(id);
                    }
                }
                String ru = russianKey(t);
                if (ru.length() >= RUSSIAN_KEY_LENGTH) {
                    rub.computeIfAbsent(ru, k -> new IntList()).addUnique(id);
                }
                if (t.kind() == TokenKind.NAME && !t.origin().equals("thai")) {
                    String th = ThaiRomanization.nameKey(w);
                    if (th.length() >= THAI_KEY_LENGTH) {
                        thb.computeIfAbsent(th, k -> new IntList()).addUnique(id);
                    }
                }
            }
        }
        Map<String, int[]> ids = new HashMap<>();
        vocab.forEach((k, v) -> ids.put(k, new int[] {v}));
        respelt.forEach((k, v) -> ids.putIfAbsent(k, new int[] {v}));
        this.vocab = new WordTable(ids);
        this.postings = postings.toArray(int[][]::new);
        this.acronyms = new WordTable(acronyms);
        this.deletions = table(del);
        this.zh = table(zhb);
        this.ko = table(kob);
        this.phonetic = table(phb);
        this.skeletons = table(skb);
        this.thaiKeys = table(thb);
        this.russianKeys = table(rub);
        this.equivalents = table(eqb);
        this.bareWords = table(bareb);
        commonPosting = Math.max(500, readings / 25);
    }

    private CandidateIndex(
            int readings,
            float[] lengthPenalty,
            WordTable vocab,
            int[][] postings,
            float[] idf,
            WordTable deletions,
            WordTable zh,
            WordTable ko,
            WordTable phonetic,
            WordTable skeletons,
            WordTable thaiKeys,
            WordTable russianKeys,
            WordTable equivalents,
            WordTable acronyms,
            WordTable bareWords,
            int commonPosting) {
        this.readings = readings;
        this.lengthPenalty = lengthPenalty;
        this.vocab = vocab;
        this.postings = postings;
        this.idf = idf;
        this.deletions = deletions;
        this.zh = zh;
        this.ko = ko;
        this.phonetic = phonetic;
        this.skeletons = skeletons;
        this.thaiKeys = thaiKeys;
        this.russianKeys = russianKeys;
        this.equivalents = equivalents;
        this.acronyms = acronyms;
        this.bareWords = bareWords;
        this.commonPosting = commonPosting;
    }

    /** Everything the constructor derived, as it is: reading it back gives the same candidates, in the same order. */
    public void write(BinaryOut out) {
        out.writeInt(readings);
        out.writeFloats(lengthPenalty);
        vocab.write(out);
        out.writeIntArrays(postings);
        out.writeFloats(idf);
        deletions.write(out);
        zh.write(out);
        ko.write(out);
        phonetic.write(out);
        skeletons.write(out);
        thaiKeys.write(out);
        russianKeys.write(out);
        equivalents.write(out);
        acronyms.write(out);
        bareWords.write(out);
        out.writeInt(commonPosting);
    }

    public static CandidateIndex read(BinaryIn in) {
        int readings = in.readInt();
        float[] lengthPenalty = in.readFloats();
        WordTable vocab = WordTable.read(in);
        int[][] postings = in.readIntArrays();
        float[] idf = in.readFloats();
        WordTable deletions = WordTable.read(in);
        WordTable zh = WordTable.read(in);
        WordTable ko = WordTable.read(in);
        WordTable phonetic = WordTable.read(in);
        WordTable skeletons = WordTable.read(in);
        WordTable thaiKeys = WordTable.read(in);
        WordTable russianKeys = WordTable.read(in);
        WordTable equivalents = WordTable.read(in);
        WordTable acronyms = WordTable.read(in);
        WordTable bareWords = WordTable.read(in);
        int commonPosting = in.readInt();
        if (lengthPenalty.length != readings || idf.length != postings.length) {
            throw BinaryIn.damaged("the candidate index's arrays disagree in length");
        }
        for (int[] p : postings) {
            if (p == null) {
                throw BinaryIn.damaged("the candidate index has a word without postings");
            }
            for (int r : p) {
                if (r < 0 || r >= readings) {
                    throw BinaryIn.damaged("a posting names reading " + r + " of " + readings);
                }
            }
        }
        return new CandidateIndex(
                readings,
                lengthPenalty,
                vocab,
                postings,
                idf,
                deletions,
                zh,
                ko,
                phonetic,
                skeletons,
                thaiKeys,
                russianKeys,
                equivalents,
                acronyms,
                bareWords,
                commonPosting);
    }

    /** Adds reading {@code r} to the postings of {@code key}, the word given the next id if new. */
    private static void post(
            Map<String, Integer> vocab, List<int[]> postings, Map<Integer, IntList> post, String key, int r) {
        int id = vocab.computeIfAbsent(key, k -> {
            postings.add(null);
            return postings.size() - 1;
        });
        post.computeIfAbsent(id, k -> new IntList()).addUnique(r);
    }

    private static WordTable table(Map<String, IntList> lists) {
        Map<String, int[]> arrays = new HashMap<>();
        lists.forEach((k, v) -> arrays.put(k, v.toArray()));
        return new WordTable(arrays);
    }

    public int size() {
        return readings;
    }

    /** Up to {@code limit} reading indexes, best tally first. */
    public int[] candidates(List<NormalizedName> query, int limit) {
        Scratch polled = scratchPool.poll();
        Scratch s = polled != null ? polled : new Scratch(readings);
        try {
            int outcome = collect(query, s, true);
            boolean skipped = (outcome & SKIPPED) != 0;
            // every word of the query is common ("Mohammed Omar"): its own postings are the only
            // evidence that finds the listed name itself, so they are read after all
            boolean onlyCommonWords = (outcome & EXACT_SKIPPED) != 0 && (outcome & EXACT_USED) == 0;
            if (s.count == 0 && skipped || onlyCommonWords) {
                for (int i = 0; i < s.count; i++) {
                    s.tally[s.touched[i]] = 0;
                }
                s.count = 0;
                collect(query, s, false);
            }
            return top(s, limit);
        } finally {
            for (int i = 0; i < s.count; i++) {
                s.tally[s.touched[i]] = 0;
            }
            s.count = 0;
            scratchPool.offer(s);
        }
    }

    /**
     * A name with no word but legal forms, stop words and initials ("YK-AND"): such a name is
     * indexed and looked up by those words, which every other name leaves out.
     */
    private static boolean onlyFormsAndStopWords(List<Token> ts) {
        boolean any = false;
        for (Token t : ts) {
            switch (t.kind()) {
                case FORM, STOP -> any = true;
                case INITIAL -> {}
                default -> {
                    return false;
                }
            }
        }
        return any;
    }

    /** {@link #collect} skipped a common word's postings. */
    private static final int SKIPPED = 1;
    /** ... among them those of a query word itself (not a neighbour's). */
    private static final int EXACT_SKIPPED = 2;
    /** ... and it read the postings of at least one query word itself. */
    private static final int EXACT_USED = 4;

    /**
     * An abjad word and the next ones may be one Latin word (هدايت الله, Hidayatullah; صلاح الدين,
     * Salahuddin): their joined consonants, and with an inner article's l unwritten as Latin
     * spellings assimilate it, find the Latin words with that skeleton. The scorer pairs them the
     * same way ({@code NameScorer.joinedSkeleton}).
     */
    private void abjadRuns(List<Token> ts, int i, Map<Integer, Float> hits) {
        Token first = ts.get(i);
        if (first.kind() == TokenKind.NUMBER) {
            return;
        }
        boolean hebrew = first.origin().equals("hebrew");
        StringBuilder run = new StringBuilder(first.surface());
        StringBuilder assimilated = new StringBuilder(first.key());
        for (int k = i + 1; k < Math.min(ts.size(), i + PreparedName.MAX_RUN); k++) {
            Token next = ts.get(k);
            if (!Skeleton.isAbjad(next.origin())
                    || next.origin().equals("hebrew") != hebrew
                    || next.kind() == TokenKind.INITIAL
                    || next.kind() == TokenKind.NUMBER) {
                return;
            }
            run.append(next.surface());
            String key = next.key();
            assimilated.append(key.length() > 3 && key.startsWith("al") ? "a" + key.substring(2) : key);
            for (String sk : Skeleton.lookups(run.toString(), hebrew)) {
                hitAll(hits, skeletons.get(sk), 0.8f);
            }
            if (!hebrew) {
                for (String sk : Skeleton.lookups(assimilated.toString(), false)) {
                    hitAll(hits, skeletons.get(sk), 0.8f);
                }
            }
        }
    }

    private int collect(List<NormalizedName> query, Scratch s, boolean skipCommon) {
        int outcome = 0;
        for (NormalizedName n : query) {
            List<Token> ts = n.tokens();
            if (onlyFormsAndStopWords(ts)) {
                for (Token t : ts) {
                    int[] rs = bareWords.get(t.key());
                    if (rs != null) {
                        for (int r : rs) {
                            add(s, r, 1f);
                        }
                    }
                }
                continue;
            }
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (t.kind() == TokenKind.FORM
                        || t.kind() == TokenKind.STOP && !t.title()
                        || t.kind() == TokenKind.INITIAL) {
                    continue;
                }
                // The hits are summed in ascending word id: float sums depend on their order, and the
                // candidates on the sums, so the order is fixed by the data (it used to be a HashMap's
                // iteration order, kept only because old results depended on it).
                Map<Integer, Float> hits = new TreeMap<>();
                String w = t.key();
                WordTable.Hashes wh = s.hashes;
                wh.of(w);
                int whole = wh.range(0, w.length());
                hit(hits, vocab.get(w, 0, w.length(), whole), 1f);
                if (w.length() >= MIN_DELETION_LENGTH - 1) {
                    hitAll(hits, deletions.get(w, 0, w.length(), whole), 0.7f);
                    for (int k = 0; k < w.length(); k++) {
                        hitAll(hits, deletions.getWithout(w, k, wh.without(k)), 0.7f);
                    }
                }
                if (!t.zhKey().isEmpty()) {
                    hitAll(hits, zh.get(t.zhKey()), 0.85f);
                }
                if (!t.koKey().isEmpty() && t.origin().equals("hangul")) {
                    hitAll(hits, ko.get(t.koKey()), 0.85f);
                }
                if (!t.phonetic().isEmpty()) {
                    hitAll(hits, phonetic.get(t.phonetic()), 0.5f);
                }
                if (Skeleton.isAbjad(t.origin())) {
                    // an Arabic, Persian or Hebrew word finds the Latin words with its consonants
                    for (String sk : Skeleton.lookups(w, t.origin().equals("hebrew"))) {
                        hitAll(hits, skeletons.get(sk), 0.8f);
                    }
                    abjadRuns(ts, i, hits);
                }
                if (t.origin().equals("thai")) {
                    // a Thai word finds the Latin words that share its Thai name key (Thaksin, Taksin)
                    String th = ThaiRomanization.nameKey(w);
                    if (th.length() >= THAI_KEY_LENGTH) {
                        hitAll(hits, thaiKeys.get(th), 0.8f);
                    }
                }
                String ru = russianKey(t);
                if (ru.length() >= RUSSIAN_KEY_LENGTH && !ru.equals(w)) {
                    // another romanisation of a Russian name (Zajcev: Zaitsev, Zaytsev); only a word the
                    // key respells, and a long key: short keys (khan, han) would crowd out the candidates
                    hitAll(hits, russianKeys.get(ru), 0.7f);
                }
                // spacing: the word may be two listed words written together
                if (w.length() >= 6 && vocab.get(w, 0, w.length(), whole) == null) {
                    for (int k = 2; k <= w.length() - 2; k++) {
                        int[] left = vocab.get(w, 0, k, wh.range(0, k));
                        int[] right = left == null ? null : vocab.get(w, k, w.length(), wh.range(k, w.length()));
                        if (left != null && right != null) {
                            hit(hits, left, 0.9f);
                            hit(hits, right, 0.9f);
                        }
                    }
                }
                // or this word and the next ones may be one listed word
                StringBuilder joined = s.joined;
                joined.setLength(0);
                joined.append(t.surface());
                for (int k = i + 1; k < Math.min(ts.size(), i + 4); k++) {
                    joined.append(ts.get(k).surface());
                    hit(hits, vocab.get(joined), 1f);
                }
                if (t.surface().length() >= 2 && t.surface().length() <= 6) {
                    int[] a = acronyms.get(t.surface());
                    if (a != null) {
                        for (int r : a) {
                            add(s, r, 2.0f);
                        }
                    }
                }
                int[] exact = vocab.get(w, 0, w.length(), whole);
                String eq = t.kind() == TokenKind.FORM ? null : Equivalents.equivalentOf(t.key(), t.surface());
                int[] same = eq == null ? null : equivalents.get(eq);
                String second = eq == null ? null : Equivalents.secondEquivalentOf(t.key(), t.surface());
                int[] sameSecond = second == null ? null : equivalents.get(second);
                if (sameSecond != null) {
                    same = same == null ? sameSecond : concat(same, sameSecond);
                }
                if (same != null) {
                    // the listed spellings a table makes equal to this word (Mohamed: Muhammad,
                    // Mohammed), each counting a little less than the party's own spelling, so that
                    // of many common equivalents the listed name spelt as the party wrote it ranks first
                    float own = exact == null ? Float.MAX_VALUE : idf[exact[0]];
                    for (int id : same) {
                        int[] p = postings[id];
                        if (exact != null && id == exact[0] || hits.containsKey(id)) {
                            continue;
                        }
                        if (skipCommon && p.length > commonPosting) {
                            outcome |= SKIPPED;
                            continue;
                        }
                        float w2 = 0.95f * Math.min(idf[id], own);
                        for (int r : p) {
                            add(s, r, w2);
                        }
                    }
                }
                for (Map.Entry<Integer, Float> h : hits.entrySet()) {
                    int[] p = postings[h.getKey()];
                    boolean own = exact != null && exact[0] == h.getKey();
                    if (skipCommon && p.length > commonPosting) {
                        outcome |= own ? SKIPPED | EXACT_SKIPPED : SKIPPED;
                        continue;
                    }
                    if (own) {
                        outcome |= EXACT_USED;
                    }
                    float w2 = idf[h.getKey()] * h.getValue();
                    for (int r : p) {
                        add(s, r, w2);
                    }
                }
            }
        }
        return outcome;
    }

    /** A hit on the listed word whose id is {@code id[0]}, if any. */
    private static void hit(Map<Integer, Float> hits, int[] id, float factor) {
        if (id != null) {
            hits.merge(id[0], factor, Math::max);
        }
    }

    private static void hitAll(Map<Integer, Float> hits, int[] ids, float factor) {
        if (ids != null) {
            for (int id : ids) {
                hits.merge(id, factor, Math::max);
            }
        }
    }

    private static void add(Scratch s, int r, float w) {
        if (s.tally[r] == 0) {
            s.touched[s.count++] = r;
        }
        s.tally[r] += w;
    }

    /**
     * The {@code limit} touched readings with the highest penalised tally, highest first. Each reading
     * is packed into a long (the tally's bits above the reading's index: positive floats order like
     * their bit patterns, and the index breaks ties, the higher index first), and a min-heap of
     * {@code limit} longs keeps the best: a common word may touch thousands of readings, and sorting
     * them all only to keep forty was most of the cost of blocking.
     */
    private int[] top(Scratch s, int limit) {
        int n = s.count;
        if (n == 0 || limit <= 0) {
            return new int[0];
        }
        int k = Math.min(limit, n);
        long[] heap = s.heap(k);
        int size = 0;
        for (int i = 0; i < n; i++) {
            int r = s.touched[i];
            long packed = ((long) Float.floatToIntBits(s.tally[r] * lengthPenalty[r])) << 32 | r;
            if (size < k) {
                heap[size] = packed;
                siftUp(heap, size++);
            } else if (packed > heap[0]) {
                heap[0] = packed;
                siftDown(heap, k);
            }
        }
        Arrays.sort(heap, 0, k);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = (int) heap[k - 1 - i];
        }
        return out;
    }

    private static void siftUp(long[] heap, int i) {
        long v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= v) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = v;
    }

    private static void siftDown(long[] heap, int size) {
        long v = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= v) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = v;
    }

    /** A growable int list that ignores a value equal to the last one added. */
    private static final class IntList {
        int[] a = new int[4];
        int n;

        void addUnique(int v) {
            if (n > 0 && a[n - 1] == v) {
                return;
            }
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** Two lists of ids one after the other (the words of a word's two groups: rare, so no dedup). */
    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The Russian romanisation key of a name word in Latin letters or Cyrillic, or "". */
    private static String russianKey(Token t) {
        if (t.kind() != TokenKind.NAME) {
            return "";
        }
        return t.latinOrCyrillic() ? RussianRomanization.key(t.key()) : "";
    }
}
