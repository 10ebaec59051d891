package dev.licit.store.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.common.Actor;
import dev.licit.store.common.AuditKey;
import dev.licit.store.common.StoreException;
import dev.licit.store.internal.AuditKeyConfig;
import dev.licit.store.internal.Times;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Appends events to the audit chain inside a write transaction. {@link #begin} locks the chain's
 * head row first: every write transaction of every process takes that lock before anything else
 * (so there is one lock order and no deadlock), which serialises appends and keeps seq and
 * prev_hash consistent under concurrent writers. Rows are inserted in one batch at
 * {@link #finish}, which also moves the head; the caller's transaction commits both with its own
 * changes, so an event is in the trail exactly when its effect is in the store.
 *
 * <p>Not thread-safe: one per transaction.
 */
public final class AuditWriter {
    private final Handle handle;
    private final String recordedAt;
    private final List<AuditEntry> pending = new ArrayList<>();
    private final AuditKey key;
    private long seq;
    private String hash;

    private AuditWriter(Handle handle, AuditKey key, Instant at, long seq, String hash) {
        this.handle = handle;
        this.key = key;
        this.recordedAt = Times.text(at);
        this.seq = seq;
        this.hash = hash;
    }

    /** Locks the head (waits for other writers) and starts appending after it. */
    public static AuditWriter begin(Handle handle, Instant at) {
        var head = handle.createQuery("SELECT seq, hash, hash_scheme FROM audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})
                .one();
        AuditKey key = handle.getConfig(AuditKeyConfig.class).key();
        if (key == null && (Integer) head[2] == AuditEntry.KEYED) {
            // an unkeyed row after keyed ones would break the chain for good: refuse before writing anything
            throw new StoreException("the audit trail of this store is keyed, and this process has no audit key: set "
                    + AuditKey.ENV + " or use the data home that holds " + AuditKey.FILE);
        }
        return new AuditWriter(handle, key, at, (Long) head[0], (String) head[1]);
    }

    /** Adds an event; returns its seq. */
    public long append(Actor actor, String kind, String subject, ObjectNode payload) {
        long next = seq + 1;
        if (!actor.verified()) {
            // a self-declared name is marked as such in every event it makes (issue 13, point 9)
            payload = payload.deepCopy();
            payload.put("actorVerified", false);
            payload.put("osUser", actor.osUser());
        }
        String text = Json.compact(payload);
        String h = AuditEntry.hashOf(key, hash, next, recordedAt, actor.name(), kind, subject, text);
        pending.add(new AuditEntry(next, recordedAt, actor.name(), kind, subject, text, hash, h, scheme()));
        seq = next;
        hash = h;
        return next;
    }

    private int scheme() {
        return key == null ? AuditEntry.UNKEYED : AuditEntry.KEYED;
    }

    public String recordedAt() {
        return recordedAt;
    }

    /** Writes the appended rows and moves the head. Call once, before the transaction commits. */
    public void finish() {
        if (pending.isEmpty()) {
            return;
        }
        // plain JDBC: Jdbi's lookup of an argument factory per named value was a tenth of the group
        // commit's time in a run of 20,000 orders (docs/PERFORMANCE.md)
        try (PreparedStatement batch = handle.getConnection()
                .prepareStatement("INSERT INTO audit_log (seq, recorded_at, actor, kind, subject, payload,"
                        + " prev_hash, hash, hash_scheme) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry e : pending) {
                batch.setLong(1, e.seq());
                batch.setString(2, e.recordedAt());
                batch.setString(3, e.actor());
                batch.setString(4, e.kind());
                batch.setString(5, e.subject());
                batch.setString(6, e.payload());
                batch.setString(7, e.prevHash());
                batch.setString(8, e.hash());
                batch.setInt(9, e.hashScheme());
                batch.addBatch();
            }
            batch.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot append to the audit trail: " + e.getMessage(), e);
        }
        handle.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash, hash_scheme = :scheme WHERE id = 1")
                .bind("seq", seq)
                .bind("hash", hash)
                .bind("scheme", scheme())
                .execute();
        pending.clear();
    }
}
