package dev.licit.store.rescreen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.Role;
import dev.licit.core.json.Json;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.Sentence;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.internal.Database;
import dev.licit.store.internal.Times;
import dev.licit.store.ownership.OwnershipSnapshot;
import dev.licit.store.ownership.OwnershipStore;
import dev.licit.store.review.CaseDraft;
import dev.licit.store.review.CaseKind;
import dev.licit.store.review.CaseService;
import dev.licit.store.review.Clearance;
import dev.licit.store.review.EntryVersion;
import dev.licit.store.review.ReviewedScreening;
import dev.licit.store.review.ScreenedHit;
import dev.licit.store.review.ScreenedParty;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-screening after a list or ownership import: learns the day a list update turns an old
 * customer into a listed one, or an owner of one into a listed one. Every distinct party of the decisions stored within the retention window (five years
 * by default, 15 CFR 762.6) is screened against the new snapshot; a hit the decision did not see
 * (a new entry, a changed entry, or a hit not known before) opens a {@code RESCREEN} case on that
 * decision naming the change. A reviewer's clearance still applies while the entry is unchanged;
 * when the entry changed, the clearance's case is reopened instead. The owners of each party up the
 * current ownership graph are screened the same way ({@link OwnerScreening}), after a list import
 * and after an ownership import. Each import is an audit event.
 * Thread-safe.
 */
public final class RescreeningService {
    private final Database db;
    private final Clock clock;
    private final CaseService cases;
    private final java.time.Period retention;
    private final OwnershipStore ownership;

    public RescreeningService(
            Database db, Clock clock, CaseService cases, java.time.Period retention, OwnershipStore ownership) {
        this.db = db;
        this.clock = clock;
        this.cases = cases;
        this.retention = retention;
        this.ownership = ownership;
    }

    /** @param idx the party's place in the order's parties (its declared owners are read from there) */
    record PartyRow(
            String decisionId,
            String orderId,
            String verdict,
            String name,
            String country,
            String key,
            String role,
            int idx) {}

    /**
     * @param previous the snapshot in force before the import (null when none, or the curated list)
     * @param screener the screener of the snapshot just imported (read from its prepared index when
     *     the import wrote one)
     */
    public RescreenReport afterImport(ListSnapshot previous, Screener screener, Actor actor) {
        ListSnapshot current = screener.snapshot();
        Instant now = clock.instant();
        String since = Times.text(now.atZone(ZoneOffset.UTC).minus(retention).toInstant());
        Map<String, String> before = versions(previous);
        Map<String, String> after = versions(current);
        Map<String, ListEntry> entries = new HashMap<>();
        current.entries().forEach(e -> entries.put(key(e.list(), e.entryId()), e));

        List<PartyRow> rows = partyRows(since);
        Map<String, Set<String>> known = knownHits(since);

        ReviewedScreening screening = new ReviewedScreening(screener, cases);
        OwnerScreening owners = new OwnerScreening(ownership.graph(), today(now), screening, this::orderJson, true);
        Map<String, ScreenedParty> byParty = new HashMap<>();
        Set<String> decisions = new HashSet<>();
        Map<String, CaseDraftBuilder> drafts = new LinkedHashMap<>();
        for (PartyRow r : rows) {
            decisions.add(r.decisionId());
            ScreenedParty sp = byParty.computeIfAbsent(
                    r.key(), k -> screening.screen(new Party(role(r.role()), r.name(), r.country(), null, null)));
            for (ScreenedHit sh : sp.hits()) {
                if (sh.cleared()) {
                    continue;
                }
                ListHit hit = sh.hit();
                Set<String> seen = known.getOrDefault(r.decisionId(), Set.of());
                if (seen.contains(hitKey(r.key(), hit.list(), hit.entryId(), sh.entryVersion()))) {
                    continue;
                }
                String change = change(hit, sh.entryVersion(), before, previous, current, entries, who(r), sh.note());
                drafts.computeIfAbsent(
                                r.decisionId(), d -> new CaseDraftBuilder(r.decisionId(), r.orderId(), r.verdict()))
                        .add(
                                new CaseDraft.MatchDraft(
                                        r.name(),
                                        r.country(),
                                        hit.list(),
                                        hit.entryId(),
                                        sh.entryVersion(),
                                        hit.listedName(),
                                        hit.score(),
                                        hit.band(),
                                        change),
                                change);
                // the same hit is not reported twice for one decision in one import
                known.computeIfAbsent(r.decisionId(), x -> new HashSet<>())
                        .add(hitKey(r.key(), hit.list(), hit.entryId(), sh.entryVersion()));
            }
            // the owners up the current ownership graph are screened against the new lists too
            for (CaseDraft.MatchDraft m : owners.matches(
                    r,
                    known.computeIfAbsent(r.decisionId(), x -> new HashSet<>()),
                    oh -> change(
                            oh.hit().hit(),
                            oh.hit().entryVersion(),
                            before,
                            previous,
                            current,
                            entries,
                            oh.whose(),
                            oh.hit().note()))) {
                drafts.computeIfAbsent(
                                r.decisionId(), d -> new CaseDraftBuilder(r.decisionId(), r.orderId(), r.verdict()))
                        .add(m, m.note());
            }
        }

        List<Clearance> changed = new ArrayList<>();
        for (Clearance c : cases.activeClearances()) {
            String v = after.get(key(c.list(), c.entryId()));
            if (v != null && !v.equals(c.entryVersion())) {
                changed.add(c);
            }
        }

        String previousId = previous == null ? null : previous.id();
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            List<RescreenReport.OpenedCase> opened = new ArrayList<>();
            for (CaseDraftBuilder b : drafts.values()) {
                String reason =
                        "list import " + current.id() + (previousId == null ? "" : " (replacing " + previousId + ")")
                                + ": " + String.join("; ", b.changes);
                List<Sentence> why = List.of(Sentence.of(
                        "case.rescreen.list",
                        "snapshot",
                        current.id(),
                        "previous",
                        previousId,
                        "matches",
                        Integer.toString(b.matches.size())));
                CaseDraft draft =
                        new CaseDraft(b.decisionId, b.orderId, CaseKind.RESCREEN, b.verdict, reason, why, b.matches);
                long id = CaseService.open(h, audit, draft, actor);
                opened.add(new RescreenReport.OpenedCase(id, b.decisionId, b.orderId, b.changes));
            }
            List<Long> reopened = new ArrayList<>();
            for (Clearance c : changed) {
                CaseService.reopenForChangedEntry(
                        h,
                        audit,
                        c,
                        "list import " + current.id() + ": " + c.list() + " entry " + c.entryId()
                                + " changed since it was cleared on " + c.clearedAt() + " by " + c.clearedBy(),
                        actor);
                reopened.add(c.caseId());
            }
            h.createUpdate(
                            "INSERT INTO list_import (snapshot_id, previous_snapshot, imported_at, actor, parties_screened,"
                                    + " cases_opened) VALUES (:s, :p, :at, :by, :n, :c)")
                    .bind("s", current.id())
                    .bind("p", previousId)
                    .bind("at", audit.recordedAt())
                    .bind("by", actor.name())
                    .bind("n", byParty.size())
                    .bind("c", opened.size())
                    .execute();
            ObjectNode p = Json.object();
            p.put("snapshot", current.id());
            p.put("snapshotSha256", current.info().sha256());
            p.put("previousSnapshot", previousId);
            p.put("entries", current.entries().size());
            p.put("decisionsScreened", decisions.size());
            p.put("partiesScreened", byParty.size());
            p.put("casesOpened", opened.size());
            p.put("casesReopened", reopened.size());
            p.put("ownersScreened", owners.ownersScreened());
            audit.append(actor, "list.import", "lists:" + current.id(), p);
            audit.finish();
            return new RescreenReport(current.id(), previousId, decisions.size(), byParty.size(), opened, reopened);
        });
    }

    /**
     * Records a scheduled list fetch that kept the current snapshot for a source (refused or failed), so
     * the audit trail shows why a list stayed old; a fetch that changed the snapshot is recorded by
     * {@link #afterImport}.
     *
     * @param outcome {@code refused} or {@code failed}
     */
    public void fetchKept(String sourceId, String outcome, String reason, String snapshot, Actor actor) {
        db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ObjectNode p = Json.object();
            p.put("source", sourceId);
            p.put("outcome", outcome);
            p.put("reason", reason);
            p.put("snapshotKept", snapshot);
            audit.append(actor, "list.fetch." + outcome, "lists:source:" + sourceId, p);
            audit.finish();
            return null;
        });
    }

    /**
     * Re-screening after an ownership import: the owners, direct and indirect, in force today, of
     * every distinct party of the decisions stored within the retention window are screened against
     * the current lists; a standing hit on an owner that the decision has not seen opens a {@code
     * RESCREEN} case on it, naming the owner, the path of holdings and the list entry. Whether the
     * owner's share makes the party covered is the engine's question: the case asks a reviewer to look.
     *
     * @param snapshot the ownership snapshot just imported
     * @param screener the screener of the list snapshot in force
     */
    public RescreenReport afterOwnershipImport(OwnershipSnapshot snapshot, Screener screener, Actor actor) {
        Instant now = clock.instant();
        String since = Times.text(now.atZone(ZoneOffset.UTC).minus(retention).toInstant());
        OwnershipGraph graph = ownership
                .graph(snapshot.id())
                .orElseThrow(() -> new StoreInputException("no ownership snapshot " + snapshot.id()));
        Map<String, ListEntry> entries = new HashMap<>();
        screener.snapshot().entries().forEach(e -> entries.put(key(e.list(), e.entryId()), e));
        List<PartyRow> rows = partyRows(since);
        Map<String, Set<String>> known = knownHits(since);
        OwnerScreening owners =
                new OwnerScreening(graph, today(now), new ReviewedScreening(screener, cases), this::orderJson, false);
        Set<String> decisions = new HashSet<>();
        Set<String> parties = new HashSet<>();
        Map<String, CaseDraftBuilder> drafts = new LinkedHashMap<>();
        for (PartyRow r : rows) {
            decisions.add(r.decisionId());
            parties.add(r.key());
            for (CaseDraft.MatchDraft m :
                    owners.matches(r, known.computeIfAbsent(r.decisionId(), x -> new HashSet<>()), oh -> {
                        ListHit hit = oh.hit().hit();
                        ListEntry e = entries.get(key(hit.list(), hit.entryId()));
                        return hit.list() + " entry '" + hit.listedName() + "' (" + hit.entryId()
                                + (e == null || e.federalRegisterNotice().isBlank()
                                        ? ""
                                        : ", " + e.federalRegisterNotice())
                                + ") matches " + oh.whose() + " as " + hit.band() + " "
                                + Math.round(hit.score() * 1000) / 1000.0
                                + (oh.hit().note() == null
                                        ? ""
                                        : "; " + oh.hit().note());
                    })) {
                drafts.computeIfAbsent(
                                r.decisionId(), d -> new CaseDraftBuilder(r.decisionId(), r.orderId(), r.verdict()))
                        .add(m, m.note());
            }
        }
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            List<RescreenReport.OpenedCase> opened = new ArrayList<>();
            for (CaseDraftBuilder b : drafts.values()) {
                String reason = "ownership import " + snapshot.id()
                        + (snapshot.previous() == null ? "" : " (replacing " + snapshot.previous() + ")") + ": "
                        + String.join("; ", b.changes);
                long id = CaseService.open(
                        h,
                        audit,
                        new CaseDraft(
                                b.decisionId,
                                b.orderId,
                                CaseKind.RESCREEN,
                                b.verdict,
                                reason,
                                List.of(Sentence.of(
                                        "case.rescreen.ownership",
                                        "snapshot",
                                        snapshot.id(),
                                        "previous",
                                        snapshot.previous(),
                                        "matches",
                                        Integer.toString(b.matches.size()))),
                                b.matches),
                        actor);
                opened.add(new RescreenReport.OpenedCase(id, b.decisionId, b.orderId, b.changes));
            }
            ObjectNode p = Json.object();
            p.put("ownershipSnapshot", snapshot.id());
            p.put("listSnapshot", screener.snapshot().id());
            p.put("decisionsScreened", decisions.size());
            p.put("partiesScreened", parties.size());
            p.put("ownersScreened", owners.ownersScreened());
            p.put("casesOpened", opened.size());
            audit.append(actor, "ownership.rescreen", "ownership:" + snapshot.id(), p);
            audit.finish();
            return new RescreenReport(
                    snapshot.id(), snapshot.previous(), decisions.size(), parties.size(), opened, List.of());
        });
    }

    /** The order a decision was made on, as submitted (its parties' declared owners are re-screened too). */
    private String orderJson(String decisionId) {
        return db.read(h -> h.createQuery("SELECT order_json FROM decision WHERE id = :id")
                .bind("id", decisionId)
                .mapTo(String.class)
                .findOne()
                .orElse(null));
    }

    private List<PartyRow> partyRows(String since) {
        return db.read(h -> h.createQuery(
                        "SELECT d.id, d.order_id, d.verdict, p.name, p.country,"
                                + " p.party_key, p.role, p.idx FROM decision d JOIN decision_party p ON p.decision_id = d.id"
                                + " WHERE d.decided_at >= :since AND d.dry_run = FALSE ORDER BY d.decided_at, d.id, p.idx") // a dry run never ships (issue 13)
                .bind("since", since)
                .map((rs, ctx) -> new PartyRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8)))
                .list());
    }

    private Map<String, Set<String>> knownHits(String since) {
        return db.read(h -> {
            Map<String, Set<String>> k = new HashMap<>();
            h.createQuery(
                            "SELECT h.decision_id, p.party_key, h.list_code, h.entry_id, h.entry_version FROM decision_hit h"
                                    + " JOIN decision_party p ON p.decision_id = h.decision_id AND p.idx = h.party_idx"
                                    + " JOIN decision d ON d.id = h.decision_id WHERE d.decided_at >= :since")
                    .bind("since", since)
                    .map((rs, ctx) -> new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                    })
                    .forEach(r -> k.computeIfAbsent(r[0], x -> new HashSet<>()).add(hitKey(r[1], r[2], r[3], r[4])));
            h.createQuery(
                            "SELECT c.decision_id, m.party_key, m.list_code, m.entry_id, m.entry_version FROM case_match m"
                                    + " JOIN review_case c ON c.id = m.case_id WHERE c.kind = 'RESCREEN'")
                    .map((rs, ctx) -> new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                    })
                    .forEach(r -> k.computeIfAbsent(r[0], x -> new HashSet<>()).add(hitKey(r[1], r[2], r[3], r[4])));
            return k;
        });
    }

    private static String change(
            ListHit hit,
            String version,
            Map<String, String> before,
            ListSnapshot previous,
            ListSnapshot current,
            Map<String, ListEntry> entries,
            String who,
            String note) {
        String k = key(hit.list(), hit.entryId());
        String was = before.get(k);
        ListEntry e = entries.get(k);
        String what = hit.list() + " entry '" + hit.listedName() + "' (" + hit.entryId()
                + (e == null || e.federalRegisterNotice().isBlank() ? "" : ", " + e.federalRegisterNotice()) + ")";
        String how;
        if (previous == null || was == null) {
            how = "new " + what + " in snapshot " + current.id();
        } else if (!was.equals(version)) {
            how = what + " changed in snapshot " + current.id();
        } else {
            how = what + " now matches (the decision did not see it)";
        }
        return how + " matches " + who + " as " + hit.band() + " " + Math.round(hit.score() * 1000) / 1000.0
                + (note == null ? "" : "; " + note);
    }

    private static String who(PartyRow r) {
        return r.role() + " " + r.name() + (r.country() == null ? "" : " (" + r.country() + ")");
    }

    private static java.time.LocalDate today(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static final class CaseDraftBuilder {
        final String decisionId;
        final String orderId;
        final String verdict;
        final List<CaseDraft.MatchDraft> matches = new ArrayList<>();
        final List<String> changes = new ArrayList<>();

        CaseDraftBuilder(String decisionId, String orderId, String verdict) {
            this.decisionId = decisionId;
            this.orderId = orderId;
            this.verdict = verdict;
        }

        void add(CaseDraft.MatchDraft m, String change) {
            matches.add(m);
            changes.add(change);
        }
    }

    private static Role role(String r) {
        try {
            return Role.valueOf(r);
        } catch (RuntimeException e) {
            return Role.END_USER;
        }
    }

    private static Map<String, String> versions(ListSnapshot s) {
        Map<String, String> m = new HashMap<>();
        if (s != null) {
            for (ListEntry e : s.entries()) {
                m.put(key(e.list(), e.entryId()), EntryVersion.of(e));
            }
        }
        return m;
    }

    private static String key(String list, String entryId) {
        return list + "\u001f" + entryId;
    }

    static String hitKey(String partyKey, String list, String entryId, String version) {
        return partyKey + "\u001f" + list + "\u001f" + entryId + "\u001f" + version;
    }
}
