package dev.licit.store.review;

import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Party;
import dev.licit.screening.NameMemory;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import dev.licit.screening.list.ListEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Screening that remembers review: screens a party against a snapshot, then sets aside each hit a
 * reviewer cleared for this party and this version of the entry. A clearance for another version
 * of the entry does not apply: the hit stands, with a note saying the entry changed since; nor
 * does a clearance past its expiry (365 days after its review date unless configured).
 *
 * <p>Clearances are read from the store for every hit (not cached), so a clearance made by a
 * reviewer on a server applies to the next order at once. What the lists say of a name is
 * remembered ({@link Screener#byName}): the snapshot never changes, so a name always resembles the
 * same entries, and orders name the same parties again and again; only the party's country is
 * weighed again (docs/PERFORMANCE.md). Thread-safe.
 */
public final class ReviewedScreening {
    private final Screener screener;
    private final CaseService cases;
    /**
     * Entries by list and id, and their versions, made when first needed: most screens have no hit,
     * and hashing every entry of a full list up front cost a short-lived process more than its screen.
     */
    private volatile Map<String, ListEntry> entries;

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** Names screened before, and what the snapshot says of each. */
    private final NameMemory recent;

    public ReviewedScreening(Screener screener, CaseService cases) {
        this.screener = screener;
        this.cases = cases;
        this.recent = new NameMemory(screener);
    }

    private String version(String list, String entryId) {
        String key = key(list, entryId);
        String v = versions.get(key);
        if (v == null) {
            ListEntry e = entries().get(key);
            if (e == null) {
                return null;
            }
            v = EntryVersion.of(e);
            versions.put(key, v);
        }
        return v;
    }

    private Map<String, ListEntry> entries() {
        Map<String, ListEntry> m = entries;
        if (m == null) {
            Map<String, ListEntry> built = new HashMap<>();
            for (ListEntry e : screener.snapshot().entries()) {
                // the last entry of a key wins, as it did when every version was hashed up front
                built.put(key(e.list(), e.entryId()), e);
            }
            m = built;
            entries = m;
        }
        return m;
    }

    public String snapshotId() {
        return screener.snapshot().id();
    }

    /** What the snapshot screened against is made of (its lists and their dates). */
    public dev.licit.screening.list.SnapshotInfo snapshot() {
        return screener.snapshot().info();
    }

    public ScreenedParty screen(Party party) {
        List<ScreenedHit> out = new ArrayList<>();
        String partyKey = PartyKey.of(party.name(), party.country());
        for (ScreeningMatch m : recent.screen(party.name(), party.country())) {
            ListHit hit = m.toListHit();
            String found = version(m.list(), m.entryId());
            String version = found == null ? "" : found;
            Optional<Clearance> c = cases.activeClearance(partyKey, m.list(), m.entryId());
            if (c.isPresent() && cases.expired(c.get())) {
                out.add(new ScreenedHit(
                        hit,
                        version,
                        null,
                        "cleared as a false positive by " + c.get().clearedBy() + " on "
                                + c.get().clearedAt() + " (case " + c.get().caseId() + "); the clearance expired on "
                                + cases.expiresOn(c.get()) + " and the hit must be reviewed again"));
            } else if (c.isPresent() && c.get().entryVersion().equals(version)) {
                out.add(new ScreenedHit(hit, version, c.get(), null));
            } else if (c.isPresent()) {
                out.add(new ScreenedHit(
                        hit,
                        version,
                        null,
                        "cleared as a false positive by " + c.get().clearedBy()
                                + " on " + c.get().clearedAt() + " (case "
                                + c.get().caseId() + ") for an earlier version of"
                                + " the entry; the entry has changed since"));
            } else {
                out.add(new ScreenedHit(hit, version, null, null));
            }
        }
        return new ScreenedParty(party, out);
    }

    /** How many names are remembered now (at most {@link NameMemory#LIMIT}). */
    public int remembered() {
        return recent.size();
    }

    public List<ScreenedParty> screen(List<Party> parties) {
        return parties.stream().map(this::screen).toList();
    }

    /** The current version of an entry in this snapshot, or empty when the snapshot does not have it. */
    public Optional<String> versionOf(String list, String entryId) {
        return Optional.ofNullable(version(list, entryId));
    }

    static String key(String list, String entryId) {
        return list + "\u001f" + entryId;
    }
}
