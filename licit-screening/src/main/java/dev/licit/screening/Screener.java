package dev.licit.screening;

import dev.licit.screening.binary.BinaryIn;
import dev.licit.screening.binary.BinaryOut;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.OnDemandList;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.screening.match.Aliases;
import dev.licit.screening.match.CandidateIndex;
import dev.licit.screening.match.NameScore;
import dev.licit.screening.match.NameScorer;
import dev.licit.screening.match.PreparedName;
import dev.licit.screening.match.PreparedNames;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Normalizer;
import dev.licit.screening.normalize.Token;
import dev.licit.screening.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Screens party names against one list snapshot. Thread-safe and immutable once built. Results are
 * ordered by band, then by the severity of the list (DPL, SDN, EL, MEU, UVL ... CMIC), then by score,
 * ties broken by list, entry id, names and the entry's position ({@link #REPORT_ORDER}).
 *
 * <p>Building derives every searchable alias of every entry ({@link Aliases}), reads each one
 * ({@link Normalizer}) and indexes the readings ({@link CandidateIndex}). Screening reads the
 * query, takes the best-tallied candidates from the index, aligns each word by word
 * ({@link NameScorer}), keeps the best alias per entry, then lets country and address corroborate:
 * a country the entry is listed in adds {@value #COUNTRY_AGREES}, a country it is not listed in
 * subtracts {@value #COUNTRY_DIFFERS} (entries with no country are left alone), an address sharing
 * most of its words with a listed address adds {@value #ADDRESS_AGREES}. Corroboration never turns
 * a name below the POSSIBLE threshold into a hit.
 *
 * <p>Speed (see docs/PERFORMANCE.md): every listed reading is {@linkplain PreparedName prepared}
 * once, at build time; a screen prepares the query once, rules most candidates out with the
 * scorer's quick bound (a candidate whose bound is below POSSIBLE cannot be reported, so its exact
 * score is not needed) and builds explanations only for the entries it reports. The results are
 * those of the straightforward computation, bit for bit; {@code ScreenerGoldenTest} holds them to
 * recorded baselines (docs/SCREENING.md, "Golden baselines").
 */
public final class Screener {
    static final double COUNTRY_AGREES = 0.02;
    static final double COUNTRY_DIFFERS = 0.05;
    static final double ADDRESS_AGREES = 0.03;
    /** Derived aliases (short names, names without places) rank just below the published name. */
    static final double DERIVED_ALIAS_FACTOR = 0.98;

    private static final int CANDIDATES = 40;
    /** Entries crowded out of the first candidates that are scored all the same ({@link #withCrowdedOut}). */
    private static final int CROWDED_OUT = 10;

    private final ListSnapshot snapshot;
    private final Thresholds thresholds;
    private final List<ListEntry> entries;
    private final int[] aliasEntry;
    private final String[] aliasText;
    private final String[] aliasNote;
    /** Every reading of every alias, prepared for scoring once. */
    private final PreparedNames readings;

    private final int[] readingAlias;
    /**
     * The entry of each reading's alias and whether the alias is derived, by reading: the screen
     * loop reads one array per candidate instead of following alias to entry to note.
     */
    private final int[] readingEntry;

    private final boolean[] readingDerived;
    private final CandidateIndex index;
    private final List<Set<String>> addressWords;

    private Screener(ListSnapshot snapshot, Thresholds thresholds) {
        this.snapshot = snapshot;
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.entries = snapshot.entries();
        List<Integer> ae = new ArrayList<>();
        List<String> at = new ArrayList<>();
        List<String> an = new ArrayList<>();
        List<NormalizedName> rs = new ArrayList<>();
        List<Integer> ra = new ArrayList<>();
        List<Set<String>> aw = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            ListEntry entry = entries.get(e);
            Set<String> seen = new HashSet<>();
            for (String name : entry.names()) {
                for (Aliases.Alias alias : Aliases.derive(name)) {
                    List<NormalizedName> read = Normalizer.readings(alias.text());
                    if (read.get(0).isEmpty() || !seen.add(read.get(0).spelling())) {
                        continue;
                    }
                    int a = at.size();
                    ae.add(e);
                    at.add(alias.text());
                    an.add(alias.note());
                    for (NormalizedName r : read) {
                        rs.add(r);
                        ra.add(a);
                    }
                }
            }
            Set<String> words = new HashSet<>();
            for (String address : entry.addresses()) {
                words.addAll(addressWords(address));
            }
            aw.add(Set.copyOf(words));
        }
        aliasEntry = ae.stream().mapToInt(Integer::intValue).toArray();
        aliasText = at.toArray(String[]::new);
        aliasNote = an.toArray(String[]::new);
        readings = PreparedName.all(rs);
        readingAlias = ra.stream().mapToInt(Integer::intValue).toArray();
        readingEntry = new int[readingAlias.length];
        readingDerived = new boolean[readingAlias.length];
        for (int r = 0; r < readingAlias.length; r++) {
            readingEntry[r] = aliasEntry[readingAlias[r]];
            readingDerived[r] = !aliasNote[readingAlias[r]].isEmpty();
        }
        addressWords = List.copyOf(aw);
        index = new CandidateIndex(rs);
    }

    private Screener(
            ListSnapshot snapshot,
            Thresholds thresholds,
            int[] aliasEntry,
            String[] aliasText,
            String[] aliasNote,
            PreparedNames readings,
            int[] readingAlias,
            CandidateIndex index,
            List<Set<String>> addressWords) {
        this.snapshot = snapshot;
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.entries = snapshot.entries();
        this.aliasEntry = aliasEntry;
        this.aliasText = aliasText;
        this.aliasNote = aliasNote;
        this.readings = readings;
        this.readingAlias = readingAlias;
        this.readingEntry = new int[readingAlias.length];
        this.readingDerived = new boolean[readingAlias.length];
        for (int r = 0; r < readingAlias.length; r++) {
            readingEntry[r] = aliasEntry[readingAlias[r]];
            readingDerived[r] = !aliasNote[readingAlias[r]].isEmpty();
        }
        this.index = index;
        this.addressWords = addressWords;
    }

    /**
     * Everything building derived from the snapshot's entries (and the entries themselves), for the
     * prepared index file ({@link dev.licit.screening.index.ScreenerIndex}); not the thresholds,
     * which are applied per screen.
     */
    public void write(BinaryOut out) {
        // entries and their address words each as a block with every element's offset, so that a
        // reader decodes only the ones a screen reports (OnDemandList)
        BinaryOut block = new BinaryOut();
        int[] offsets = new int[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
            offsets[e] = block.size();
            writeEntry(block, entries.get(e));
        }
        out.writeInt(entries.size());
        out.writeInts(offsets);
        out.writeBlob(block.toByteArray());
        block = new BinaryOut();
        for (int e = 0; e < entries.size(); e++) {
            offsets[e] = block.size();
            block.writeStrings(addressWords.get(e).stream().sorted().toList());
        }
        out.writeInts(offsets);
        out.writeBlob(block.toByteArray());
        out.writeInts(aliasEntry);
        out.writeStrings(aliasText);
        out.writeStrings(aliasNote);
        out.writeInts(readingAlias);
        readings.write(out);
        index.write(out);
    }

    /** Reads what {@link #write} wrote: the screener of the snapshot described by {@code info}. */
    public static Screener read(BinaryIn in, SnapshotInfo info, Thresholds thresholds) {
        int n = in.readInt();
        if (n < 0) {
            throw BinaryIn.damaged("a count of " + n + " entries");
        }
        List<ListEntry> entries = new OnDemandList<>(n, block(in, n, "entries", Screener::readEntry));
        List<Set<String>> addressWords =
                new OnDemandList<>(n, block(in, n, "address words", w -> Set.copyOf(w.readStrings())));
        int[] aliasEntry = in.readInts();
        String[] aliasText = in.readStringArray();
        String[] aliasNote = in.readStringArray();
        int[] readingAlias = in.readInts();
        if (aliasEntry == null
                || readingAlias == null
                || aliasText.length != aliasEntry.length
                || aliasNote.length != aliasEntry.length) {
            throw BinaryIn.damaged("the aliases' arrays disagree in length");
        }
        for (int e : aliasEntry) {
            if (e < 0 || e >= n) {
                throw BinaryIn.damaged("an alias of entry " + e + " of " + n);
            }
        }
        for (int a : readingAlias) {
            if (a < 0 || a >= aliasEntry.length) {
                throw BinaryIn.damaged("a reading of alias " + a + " of " + aliasEntry.length);
            }
        }
        PreparedNames readings = PreparedNames.read(in);
        CandidateIndex index = CandidateIndex.read(in);
        if (readings.size() != readingAlias.length || index.size() != readingAlias.length) {
            throw BinaryIn.damaged("the readings and the candidate index disagree in size");
        }
        return new Screener(
                new ListSnapshot(info, entries),
                thresholds,
                aliasEntry,
                aliasText,
                aliasNote,
                readings,
                readingAlias,
                index,
                addressWords);
    }

    /**
     * A block of {@code n} elements written with their offsets: checked now (offsets rising, inside
     * the block), each element decoded by {@code read} when first asked for. The file's checksum was
     * verified before any of it is read, so an element that does not decode is a fault of this code.
     */
    private static <T> java.util.function.IntFunction<T> block(
            BinaryIn in, int n, String what, java.util.function.Function<BinaryIn, T> read) {
        int[] offsets = in.readInts();
        int start = in.position() + 4;
        int length = in.skipBlob();
        if (offsets == null || offsets.length != n) {
            throw BinaryIn.damaged("the " + what + "' offsets disagree with " + n + " entries");
        }
        for (int i = 0; i < n; i++) {
            if (offsets[i] < 0 || offsets[i] >= length || (i > 0 && offsets[i] <= offsets[i - 1])) {
                throw BinaryIn.damaged("offset " + offsets[i] + " of the " + what);
            }
        }
        return i -> read.apply(in.at(start + offsets[i]));
    }

    private static void writeEntry(BinaryOut out, ListEntry e) {
        out.writeString(e.list());
        out.writeString(e.entryId());
        out.writeString(e.type());
        out.writeStrings(e.names());
        out.writeStrings(e.addresses());
        out.writeStrings(e.countries());
        out.writeString(e.programs());
        out.writeString(e.federalRegisterNotice());
        out.writeString(e.startDate());
        out.writeString(e.licenseRequirement());
        out.writeString(e.licensePolicy());
        out.writeString(e.remarks());
        out.writeString(e.sourceUrl());
        out.writeStrings(e.sources());
    }

    private static ListEntry readEntry(BinaryIn in) {
        try {
            return new ListEntry(
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readStrings(),
                    in.readStrings(),
                    in.readStrings(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readString(),
                    in.readStrings());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw BinaryIn.damaged("an entry does not read back: " + e.getMessage());
        }
    }

    /** Builds the index over a snapshot with the default thresholds. */
    public static Screener of(ListSnapshot snapshot) {
        return new Screener(snapshot, Thresholds.DEFAULT);
    }

    public static Screener of(ListSnapshot snapshot, Thresholds thresholds) {
        return new Screener(snapshot, thresholds);
    }

    public ListSnapshot snapshot() {
        return snapshot;
    }

    /** The same index under other thresholds (shares every array: nothing is built again). */
    public Screener withThresholds(Thresholds other) {
        if (other.equals(thresholds)) {
            return this;
        }
        return new Screener(
                snapshot, other, aliasEntry, aliasText, aliasNote, readings, readingAlias, index, addressWords);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Number of searchable aliases (published names and those derived from them). */
    public int aliasCount() {
        return aliasText.length;
    }

    /**
     * Matches at POSSIBLE or above, best first.
     *
     * @param country ISO 3166-1 alpha-2 code of the party, or null
     */
    public List<ScreeningMatch> screen(String name, String country) {
        return screen(new ScreeningQuery(name, country, null));
    }

    public List<ScreeningMatch> screen(ScreeningQuery query) {
        return screen(query, false);
    }

    /** Like {@link #screen(ScreeningQuery)} but keeps candidates below POSSIBLE too (for tools and tests). */
    public List<ScreeningMatch> screenAll(ScreeningQuery query) {
        return screen(query, true);
    }

    private List<ScreeningMatch> screen(ScreeningQuery query, boolean keepAll) {
        return screen(byName(query.name(), keepAll), query.country(), query.address());
    }

    /**
     * What the lists say of a name alone, before its country and address are weighed: the part of a
     * screen that costs (readings, candidates, scores), and the same for every party of that name. A
     * caller that screens many parties may keep it for a name it meets again and finish each party
     * with {@link #screen(NameMatches, String, String)}: the matches are exactly those of
     * {@link #screen(ScreeningQuery)}.
     */
    public NameMatches byName(String name) {
        return byName(name, false);
    }

    /** The matches of a party whose name was screened by {@link #byName}: its country and address weighed. */
    public List<ScreeningMatch> screen(NameMatches byName, String country, String address) {
        if (byName.screener != this) {
            throw new IllegalArgumentException("the name was screened against another snapshot");
        }
        if (byName.size == 0) {
            return List.of();
        }
        boolean keepAll = byName.keepAll;
        String cc =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        Set<String> queryAddress = address == null ? Set.of() : addressWords(address);
        List<Ranked> out = new ArrayList<>();
        for (int k = 0; k < byName.size; k++) {
            double nameScore = byName.score[k];
            int e = byName.entry[k];
            int alias = byName.alias[k];
            ListEntry entry = entries.get(e);
            NameScore s = byName.explained[k];
            double score = nameScore;
            List<String> adjustments = new ArrayList<>(s.notes());
            if (!byName.part[k].isEmpty()) {
                adjustments.add(
                        "the party's name lists several names; the one that matched: \"" + byName.part[k] + "\"");
            }
            if (!aliasNote[alias].isEmpty()) {
                adjustments.add("alias derived from the published name (" + aliasNote[alias] + "): score x"
                        + DERIVED_ALIAS_FACTOR);
            }
            if (score >= thresholds.possible() || keepAll) {
                if (cc != null && !entry.countries().isEmpty()) {
                    if (entry.countries().contains(cc)) {
                        score += COUNTRY_AGREES;
                        adjustments.add("country " + cc + " is among the entry's countries: +" + COUNTRY_AGREES);
                    } else {
                        score -= COUNTRY_DIFFERS;
                        adjustments.add("country " + cc + " is not among the entry's countries " + entry.countries()
                                + ": -" + COUNTRY_DIFFERS);
                    }
                }
                if (!queryAddress.isEmpty() && addressAgrees(queryAddress, addressWords.get(e))) {
                    score += ADDRESS_AGREES;
                    adjustments.add("the address shares most of its words with a listed address: +" + ADDRESS_AGREES);
                }
            }
            // the band follows the score as reported (three decimals): a reported 0.700 is POSSIBLE
            // even when the unrounded sum was 0.6996, so a reader can check every band against its score
            score = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
            Band band = thresholds.band(score);
            if (band == Band.NO_MATCH && !keepAll) {
                continue;
            }
            out.add(new Ranked(toMatch(byName.name, entry, alias, byName.reading[k], s, score, band, adjustments), e));
        }
        out.sort(REPORT_ORDER);
        List<ScreeningMatch> matches = new ArrayList<>(out.size());
        for (Ranked r : out) {
            matches.add(r.match());
        }
        return matches;
    }

    private NameMatches byName(String name, boolean keepAll) {
        List<String> parts = PartyNames.split(name);
        List<NormalizedName> q = Normalizer.readings(name);
        if (q.get(0).isEmpty() && parts.isEmpty()) {
            return new NameMatches(this, name, keepAll, 0);
        }
        // the whole field, then each name it lists on its own (PartyNames): the best of them decides
        int capacity = (CANDIDATES + CROWDED_OUT) * (1 + parts.size());
        Best best = new Best(capacity);
        List<PreparedName> prepared = new ArrayList<>();
        List<String> preparedPart = new ArrayList<>();
        for (int p = -1; p < parts.size(); p++) {
            List<NormalizedName> read = p < 0 ? q : Normalizer.readings(parts.get(p));
            if (read.get(0).isEmpty()) {
                continue;
            }
            int first = prepared.size();
            for (PreparedName pn : PreparedName.of(read)) {
                prepared.add(pn);
                preparedPart.add(p < 0 ? "" : parts.get(p));
            }
            score(best, read, prepared, first, keepAll);
        }
        int reported = 0;
        for (int slot = 0; slot < best.size; slot++) {
            // no corroboration lifts a name below POSSIBLE
            if (keepAll || best.score[slot] >= thresholds.possible()) {
                reported++;
            }
        }
        NameMatches found = new NameMatches(this, name, keepAll, reported);
        int k = 0;
        for (int slot = 0; slot < best.size; slot++) {
            if (!keepAll && best.score[slot] < thresholds.possible()) {
                continue;
            }
            PreparedName qr = prepared.get(best.query[slot]);
            found.entry[k] = best.entry[slot];
            found.alias[k] = best.alias[slot];
            found.score[k] = best.score[slot];
            found.explained[k] = NameScorer.score(qr, readings.get(best.reading[slot]));
            found.reading[k] = qr.name().reading().equals("latin")
                    ? readings.get(best.reading[slot]).name().reading()
                    : qr.name().reading();
            found.part[k] = preparedPart.get(best.query[slot]);
            k++;
        }
        return found;
    }

    /**
     * Scores the candidates of one name's readings (prepared from position {@code first} on) into
     * {@code best}: the best alias of each entry (of equal scores, the first met, which is explicit:
     * see CandidateIndex.top); scores only, the explanation is built for the few entries reported.
     */
    private void score(Best best, List<NormalizedName> read, List<PreparedName> prepared, int first, boolean keepAll) {
        int[] candidates = withCrowdedOut(index.candidates(read, CANDIDATES * 2));
        for (int r : candidates) {
            int slot = best.slotOf(readingEntry[r]);
            boolean derived = readingDerived[r];
            // below this name score the alias cannot be reported, so its exact score is not needed
            double floor = keepAll
                    ? Double.NEGATIVE_INFINITY
                    : derived ? thresholds.possible() / DERIVED_ALIAS_FACTOR : thresholds.possible();
            for (int qi = first; qi < prepared.size(); qi++) {
                double s = NameScorer.valueAtLeast(prepared.get(qi), readings, r, floor);
                double score = derived ? s * DERIVED_ALIAS_FACTOR : s;
                if (best.alias[slot] < 0 || score > best.score[slot]) {
                    best.alias[slot] = readingAlias[r];
                    best.reading[slot] = r;
                    best.query[slot] = qi;
                    best.score[slot] = score;
                }
            }
        }
    }

    /**
     * The index's first {@value #CANDIDATES} candidates (best first), as always, and after them the
     * first readings of up to {@value #CROWDED_OUT} other entries from the next {@value #CANDIDATES}
     * (one reading each): an entry with many aliases alike (VTB BANK PUBLIC JOINT STOCK COMPANY,
     * written a dozen ways) fills the first places and would crowd out another entry of the same
     * words (PJSC VTB BANK (KIEV)). Only added, never taken away: no score can fall.
     */
    private int[] withCrowdedOut(int[] wide) {
        int first = Math.min(CANDIDATES, wide.length);
        int[] out = java.util.Arrays.copyOf(wide, Math.min(wide.length, first + CROWDED_OUT));
        int n = first;
        for (int k = first; k < wide.length && n < out.length; k++) {
            int e = readingEntry[wide[k]];
            boolean present = false;
            for (int m = 0; m < n && !present; m++) {
                present = readingEntry[out[m]] == e;
            }
            if (!present) {
                out[n++] = wide[k];
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * A name screened against this snapshot (see {@link #byName}): the entries whose best alias scores
     * at least POSSIBLE on the name alone, with that alias, its score and its explanation. Immutable;
     * it holds no reference a caller can change, and is tied to the screener that made it.
     */
    public static final class NameMatches {
        private final Screener screener;
        private final String name;
        private final boolean keepAll;
        private final int size;
        private final int[] entry;
        private final int[] alias;
        private final double[] score;
        private final NameScore[] explained;
        private final String[] reading;
        /** The name of the party's field that matched, when the field lists several; "" for the whole field. */
        private final String[] part;

        private NameMatches(Screener screener, String name, boolean keepAll, int size) {
            this.screener = screener;
            this.name = name;
            this.keepAll = keepAll;
            this.size = size;
            this.entry = new int[size];
            this.alias = new int[size];
            this.score = new double[size];
            this.explained = new NameScore[size];
            this.reading = new String[size];
            this.part = new String[size];
        }

        /** How many entries the name alone resembles at POSSIBLE or above. */
        public int size() {
            return size;
        }
    }

    /** A match to report and the position of its entry in the snapshot, the last key of the order. */
    private record Ranked(ScreeningMatch match, int entry) {}

    /**
     * Best first: band, then the severity of the list (a denial before an information-only list),
     * then score; equal on those, by list, entry id, listed name and matched alias, and finally by the
     * entry's position in the snapshot (the same entry imported twice). A total order, so that which
     * of two equal-scored matches comes first (the first is what a caller shows as the best) follows
     * from the data alone. It used to be the iteration order of a {@code HashMap} keyed by entry
     * position, which no one chose and which production had to rebuild to keep old results.
     */
    private static final Comparator<Ranked> REPORT_ORDER = Comparator.comparing(
                    (Ranked r) -> r.match().band())
            .thenComparingInt(r -> Consequences.severity(r.match().list()))
            .thenComparing(
                    Comparator.comparingDouble((Ranked r) -> r.match().score()).reversed())
            .thenComparing(r -> r.match().list())
            .thenComparing(r -> r.match().entryId())
            .thenComparing(r -> r.match().listedName())
            .thenComparing(r -> r.match().matchedAlias())
            .thenComparingInt(Ranked::entry);

    /**
     * The best alias found for each entry so far, one slot per entry in the order the entries were
     * first met (the report is sorted afterwards, see {@link #REPORT_ORDER}). A screen has at most
     * {@value #CANDIDATES} + {@value #CROWDED_OUT} candidates per name, so a linear search finds a slot.
     */
    private static final class Best {
        final int[] entry;
        final int[] alias;
        final int[] reading;
        final int[] query;
        final double[] score;
        int size;

        Best(int capacity) {
            entry = new int[capacity];
            alias = new int[capacity];
            reading = new int[capacity];
            query = new int[capacity];
            score = new double[capacity];
        }

        int slotOf(int e) {
            for (int s = 0; s < size; s++) {
                if (entry[s] == e) {
                    return s;
                }
            }
            entry[size] = e;
            alias[size] = -1;
            return size++;
        }
    }

    private ScreeningMatch toMatch(
            String queryName,
            ListEntry entry,
            int alias,
            String reading,
            NameScore name,
            double score,
            Band band,
            List<String> adjustments) {
        String consequence = Consequences.of(entry);
        double rounded = score; // already rounded where the band was chosen
        String summary = String.format(
                Locale.ROOT,
                "%s: \"%s\" resembles \"%s\"%s of %s entry %s (\"%s\"), score %.3f. %s.",
                band,
                queryName,
                aliasText[alias],
                aliasNote[alias].isEmpty() ? "" : " (" + aliasNote[alias] + ")",
                entry.list(),
                entry.entryId(),
                entry.name(),
                rounded,
                consequence);
        Explanation ex = new Explanation(
                summary,
                queryName,
                aliasText[alias],
                aliasNote[alias],
                reading,
                Math.round(name.score() * 1000) / 1000.0,
                name.alignment(),
                adjustments,
                consequence);
        return new ScreeningMatch(
                entry.list(),
                entry.entryId(),
                entry.name(),
                aliasText[alias],
                rounded,
                band,
                entry.licenseRequirement(),
                entry.licensePolicy(),
                entry.federalRegisterNotice(),
                ex,
                entry.sources());
    }

    private static Set<String> addressWords(String address) {
        Set<String> words = new HashSet<>();
        for (Token t : Normalizer.normalize(address).tokens()) {
            if (t.kind() != TokenKind.STOP
                    && t.kind() != TokenKind.FORM
                    && t.key().length() > 1) {
                words.add(t.key());
            }
        }
        return words;
    }

    private static boolean addressAgrees(Set<String> query, Set<String> listed) {
        if (query.size() < 2 || listed.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String w : query) {
            if (listed.contains(w)) {
                shared++;
            }
        }
        return shared >= 2 && shared * 2 >= query.size();
    }
}
