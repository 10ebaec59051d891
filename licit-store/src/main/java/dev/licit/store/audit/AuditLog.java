package dev.licit.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.common.Actor;
import dev.licit.store.common.AuditKey;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.internal.Database;
import dev.licit.store.internal.Hashes;
import dev.licit.store.internal.Times;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * The audit trail: read, verify, export. Appending happens inside each service's write
 * transaction (see {@link AuditWriter}); this class never changes a row.
 *
 * <p>{@link #verify()} walks the chain in seq order (see {@link AuditEntry} for the hash rule), then
 * checks that the head row names the last row (a deleted tail shows), then that every stored
 * decision document still has the SHA-256 its {@code decision} event recorded (an edited decision
 * shows even though decisions live in their own table). Thread-safe.
 */
public final class AuditLog {
    /** The first line of an export file names its format. */
    public static final String EXPORT_FORMAT = "licit-audit-export/1";

    private final Database db;
    private final Clock clock;
    private final AuditKey key;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.key = db.config().auditKey();
    }

    /**
     * Makes the chain keyed when this store has an audit key and the chain's last row is not: one
     * {@code audit.keyed} event, hashed under the key. From it on, no row can be written or
     * rewritten without the key; the rows before it keep verifying as they were.
     */
    public void keyTheChain() {
        if (key == null) {
            return;
        }
        // a fresh chain needs no such event: its first row is keyed anyway
        boolean unkeyedRows = db.read(h -> h.createQuery("SELECT COUNT(*) FROM audit_head WHERE id = 1 AND seq > 0"
                                + " AND hash_scheme <> " + AuditEntry.KEYED)
                        .mapTo(Integer.class)
                        .one())
                > 0;
        if (!unkeyedRows) {
            return;
        }
        db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ObjectNode p = Json.object();
            p.put("hashScheme", AuditEntry.KEYED);
            p.put("algorithm", "HmacSHA256");
            audit.append(Actor.SYSTEM, "audit.keyed", "audit", p);
            audit.finish();
            return null;
        });
    }

    /**
     * Records an ad-hoc name screen (issue 18: every one is in the audit trail): who asked about which
     * name and country, against which list snapshot, and what it found. Nothing else is stored.
     *
     * @param matches the hits as the caller reported them (list, entry id, listed name, score, band)
     */
    public long screened(Actor actor, String name, String country, String snapshotId, List<ObjectNode> matches) {
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ObjectNode p = Json.object();
            p.put("name", name);
            p.put("country", country);
            p.put("listSnapshot", snapshotId);
            p.put("hits", matches.size());
            matches.forEach(p.putArray("matches")::add);
            long seq = audit.append(actor, "screen.adhoc", "screen", p);
            audit.finish();
            return seq;
        });
    }

    public AuditHead head() {
        return db.read(h -> h.createQuery("SELECT h.seq, h.hash, l.recorded_at FROM audit_head h"
                        + " LEFT JOIN audit_log l ON l.seq = h.seq WHERE h.id = 1")
                .map((rs, ctx) -> new AuditHead(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .one());
    }

    /** Rows from {@code fromSeq} on, at most {@code limit}. */
    public List<AuditEntry> entries(long fromSeq, int limit) {
        return db.read(h -> h.createQuery("SELECT * FROM audit_log WHERE seq >= :from ORDER BY seq")
                .bind("from", fromSeq)
                .setMaxRows(limit)
                .map((rs, ctx) -> entry(rs))
                .list());
    }

    /** Rows that meet {@code q}, oldest or newest first, at most its limit (the audit page's search and its export). */
    public List<AuditEntry> search(AuditQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        java.util.Map<String, Object> binds = new java.util.LinkedHashMap<>();
        if (q.kind() != null) {
            // a family (case) or one kind (case.clear); the family's own dot keeps "cases" out
            where.append(" AND (kind = :kind OR kind LIKE :kindFamily ESCAPE '!')");
            binds.put("kind", q.kind());
            binds.put("kindFamily", like(q.kind()) + ".%");
        }
        if (q.actor() != null) {
            where.append(" AND actor = :actor");
            binds.put("actor", q.actor());
        }
        if (q.subject() != null) {
            where.append(" AND subject = :subject");
            binds.put("subject", q.subject());
        }
        if (q.since() != null) {
            where.append(" AND recorded_at >= :since"); // fixed-width UTC text sorts as time
            binds.put("since", q.since().toString());
        }
        if (q.until() != null) {
            where.append(" AND recorded_at < :until");
            binds.put("until", q.until().plusDays(1).toString());
        }
        if (q.text() != null) {
            where.append(" AND LOWER(payload) LIKE :text ESCAPE '!'");
            binds.put("text", "%" + like(q.text().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (q.fromSeq() != null) {
            where.append(" AND seq >= :fromSeq");
            binds.put("fromSeq", q.fromSeq());
        }
        if (q.toSeq() != null) {
            where.append(" AND seq <= :toSeq");
            binds.put("toSeq", q.toSeq());
        }
        String sql = "SELECT * FROM audit_log" + where + " ORDER BY seq" + (q.newestFirst() ? " DESC" : "");
        return db.read(h -> {
            var query = h.createQuery(sql);
            binds.forEach(query::bind);
            return query.setMaxRows(q.limit()).map((rs, ctx) -> entry(rs)).list();
        });
    }

    /** Text for LIKE with its own % and _ taken literally (escaped with !). */
    private static String like(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Events about one subject (a decision id, {@code case:12} ...), oldest first. */
    public List<AuditEntry> about(String subject) {
        return db.read(h -> h.createQuery("SELECT * FROM audit_log WHERE subject = :s ORDER BY seq")
                .bind("s", subject)
                .map((rs, ctx) -> entry(rs))
                .list());
    }

    /**
     * Verifies the chain, its head, the decision records it covers, and the API keys, licenses and
     * cases against the events that made them.
     */
    public ChainCheck verify() {
        return db.read(h -> {
            // The head first, then only the rows up to it: writers commit their rows and the head
            // together, so every row up to the head read here is committed and visible to the reads
            // that follow, and rows appended meanwhile are left out. Reading the rows first and the
            // head after raised "rows at the end were deleted" whenever anything was written between.
            AuditHead head = h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
                    .map((rs, ctx) -> new AuditHead(rs.getLong(1), rs.getString(2), null))
                    .one();
            ChainVerifier v = new ChainVerifier(key);
            Map<String, long[]> decisionSeq = new HashMap<>();
            Map<String, String> decisionSha = new HashMap<>();
            RecordEvents events = new RecordEvents(head.seq());
            try (Stream<AuditEntry> rows = h
                    .createQuery("SELECT * FROM audit_log WHERE seq <= :head ORDER BY seq")
                    .bind("head", head.seq())
                    .setFetchSize(500)
                    .map((rs, ctx) -> entry(rs))
                    .stream()) {
                for (var it = rows.iterator(); it.hasNext(); ) {
                    AuditEntry e = it.next();
                    if (!v.accept(e)) {
                        break;
                    }
                    if (e.kind().equals("decision")) {
                        decisionSeq.put(e.subject(), new long[] {e.seq()});
                        decisionSha.put(
                                e.subject(),
                                Json.readStored(e.payload())
                                        .path("documentSha256")
                                        .asText());
                    } else {
                        events.accept(e);
                    }
                }
            }
            if (!v.broken()) {
                checkHead(head, v);
            }
            if (!v.broken()) {
                v.requireKeyedRows();
            }
            if (!v.broken()) {
                checkDecisions(h, v, decisionSeq, decisionSha, head.seq());
            }
            if (!v.broken()) {
                events.check(h, v);
            }
            return v.result();
        });
    }

    private static void checkHead(AuditHead head, ChainVerifier v) {
        if (head.seq() != v.lastSeq() || !head.hash().equals(v.lastHash())) {
            long bad = Math.min(head.seq(), v.lastSeq()) + 1;
            v.fail(
                    bad,
                    "the chain ends at seq " + v.lastSeq() + " but its head names seq " + head.seq()
                            + (head.seq() > v.lastSeq()
                                    ? " (rows at the end were deleted)"
                                    : " (the head row was altered)"));
        }
    }

    /**
     * True when an event of {@code kind} about {@code subject} was appended after {@code headSeq}: a
     * record written while verify ran, whose event lies beyond the head verify read. Asked only for
     * a record that has no event up to the head, so rarely.
     */
    static boolean appendedSince(Handle h, long headSeq, String kind, String subject) {
        return h.createQuery("SELECT COUNT(*) FROM audit_log WHERE seq > :head AND kind = :kind AND subject = :subject")
                        .bind("head", headSeq)
                        .bind("kind", kind)
                        .bind("subject", subject)
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    private static void checkDecisions(
            Handle h, ChainVerifier v, Map<String, long[]> seqs, Map<String, String> shas, long headSeq) {
        try (Stream<String[]> rows = h
                .createQuery("SELECT id, document, document_sha256 FROM decision ORDER BY id")
                .setFetchSize(200)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .stream()) {
            for (var it = rows.iterator(); it.hasNext() && !v.broken(); ) {
                String[] d = it.next();
                long[] seq = seqs.get(d[0]);
                if (seq == null && appendedSince(h, headSeq, "decision", d[0])) {
                    continue; // recorded while verify ran
                }
                if (seq == null) {
                    v.fail(
                            v.lastSeq() + 1,
                            "decision " + d[0] + " has no decision event in the audit trail"
                                    + " (it was written around the store)");
                } else if (!Hashes.sha256(d[1]).equals(shas.get(d[0])) || !d[2].equals(shas.get(d[0]))) {
                    v.fail(
                            seq[0],
                            "decision " + d[0] + ": the stored document is not the one audited at seq " + seq[0]
                                    + " (the decision was edited)");
                }
            }
        }
    }

    /** True when the chain has row {@code seq} with exactly {@code hash} (an anchor written down earlier). */
    public boolean matchesAnchor(long seq, String hash) {
        return db.read(h -> h.createQuery("SELECT hash FROM audit_log WHERE seq = :seq")
                        .bind("seq", seq)
                        .mapTo(String.class)
                        .findOne())
                .map(hash::equals)
                .orElse(false);
    }

    /**
     * Writes the whole trail to {@code file} as JSON lines: a header naming the format, the hash rule
     * and the head, then one line per row (decision rows carry the decision document, so the file
     * proves the records too). Written to a temporary file and moved into place: never half-written.
     */
    public ExportSummary export(Path file, StoreConfig source) {
        Path target = file.toAbsolutePath();
        Path tmp;
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".audit-export-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        try {
            ExportSummary s;
            // closed (flushed and written) before the move, so the file moved into place is whole
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                s = export(w, source);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return s;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is never read
            }
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    ExportSummary export(Writer w, StoreConfig source) throws IOException {
        return db.read(h -> {
            // reading the head first and stopping there gives a consistent prefix even while writers append
            AuditHead head = h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
                    .map((rs, ctx) -> new AuditHead(rs.getLong(1), rs.getString(2), null))
                    .one();
            ObjectNode header = Json.object();
            header.put("format", EXPORT_FORMAT);
            header.put("exportedAt", Times.text(clock.instant()));
            header.put("source", source == null ? null : source.describe());
            header.put("rows", head.seq());
            header.put("headSeq", head.seq());
            header.put("headHash", head.hash());
            header.put("hashRule", AuditEntry.HASH_RULE);
            header.put(
                    "records",
                    "rows of kind 'decision' carry 'record': the decision document as stored; its"
                            + " SHA-256 must equal the payload's documentSha256");
            try {
                w.write(Json.compact(header));
                w.write('\n');
                try (Stream<Object[]> rows = h
                        .createQuery("SELECT l.*, d.document FROM audit_log l LEFT JOIN decision d"
                                + " ON l.kind = 'decision' AND d.id = l.subject WHERE l.seq <= :head ORDER BY l.seq")
                        .bind("head", head.seq())
                        .setFetchSize(200)
                        .map((rs, ctx) -> new Object[] {entry(rs), rs.getString("document")})
                        .stream()) {
                    for (var it = rows.iterator(); it.hasNext(); ) {
                        Object[] r = it.next();
                        AuditEntry e = (AuditEntry) r[0];
                        ObjectNode line = Json.object();
                        line.put("seq", e.seq());
                        line.put("recordedAt", e.recordedAt());
                        line.put("actor", e.actor());
                        line.put("kind", e.kind());
                        line.put("subject", e.subject());
                        line.put("payload", e.payload());
                        line.put("prevHash", e.prevHash());
                        line.put("hash", e.hash());
                        line.put("hashScheme", e.hashScheme());
                        if (r[1] != null) {
                            line.put("record", (String) r[1]);
                        }
                        w.write(Json.compact(line));
                        w.write('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ExportSummary(head.seq(), head.hash());
        });
    }

    /** What an export contains: rows up to {@code headSeq}, ending in {@code headHash}. */
    public record ExportSummary(long headSeq, String headHash) {}

    /**
     * Verifies an export file on its own, without the store: the chain, the header's head, and each
     * decision record against its audited hash.
     */
    public static ChainCheck verifyExport(Path file) {
        return verifyExport(file, AuditKey.fromEnvironment().orElse(null));
    }

    /** {@link #verifyExport(Path)} with the audit key its keyed rows were hashed under (null: none). */
    public static ChainCheck verifyExport(Path file, AuditKey key) {
        ChainVerifier v = new ChainVerifier(key);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            JsonNode header = first == null ? null : tryRead(first);
            if (header == null || !EXPORT_FORMAT.equals(header.path("format").asText())) {
                v.fail(1, file + ": line 1 is not a " + EXPORT_FORMAT + " header");
                return v.result();
            }
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                JsonNode n = tryRead(line);
                if (n == null || !n.hasNonNull("seq") || !n.hasNonNull("payload")) {
                    v.fail(v.lastSeq() + 1, file + ":" + lineNo + ": not an audit row");
                    break;
                }
                AuditEntry e = new AuditEntry(
                        n.get("seq").asLong(),
                        n.path("recordedAt").asText(),
                        n.path("actor").asText(),
                        n.path("kind").asText(),
                        n.path("subject").asText(),
                        n.get("payload").asText(),
                        n.path("prevHash").asText(),
                        n.path("hash").asText(),
                        n.path("hashScheme").asInt(AuditEntry.UNKEYED));
                if (!v.accept(e)) {
                    break;
                }
                if (n.has("record")) {
                    String sha = tryRead(e.payload()) == null
                            ? ""
                            : tryRead(e.payload()).path("documentSha256").asText();
                    if (!Hashes.sha256(n.get("record").asText()).equals(sha)) {
                        v.fail(
                                e.seq(),
                                "seq " + e.seq() + ": the decision record does not match the audited documentSha256"
                                        + " (the record was edited)");
                        break;
                    }
                }
            }
            if (!v.broken()
                    && (header.path("headSeq").asLong() != v.lastSeq()
                            || !header.path("headHash").asText().equals(v.lastHash()))) {
                v.fail(
                        v.lastSeq() + 1,
                        "the header names head seq " + header.path("headSeq").asLong() + " but the rows end at seq "
                                + v.lastSeq() + " with another hash (rows were removed or the header altered)");
            }
            return v.result();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The last seq and hash of an export file, for anchoring its rows against a published head. */
    public static Optional<AuditHead> exportHead(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode header = tryRead(Optional.ofNullable(r.readLine()).orElse(""));
            if (header == null) {
                return Optional.empty();
            }
            return Optional.of(new AuditHead(
                    header.path("headSeq").asLong(), header.path("headHash").asText(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tryRead(String text) {
        try {
            return Json.COMPACT.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getString("recorded_at"),
                rs.getString("actor"),
                rs.getString("kind"),
                rs.getString("subject"),
                rs.getString("payload"),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getInt("hash_scheme"));
    }
}
