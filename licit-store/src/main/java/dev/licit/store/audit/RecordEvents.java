package dev.licit.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * The events that made and changed API keys, licenses, cases and ownership snapshots, gathered during a chain walk, and
 * the check of those tables against them: a row with no creating event was written around the
 * store (an admin key inserted by hand, say), and a row that says other than its events (a role
 * raised, a revocation undone) was edited. Decisions are checked by their document hash elsewhere.
 */
final class RecordEvents {
    /** The event that made or changed one thing: where it is in the chain and what it said. */
    private record Event(long seq, JsonNode payload) {}

    private final Map<String, Event> keysCreated = new HashMap<>();
    private final Map<String, Event> keysRevoked = new HashMap<>();
    private final Map<String, Event> licensesRegistered = new HashMap<>();
    private final Map<String, Event> licensesRevoked = new HashMap<>();
    private final Map<String, Event> casesOpened = new HashMap<>();
    private final OwnershipRecords ownership = new OwnershipRecords();
    /** The head verify read: records whose events come after it were written while verify ran. */
    private final long headSeq;

    RecordEvents(long headSeq) {
        this.headSeq = headSeq;
    }

    /** Whether the event is beyond the head verify read (the record was written or changed while it ran). */
    private boolean later(Handle h, String kind, String subject) {
        return AuditLog.appendedSince(h, headSeq, kind, subject);
    }

    /** Notes a verified row if it is one of the events checked here. */
    void accept(AuditEntry e) {
        Map<String, Event> into = switch (e.kind()) {
            case "key.created" -> keysCreated;
            case "key.revoked" -> keysRevoked;
            case "license.registered" -> licensesRegistered;
            case "license.revoked" -> licensesRevoked;
            case "case.opened" -> casesOpened;
            default -> null;
        };
        if (into != null) {
            into.putIfAbsent(e.subject(), new Event(e.seq(), Json.readStored(e.payload())));
        }
        ownership.accept(e);
    }

    /** Checks the tables against the events; the first mismatch fails {@code v}. */
    void check(Handle h, ChainVerifier v) {
        checkKeys(h, v);
        if (!v.broken()) {
            checkLicenses(h, v);
        }
        if (!v.broken()) {
            checkCases(h, v);
        }
        if (!v.broken()) {
            ownership.check(h, v, headSeq);
        }
    }

    private void checkKeys(Handle h, ChainVerifier v) {
        try (Stream<String[]> rows = h
                .createQuery("SELECT id, role, key_hash, revoked_at, scope FROM api_key ORDER BY id")
                .map((rs, ctx) -> new String[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                })
                .stream()) {
            for (var it = rows.iterator(); it.hasNext() && !v.broken(); ) {
                String[] k = it.next();
                Event created = keysCreated.get("key:" + k[0]);
                Event revoked = keysRevoked.get("key:" + k[0]);
                if (created == null && later(h, "key.created", "key:" + k[0])) {
                    continue;
                }
                if (created == null) {
                    v.fail(
                            v.lastSeq() + 1,
                            "API key " + k[0] + " has no key.created event in the audit trail (it was"
                                    + " written around the store)");
                } else if (!created.payload().path("role").asText().equals(k[1])) {
                    v.fail(
                            created.seq(),
                            "API key " + k[0] + " has role " + k[1] + " but was created at seq " + created.seq()
                                    + " as " + created.payload().path("role").asText() + " (the key was edited)");
                } else if (!created.payload().path("scope").asText("OWN").equals(k[4])) {
                    // keys created before scopes existed are OWN: a TEAM scope needs an event saying so
                    v.fail(
                            created.seq(),
                            "API key " + k[0] + " has scope " + k[4] + " but was created at seq " + created.seq()
                                    + " with scope "
                                    + created.payload().path("scope").asText("OWN")
                                    + " (the key was edited)");
                } else if (created.payload().has("keyHash")
                        && !created.payload().path("keyHash").asText().equals(k[2])) {
                    v.fail(
                            created.seq(),
                            "API key " + k[0] + " is not the key created at seq " + created.seq()
                                    + " (its secret was replaced)");
                } else if (revoked != null && k[3] == null) {
                    v.fail(
                            revoked.seq(),
                            "API key " + k[0] + " was revoked at seq " + revoked.seq()
                                    + " but is active (the revocation was undone)");
                } else if (revoked == null && k[3] != null && !later(h, "key.revoked", "key:" + k[0])) {
                    v.fail(v.lastSeq() + 1, "API key " + k[0] + " is revoked without a key.revoked event");
                }
            }
        }
    }

    private void checkLicenses(Handle h, ChainVerifier v) {
        try (Stream<String[]> rows = h
                .createQuery("SELECT number, status FROM license ORDER BY number")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .stream()) {
            for (var it = rows.iterator(); it.hasNext() && !v.broken(); ) {
                String[] l = it.next();
                Event revoked = licensesRevoked.get("license:" + l[0]);
                if (!licensesRegistered.containsKey("license:" + l[0])
                        && !later(h, "license.registered", "license:" + l[0])) {
                    v.fail(
                            v.lastSeq() + 1,
                            "license " + l[0] + " has no license.registered event in the audit trail"
                                    + " (it was written around the store)");
                } else if (revoked != null && !"REVOKED".equals(l[1])) {
                    v.fail(
                            revoked.seq(),
                            "license " + l[0] + " was revoked at seq " + revoked.seq() + " but is " + l[1]
                                    + " (the revocation was undone)");
                }
            }
        }
    }

    private void checkCases(Handle h, ChainVerifier v) {
        try (Stream<Long> rows = h.createQuery("SELECT id FROM review_case ORDER BY id").mapTo(Long.class).stream()) {
            for (var it = rows.iterator(); it.hasNext() && !v.broken(); ) {
                long id = it.next();
                if (!casesOpened.containsKey("case:" + id) && !later(h, "case.opened", "case:" + id)) {
                    v.fail(
                            v.lastSeq() + 1,
                            "case " + id + " has no case.opened event in the audit trail (it was written"
                                    + " around the store)");
                }
            }
        }
    }
}
