package dev.licit.store.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.core.time.Today;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.ForbiddenException;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.common.Sentence;
import dev.licit.store.common.StoreException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.internal.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Review cases: the work queue of a compliance team. A case opens for a {@code HOLD}, a
 * {@code LICENSE_REQUIRED} not covered by a registered license, a {@code PROHIBITED} decision with
 * list matches, or a new hit found when a list update re-screens stored decisions.
 *
 * <p>Review actions, each with who and when, each an audit event:
 * <ul>
 *   <li>{@link #confirm}: the party is the listed one;</li>
 *   <li>{@link #clear}: a false positive, with a reason; remembered for this party and this
 *       version of the entry (the next order of the party is not held for it) until it expires
 *       (365 days after its review date unless configured), and reopened when the entry changes.
 *       A MATCH-band hit needs two different reviewers: the first clearance is recorded as
 *       proposed, the second completes it;</li>
 *   <li>{@link #release}: the order may proceed (every match reviewed first); a release does not
 *       replace a license: a {@code LICENSE_REQUIRED} order still needs one to ship;</li>
 *   <li>{@link #reject}: the order must not ship.</li>
 * </ul>
 * Four eyes (issue 13): whoever submitted the order of a case (the decision's actor) may neither
 * release the case nor clear its matches, whatever their role ({@link ForbiddenException}).
 * Thread-safe.
 */
public final class CaseService {
    private static final int MAX_REASON = 2000;

    /** The band whose clearance needs a second reviewer: a hit the screener calls a match. */
    static final String FOUR_EYES_BAND = "MATCH";

    private final Database db;
    private final Clock clock;
    private final Period validity;

    public CaseService(Database db, Clock clock) {
        this(db, clock, Period.ofDays(365));
    }

    /** @param validity how long a clearance holds after its review date */
    public CaseService(Database db, Clock clock, Period validity) {
        this.db = db;
        this.clock = clock;
        this.validity = validity;
    }

    /** Today, in UTC, by the store's clock: the day a clearance's expiry is compared with. */
    public LocalDate today() {
        return Today.utc(clock);
    }

    /** The first day {@code c} no longer holds: as recorded, or (legacy) its review date plus the validity. */
    public LocalDate expiresOn(Clearance c) {
        return c.expiresOn() != null
                ? c.expiresOn()
                : LocalDate.ofInstant(Instant.parse(c.clearedAt()), ZoneOffset.UTC)
                        .plus(validity);
    }

    /** Whether {@code c} has expired today. */
    public boolean expired(Clearance c) {
        return !today().isBefore(expiresOn(c));
    }

    /** Cases, newest first; {@code status} null for all. */
    public List<ReviewCase> list(CaseStatus status, int limit) {
        return db.read(h -> {
            var q = h.createQuery("SELECT * FROM review_case" + (status == null ? "" : " WHERE status = :status")
                    + " ORDER BY id DESC");
            if (status != null) {
                q.bind("status", status.name());
            }
            List<ReviewCase> heads =
                    q.setMaxRows(limit).map((rs, ctx) -> head(rs)).list();
            return heads.stream().map(c -> withMatches(h, c, false)).toList();
        });
    }

    /**
     * A page of the review queue: filtered, searched, ordered and cut in the database, so a queue of
     * thousands of cases is read a page at a time.
     */
    public CasePage search(CaseQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        java.util.Map<String, Object> binds = new java.util.LinkedHashMap<>();
        if (q.status() != null) {
            where.append(" AND rc.status = :status");
            binds.put("status", q.status().name());
        }
        if (q.kind() != null) {
            where.append(" AND rc.kind = :kind");
            binds.put("kind", q.kind().name());
        }
        if (q.verdict() != null) {
            where.append(" AND rc.verdict = :verdict");
            binds.put("verdict", q.verdict());
        }
        if (q.destination() != null) {
            where.append(" AND d.destination = :destination");
            binds.put("destination", q.destination());
        }
        if (q.text() != null) {
            // LIKE with the search text's own % and _ taken literally (escaped with !: JDBI's parser reads a quoted
            // backslash as an escape)
            String like = "%"
                    + q.text()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace("!", "!!")
                            .replace("%", "!%")
                            .replace("_", "!_")
                    + "%";
            where.append(" AND (LOWER(COALESCE(rc.order_id, '')) LIKE :text ESCAPE '!'"
                    + " OR LOWER(rc.decision_id) LIKE :text ESCAPE '!'"
                    + " OR LOWER(rc.reason) LIKE :text ESCAPE '!'"
                    + " OR EXISTS (SELECT 1 FROM case_match cm WHERE cm.case_id = rc.id AND (LOWER(cm.party_name)"
                    + " LIKE :text ESCAPE '!' OR LOWER(cm.listed_name) LIKE :text ESCAPE '!'))"
                    + " OR EXISTS (SELECT 1 FROM decision_party dp WHERE dp.decision_id = rc.decision_id"
                    + " AND LOWER(dp.name) LIKE :text ESCAPE '!'))");
            binds.put("text", like);
        }
        String from = " FROM review_case rc LEFT JOIN decision d ON d.id = rc.decision_id";
        String dir = q.descending() ? " DESC" : " ASC";
        String order = " ORDER BY " + q.sort().column + dir + (q.sort() == CaseQuery.Sort.OPENED ? "" : ", rc.id DESC");
        return db.read(h -> {
            var count = h.createQuery("SELECT COUNT(*)" + from + where);
            var page = h.createQuery("SELECT rc.*, d.destination AS order_destination" + from + where + order
                    + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");
            binds.forEach((k, v) -> {
                count.bind(k, v);
                page.bind(k, v);
            });
            long total = count.mapTo(Long.class).one();
            List<CasePage.Row> rows = page
                    .bind("offset", q.offset())
                    .bind("limit", q.limit())
                    .map((rs, ctx) -> new CasePage.Row(head(rs), rs.getString("order_destination")))
                    .list()
                    .stream()
                    .map(r -> new CasePage.Row(withMatches(h, r.reviewCase(), false), r.destination()))
                    .toList();
            return new CasePage(rows, total);
        });
    }

    public ReviewCase get(long id) {
        return db.read(h -> load(h, id));
    }

    /** Cases about a decision, oldest first. */
    public List<ReviewCase> forDecision(String decisionId) {
        return db.read(h -> h
                .createQuery("SELECT * FROM review_case WHERE decision_id = :d ORDER BY id")
                .bind("d", decisionId)
                .map((rs, ctx) -> head(rs))
                .list()
                .stream()
                .map(c -> withMatches(h, c, true))
                .toList());
    }

    public ReviewCase confirm(long caseId, long matchId, String reason, Actor actor) {
        return reviewMatch(caseId, matchId, MatchStatus.CONFIRMED, optionalReason(reason), null, actor);
    }

    public ReviewCase clear(long caseId, long matchId, String reason, Actor actor) {
        return reviewMatch(caseId, matchId, MatchStatus.CLEARED, requiredReason(reason, "clear"), null, actor);
    }

    /**
     * Confirms a match with a reason code ({@link MatchReasonCode#TRUE_MATCH} or {@code OTHER}, which
     * needs a note) and an optional note.
     */
    public ReviewCase confirm(long caseId, long matchId, MatchReasonCode code, String note, Actor actor) {
        if (!code.confirms()) {
            throw new StoreInputException("reasonCode: " + code + " clears a match; a confirmation takes "
                    + MatchReasonCode.TRUE_MATCH + " or " + MatchReasonCode.OTHER);
        }
        String reason = coded(code, note);
        return reviewMatch(caseId, matchId, MatchStatus.CONFIRMED, reason, code, actor);
    }

    /**
     * Clears a match as a false positive with a reason code (one of the {@code DIFFERENT_*} codes, or
     * {@code OTHER}, which needs a note) and an optional note.
     */
    public ReviewCase clear(long caseId, long matchId, MatchReasonCode code, String note, Actor actor) {
        if (!code.clears()) {
            throw new StoreInputException("reasonCode: " + code + " confirms a match; a clearance takes "
                    + "DIFFERENT_ENTITY, DIFFERENT_ADDRESS, DIFFERENT_COUNTRY or OTHER");
        }
        String reason = coded(code, note);
        return reviewMatch(caseId, matchId, MatchStatus.CLEARED, reason, code, actor);
    }

    private static String coded(MatchReasonCode code, String note) {
        if (code == MatchReasonCode.OTHER && (note == null || note.isBlank())) {
            throw new StoreInputException("note: a note is required with reason code OTHER (say what the reason is)");
        }
        return optionalReason(code.reason(note));
    }

    public ReviewCase release(long caseId, String reason, Actor actor) {
        String why = requiredReason(reason, "release");
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ReviewCase c = openCase(h, caseId);
            if (c.hasPendingMatches()) {
                throw new ConflictException(
                        "case " + caseId + ": review every match (confirm or clear) before releasing; "
                                + "pending: "
                                + c.matches().stream()
                                        .filter(m -> m.status() == MatchStatus.PENDING)
                                        .map(m -> "match " + m.id())
                                        .toList());
            }
            if (c.kind() == CaseKind.DECISION && "PROHIBITED".equals(c.verdict())) {
                throw new ConflictException(
                        "case " + caseId + ": a PROHIBITED decision cannot be released; clear its false"
                                + " positives and decide the order again, or reject it");
            }
            notTheSubmitter(h, c, actor, "release case " + caseId);
            close(h, audit, c, CaseStatus.RELEASED, why, actor);
            return load(h, caseId);
        });
    }

    public ReviewCase reject(long caseId, String reason, Actor actor) {
        String why = requiredReason(reason, "reject");
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ReviewCase c = openCase(h, caseId);
            close(h, audit, c, CaseStatus.REJECTED, why, actor);
            return load(h, caseId);
        });
    }

    /**
     * Attaches a file to a case (open or closed: evidence may come after the decision), about one of
     * its matches or the case as a whole. The content is kept whole; its SHA-256 goes into the audit
     * trail ({@code case.attachment}) and the case's history.
     */
    public CaseAttachment attach(long caseId, Long matchId, String fileName, byte[] content, String note, Actor actor) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw new StoreInputException("file: a file name of 1 to 255 characters on one line is required");
        }
        if (content == null || content.length == 0) {
            throw new StoreInputException("file: " + name + " is empty");
        }
        if (content.length > CaseAttachment.MAX_BYTES) {
            throw new StoreInputException("file: " + name + " is " + content.length + " bytes; at most "
                    + CaseAttachment.MAX_BYTES + " are kept");
        }
        String why = optionalReason(note);
        String sha = dev.licit.store.internal.Hashes.sha256(content);
        String fname = name;
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ReviewCase c = load(h, caseId);
            if (matchId != null && c.matches().stream().noneMatch(m -> m.id() == matchId)) {
                throw new NotFoundException("case " + caseId + " has no match " + matchId);
            }
            String at = audit.recordedAt();
            long id = h.createUpdate(
                            "INSERT INTO case_attachment (case_id, match_id, file_name, size_bytes, sha256,"
                                    + " content_base64, note, actor, attached_at) VALUES (:c, :m, :f, :s, :h, :b, :n, :by, :at)")
                    .bind("c", caseId)
                    .bind("m", matchId)
                    .bind("f", fname)
                    .bind("s", (long) content.length)
                    .bind("h", sha)
                    .bind("b", java.util.Base64.getEncoder().encodeToString(content))
                    .bind("n", why)
                    .bind("by", actor.name())
                    .bind("at", at)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            action(
                    h,
                    caseId,
                    matchId,
                    "ATTACH",
                    actor,
                    at,
                    fname + " sha256:" + sha + (why == null ? "" : " — " + why));
            ObjectNode p = Json.object();
            p.put("caseId", caseId);
            p.put("attachmentId", id);
            p.put("matchId", matchId);
            p.put("fileName", fname);
            p.put("sizeBytes", content.length);
            p.put("sha256", sha);
            p.put("note", why);
            audit.append(actor, "case.attachment", "case:" + caseId, p);
            audit.finish();
            return new CaseAttachment(id, caseId, matchId, fname, content.length, sha, why, actor.name(), at);
        });
    }

    /** The files attached to a case, oldest first (without their content). */
    public List<CaseAttachment> attachments(long caseId) {
        return db.read(h -> h.createQuery("SELECT id, case_id, match_id, file_name, size_bytes, sha256, note, actor,"
                        + " attached_at FROM case_attachment WHERE case_id = :c ORDER BY id")
                .bind("c", caseId)
                .map((rs, ctx) -> new CaseAttachment(
                        rs.getLong("id"),
                        rs.getLong("case_id"),
                        rs.getObject("match_id", Long.class),
                        rs.getString("file_name"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getString("note"),
                        rs.getString("actor"),
                        rs.getString("attached_at")))
                .list());
    }

    /**
     * The content of an attached file, checked against its recorded SHA-256: a file changed in the
     * database since it was attached is refused, never served.
     */
    public byte[] attachmentContent(long caseId, long attachmentId) {
        String[] row = db.read(h -> h.createQuery(
                        "SELECT sha256, content_base64 FROM case_attachment WHERE id = :id AND case_id = :c")
                .bind("id", attachmentId)
                .bind("c", caseId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .findOne()
                .orElseThrow(() -> new NotFoundException("case " + caseId + " has no attachment " + attachmentId)));
        byte[] content = java.util.Base64.getDecoder().decode(row[1]);
        if (!dev.licit.store.internal.Hashes.sha256(content).equals(row[0])) {
            throw new dev.licit.store.common.StoreException("case " + caseId + ", attachment " + attachmentId
                    + ": the content no longer matches its recorded SHA-256 " + row[0] + "; it is not served");
        }
        return content;
    }

    /** The latest active clearance of this party for this entry (any version), if any. */
    public Optional<Clearance> activeClearance(String partyKey, String list, String entryId) {
        return db.read(h -> activeClearance(h, partyKey, list, entryId));
    }

    public static Optional<Clearance> activeClearance(Handle h, String partyKey, String list, String entryId) {
        return h.createQuery("SELECT * FROM clearance WHERE party_key = :p AND list_code = :l AND entry_id = :e"
                        + " AND active = TRUE ORDER BY id DESC")
                .bind("p", partyKey)
                .bind("l", list)
                .bind("e", entryId)
                .setMaxRows(1)
                .map((rs, ctx) -> clearance(rs))
                .findFirst();
    }

    /** Every active clearance (re-screening compares them with a new list snapshot). */
    public List<Clearance> activeClearances() {
        return db.read(h -> h.createQuery("SELECT * FROM clearance WHERE active = TRUE ORDER BY id")
                .map((rs, ctx) -> clearance(rs))
                .list());
    }

    /**
     * Opens a case inside a caller's write transaction (the audit head is already locked by
     * {@code audit}); for the store's own services.
     */
    public static long open(Handle h, AuditWriter audit, CaseDraft draft, Actor actor) {
        long id = h.createUpdate(
                        "INSERT INTO review_case (decision_id, order_id, kind, status, verdict, reason, reason_details,"
                                + " opened_at, opened_by) VALUES (:d, :o, :k, 'OPEN', :v, :r, :rd, :at, :by)")
                .bind("d", draft.decisionId())
                .bind("o", draft.orderId())
                .bind("k", draft.kind().name())
                .bind("v", draft.verdict())
                .bind("r", draft.reason())
                .bind("rd", sentencesJson(draft.reasonDetails()))
                .bind("at", audit.recordedAt())
                .bind("by", actor.name())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        var batch = h.prepareBatch("INSERT INTO case_match (case_id, party_name, party_country, party_key, list_code,"
                + " entry_id, entry_version, listed_name, score, band, note, status) VALUES (:c, :pn, :pc, :pk, :l, :e,"
                + " :ev, :ln, :s, :b, :n, 'PENDING')");
        for (CaseDraft.MatchDraft m : draft.matches()) {
            batch.bind("c", id)
                    .bind("pn", m.partyName())
                    .bind("pc", m.partyCountry())
                    .bind("pk", m.partyKey())
                    .bind("l", m.list())
                    .bind("e", m.entryId())
                    .bind("ev", m.entryVersion())
                    .bind("ln", m.listedName())
                    .bind("s", m.score())
                    .bind("b", m.band())
                    .bind("n", m.note())
                    .add();
        }
        if (!draft.matches().isEmpty()) {
            batch.execute();
        }
        action(h, id, null, "OPENED", actor, audit.recordedAt(), draft.reason());
        ObjectNode p = Json.object();
        p.put("caseId", id);
        p.put("decisionId", draft.decisionId());
        p.put("kind", draft.kind().name());
        p.put("verdict", draft.verdict());
        p.put("reason", draft.reason());
        if (!draft.reasonDetails().isEmpty()) {
            p.set("reasonDetails", Json.COMPACT.valueToTree(draft.reasonDetails()));
        }
        p.put("matches", draft.matches().size());
        audit.append(actor, "case.opened", "case:" + id, p);
        return id;
    }

    /**
     * Reopens the case of a clearance whose list entry changed: the clearance stops applying, the
     * match goes back to PENDING with a note naming the change, and a closed case opens again.
     */
    public static void reopenForChangedEntry(Handle h, AuditWriter audit, Clearance c, String change, Actor actor) {
        h.createUpdate("UPDATE clearance SET active = FALSE WHERE id = :id")
                .bind("id", c.id())
                .execute();
        h.createUpdate("UPDATE case_match SET status = 'PENDING', note = :n WHERE id = :m")
                .bind("n", truncate(change))
                .bind("m", c.matchId())
                .execute();
        h.createUpdate("UPDATE review_case SET status = 'OPEN', closed_at = NULL, closed_by = NULL, close_reason = NULL"
                        + " WHERE id = :id")
                .bind("id", c.caseId())
                .execute();
        action(h, c.caseId(), c.matchId(), "REOPENED", actor, audit.recordedAt(), truncate(change));
        ObjectNode p = Json.object();
        p.put("caseId", c.caseId());
        p.put("matchId", c.matchId());
        p.put("clearanceId", c.id());
        p.put("change", change);
        audit.append(actor, "case.reopened", "case:" + c.caseId(), p);
    }

    private ReviewCase reviewMatch(
            long caseId, long matchId, MatchStatus to, String reason, MatchReasonCode code, Actor actor) {
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ReviewCase c = openCase(h, caseId);
            CaseMatch m = c.matches().stream()
                    .filter(x -> x.id() == matchId)
                    .findFirst()
                    .orElseThrow(() ->
                            new NotFoundException("case " + caseId + " has no match " + matchId + " (its matches: "
                                    + c.matches().stream().map(CaseMatch::id).toList() + ")"));
            if (m.status() != MatchStatus.PENDING) {
                throw new ConflictException("case " + caseId + ", match " + matchId + " was already "
                        + m.status().name().toLowerCase() + " by " + m.reviewedBy() + " on " + m.reviewedAt());
            }
            String at = audit.recordedAt();
            if (to == MatchStatus.CLEARED) {
                notTheSubmitter(h, c, actor, "clear match " + matchId + " of case " + caseId);
                if (FOUR_EYES_BAND.equals(m.band())) {
                    if (m.proposedBy() == null) {
                        return propose(h, audit, c, m, reason, code, actor);
                    }
                    if (m.proposedBy().equals(actor.name())) {
                        throw new ForbiddenException("case " + caseId + ", match " + matchId + ": " + actor.name()
                                + " proposed this clearance on " + m.proposedAt() + "; a MATCH-band hit is cleared"
                                + " only when a second, different reviewer completes it (four eyes)");
                    }
                }
            }
            h.createUpdate("UPDATE case_match SET status = :s, reviewed_by = :by, reviewed_at = :at, review_reason = :r"
                            + " WHERE id = :id")
                    .bind("s", to.name())
                    .bind("by", actor.name())
                    .bind("at", at)
                    .bind("r", reason)
                    .bind("id", matchId)
                    .execute();
            String verb = to == MatchStatus.CLEARED ? "CLEAR" : "CONFIRM";
            action(h, caseId, matchId, verb, actor, at, reason);
            ObjectNode p = Json.object();
            p.put("caseId", caseId);
            p.put("matchId", matchId);
            p.put("party", m.partyName());
            p.put("list", m.list());
            p.put("entryId", m.entryId());
            p.put("entryVersion", m.entryVersion());
            p.put("reason", reason);
            if (code != null) {
                p.put("reasonCode", code.name());
            }
            if (to == MatchStatus.CLEARED) {
                String partyKey = PartyKey.of(m.partyName(), m.partyCountry());
                // a newer clearance of the same party and entry replaces the older one
                h.createUpdate(
                                "UPDATE clearance SET active = FALSE WHERE party_key = :p AND list_code = :l AND entry_id = :e")
                        .bind("p", partyKey)
                        .bind("l", m.list())
                        .bind("e", m.entryId())
                        .execute();
                LocalDate expires = today().plus(validity);
                long clearanceId = h.createUpdate(
                                "INSERT INTO clearance (party_key, list_code, entry_id, entry_version,"
                                        + " reason, cleared_by, cleared_at, case_id, match_id, active, expires_on, proposed_by)"
                                        + " VALUES (:p, :l, :e, :v, :r, :by, :at, :c, :m, TRUE, :exp, :pb)")
                        .bind("exp", expires)
                        .bind("pb", m.proposedBy())
                        .bind("p", partyKey)
                        .bind("l", m.list())
                        .bind("e", m.entryId())
                        .bind("v", m.entryVersion())
                        .bind("r", reason)
                        .bind("by", actor.name())
                        .bind("at", at)
                        .bind("c", caseId)
                        .bind("m", matchId)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
                p.put("clearanceId", clearanceId);
                p.put("reviewDate", today().toString());
                p.put("expiresOn", expires.toString());
                if (m.proposedBy() != null) {
                    p.put("proposedBy", m.proposedBy());
                }
            }
            audit.append(actor, "case." + verb.toLowerCase(), "case:" + caseId, p);
            audit.finish();
            return load(h, caseId);
        });
    }

    /**
     * The first of two clearances of a MATCH-band hit: recorded on the match, which stays PENDING
     * (so its case cannot be released) until a second, different reviewer completes it.
     */
    private static ReviewCase propose(
            Handle h, AuditWriter audit, ReviewCase c, CaseMatch m, String reason, MatchReasonCode code, Actor actor) {
        String at = audit.recordedAt();
        h.createUpdate(
                        "UPDATE case_match SET proposed_by = :by, proposed_at = :at, proposed_reason = :r WHERE id = :id")
                .bind("by", actor.name())
                .bind("at", at)
                .bind("r", reason)
                .bind("id", m.id())
                .execute();
        action(h, c.id(), m.id(), "CLEAR_PROPOSED", actor, at, reason);
        ObjectNode p = Json.object();
        p.put("caseId", c.id());
        p.put("matchId", m.id());
        p.put("party", m.partyName());
        p.put("list", m.list());
        p.put("entryId", m.entryId());
        p.put("entryVersion", m.entryVersion());
        p.put("band", m.band());
        p.put("reason", reason);
        if (code != null) {
            p.put("reasonCode", code.name());
        }
        p.put("pending", "a second, different reviewer must clear it too");
        audit.append(actor, "case.clear-proposed", "case:" + c.id(), p);
        audit.finish();
        return load(h, c.id());
    }

    /**
     * Four eyes: the actor who submitted the decision of a case may not let it through. Compared by
     * the recorded actor name: an API key's id on the server; on the CLI a self-declared name, which
     * binds only as far as the local user is honest (docs/SECURITY.md).
     */
    private static void notTheSubmitter(Handle h, ReviewCase c, Actor actor, String what) {
        Optional<String> submitter = h.createQuery("SELECT actor FROM decision WHERE id = :d")
                .bind("d", c.decisionId())
                .mapTo(String.class)
                .findOne();
        if (submitter.isPresent() && submitter.get().equals(actor.name())) {
            throw new ForbiddenException(actor.name() + " submitted decision " + c.decisionId() + " and may not " + what
                    + ": another reviewer must (four eyes)");
        }
    }

    private static void close(Handle h, AuditWriter audit, ReviewCase c, CaseStatus to, String reason, Actor actor) {
        String at = audit.recordedAt();
        h.createUpdate(
                        "UPDATE review_case SET status = :s, closed_at = :at, closed_by = :by, close_reason = :r WHERE id = :id")
                .bind("s", to.name())
                .bind("at", at)
                .bind("by", actor.name())
                .bind("r", reason)
                .bind("id", c.id())
                .execute();
        String verb = to == CaseStatus.RELEASED ? "RELEASE" : "REJECT";
        action(h, c.id(), null, verb, actor, at, reason);
        ObjectNode p = Json.object();
        p.put("caseId", c.id());
        p.put("decisionId", c.decisionId());
        p.put("status", to.name());
        p.put("reason", reason);
        audit.append(actor, "case." + verb.toLowerCase(), "case:" + c.id(), p);
        audit.finish();
    }

    private static ReviewCase openCase(Handle h, long caseId) {
        h.createQuery("SELECT id FROM review_case WHERE id = :id FOR UPDATE")
                .bind("id", caseId)
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> new NotFoundException("no case " + caseId));
        ReviewCase c = load(h, caseId);
        if (c.status() != CaseStatus.OPEN) {
            throw new ConflictException(
                    "case " + caseId + " is " + c.status().name().toLowerCase() + " (by " + c.closedBy() + " on "
                            + c.closedAt() + "); only open cases take review actions");
        }
        return c;
    }

    private static ReviewCase load(Handle h, long id) {
        ReviewCase c = h.createQuery("SELECT * FROM review_case WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> head(rs))
                .findOne()
                .orElseThrow(() -> new NotFoundException("no case " + id));
        return withMatches(h, c, true);
    }

    private static ReviewCase withMatches(Handle h, ReviewCase c, boolean actions) {
        List<CaseMatch> matches = h.createQuery("SELECT * FROM case_match WHERE case_id = :c ORDER BY id")
                .bind("c", c.id())
                .map((rs, ctx) -> new CaseMatch(
                        rs.getLong("id"),
                        rs.getLong("case_id"),
                        rs.getString("party_name"),
                        rs.getString("party_country"),
                        rs.getString("list_code"),
                        rs.getString("entry_id"),
                        rs.getString("entry_version"),
                        rs.getString("listed_name"),
                        rs.getDouble("score"),
                        rs.getString("band"),
                        rs.getString("note"),
                        MatchStatus.valueOf(rs.getString("status")),
                        rs.getString("reviewed_by"),
                        rs.getString("reviewed_at"),
                        rs.getString("review_reason"),
                        rs.getString("proposed_by"),
                        rs.getString("proposed_at"),
                        rs.getString("proposed_reason")))
                .list();
        List<CaseAction> history = !actions
                ? List.of()
                : h.createQuery("SELECT * FROM case_action WHERE case_id = :c ORDER BY id")
                        .bind("c", c.id())
                        .map((rs, ctx) -> new CaseAction(
                                rs.getLong("id"),
                                rs.getLong("case_id"),
                                rs.getObject("match_id", Long.class),
                                rs.getString("action"),
                                rs.getString("actor"),
                                rs.getString("at"),
                                rs.getString("reason")))
                        .list();
        return new ReviewCase(
                c.id(),
                c.decisionId(),
                c.orderId(),
                c.kind(),
                c.status(),
                c.verdict(),
                c.reason(),
                c.reasonDetails(),
                c.openedAt(),
                c.openedBy(),
                c.closedAt(),
                c.closedBy(),
                c.closeReason(),
                matches,
                history);
    }

    private static ReviewCase head(ResultSet rs) throws SQLException {
        return new ReviewCase(
                rs.getLong("id"),
                rs.getString("decision_id"),
                rs.getString("order_id"),
                CaseKind.valueOf(rs.getString("kind")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("verdict"),
                rs.getString("reason"),
                sentences(rs.getString("reason_details")),
                rs.getString("opened_at"),
                rs.getString("opened_by"),
                rs.getString("closed_at"),
                rs.getString("closed_by"),
                rs.getString("close_reason"),
                List.of(),
                List.of());
    }

    /** Sentences as the {@code reason_details} column keeps them: a JSON array of {code, params}; null for none. */
    static String sentencesJson(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return null;
        }
        ArrayNode a = Json.COMPACT.createArrayNode();
        for (Sentence s : sentences) {
            ObjectNode o = a.addObject();
            o.put("code", s.code());
            ObjectNode params = o.putObject("params");
            s.params().forEach(params::put);
        }
        return a.toString();
    }

    /** The sentences of a {@code reason_details} column: none when it is null (a case opened before V7). */
    static List<Sentence> sentences(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Sentence> out = new ArrayList<>();
        try {
            for (JsonNode n : Json.COMPACT.readTree(json)) {
                Map<String, String> params = new TreeMap<>();
                n.path("params")
                        .properties()
                        .forEach(e -> params.put(e.getKey(), e.getValue().asText()));
                out.add(new Sentence(n.path("code").asText(), params));
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException("a case's reason_details is not the JSON this store writes: " + e.getMessage(), e);
        }
        return out;
    }

    private static Clearance clearance(ResultSet rs) throws SQLException {
        return new Clearance(
                rs.getLong("id"),
                rs.getString("party_key"),
                rs.getString("list_code"),
                rs.getString("entry_id"),
                rs.getString("entry_version"),
                rs.getString("reason"),
                rs.getString("cleared_by"),
                rs.getString("cleared_at"),
                rs.getLong("case_id"),
                rs.getLong("match_id"),
                rs.getBoolean("active"),
                rs.getObject("expires_on", LocalDate.class),
                rs.getString("proposed_by"));
    }

    private static void action(
            Handle h, long caseId, Long matchId, String action, Actor actor, String at, String reason) {
        h.createUpdate("INSERT INTO case_action (case_id, match_id, action, actor, at, reason) VALUES (:c, :m, :a, :by,"
                        + " :at, :r)")
                .bind("c", caseId)
                .bind("m", matchId)
                .bind("a", action)
                .bind("by", actor.name())
                .bind("at", at)
                .bind("r", truncate(reason))
                .execute();
    }

    private static String requiredReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new StoreInputException(
                    "--reason: a reason is required to " + action + " (it is kept in the audit trail for the record)");
        }
        return optionalReason(reason);
    }

    private static String optionalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > MAX_REASON) {
            throw new StoreInputException("--reason: at most " + MAX_REASON + " characters, got " + reason.length());
        }
        return reason.strip();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 1) + "…";
    }
}
