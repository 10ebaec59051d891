package dev.licit.store.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.store.Actor;
import dev.licit.store.internal.Json;
import dev.licit.store.internal.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

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
    private long seq;
    private String hash;

    private AuditWriter(Handle handle, Instant at, long seq, String hash) {
        this.handle = handle;
        this.recordedAt = Times.text(at);
        this.seq = seq;
        this.hash = hash;
    }

    /** Locks the head (waits for other writers) and starts appending after it. */
    public static AuditWriter begin(Handle handle, Instant at) {
        var head = handle.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .one();
        return new AuditWriter(handle, at, (Long) head[0], (String) head[1]);
    }

    /** Adds an event; returns its seq. */
    public long append(Actor actor, String kind, String subject, ObjectNode payload) {
        long next = seq + 1;
        String text = Json.compact(payload);
        String h = AuditEntry.hashOf(hash, next, recordedAt, actor.name(), kind, subject, text);
        pending.add(new AuditEntry(next, recordedAt, actor.name(), kind, subject, text, hash, h));
        seq = next;
        hash = h;
        return next;
    }

    public String recordedAt() {
        return recordedAt;
    }

    /** Writes the appended rows and moves the head. Call once, before the transaction commits. */
    public void finish() {
        if (pending.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO audit_log (seq, recorded_at, actor, kind, subject, payload,"
                + " prev_hash, hash) VALUES (:seq, :recordedAt, :actor, :kind, :subject, :payload, :prevHash, :hash)");
        for (AuditEntry e : pending) {
            batch.bind("seq", e.seq()).bind("recordedAt", e.recordedAt()).bind("actor", e.actor())
                    .bind("kind", e.kind()).bind("subject", e.subject()).bind("payload", e.payload())
                    .bind("prevHash", e.prevHash()).bind("hash", e.hash()).add();
        }
        batch.execute();
        handle.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", seq).bind("hash", hash).execute();
        pending.clear();
    }
}
