package dev.licit.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.store.internal.LinkDigest;
import dev.licit.store.internal.OwnershipRows;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The ownership snapshots checked against their {@code ownership.import} events: a snapshot with
 * no event was written around the store, and a snapshot whose links do not hash to what its event
 * recorded was edited (a link added, removed or changed: an owner taken off the graph, say, so that
 * the party it owns passes screening). Links under no import row were inserted by hand.
 */
final class OwnershipRecords {
    private record Event(long seq, JsonNode payload) {}

    private final Map<String, Event> imports = new HashMap<>();

    void accept(AuditEntry e) {
        if (e.kind().equals("ownership.import")) {
            imports.putIfAbsent(e.subject(), new Event(e.seq(), Json.readStored(e.payload())));
        }
    }

    void check(Handle h, ChainVerifier v, long headSeq) {
        List<String[]> rows = h.createQuery(
                        "SELECT snapshot_id, links, links_sha256 FROM ownership_import ORDER BY seq")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        for (String[] r : rows) {
            if (v.broken()) {
                return;
            }
            String subject = "ownership:" + r[0];
            Event e = imports.get(subject);
            if (e == null) {
                if (!AuditLog.appendedSince(h, headSeq, "ownership.import", subject)) {
                    v.fail(
                            v.lastSeq() + 1,
                            "ownership snapshot " + r[0] + " has no ownership.import event in the audit trail (it was"
                                    + " written around the store)");
                }
                continue;
            }
            LinkDigest digest = new LinkDigest();
            int[] count = {0};
            try (var links = h
                    .createQuery(OwnershipRows.SELECT)
                    .bind("id", r[0])
                    .setFetchSize(5000)
                    .map((rs, ctx) -> OwnershipRows.link(rs))
                    .stream()) {
                links.forEach(l -> {
                    digest.add(l);
                    count[0]++;
                });
            }
            String sha = digest.hex();
            String recorded = e.payload().path("linksSha256").asText();
            if (!sha.equals(recorded)
                    || !r[2].equals(recorded)
                    || count[0] != e.payload().path("links").asInt()) {
                v.fail(
                        e.seq(),
                        "ownership snapshot " + r[0] + " holds " + count[0] + " link(s) that are not the "
                                + e.payload().path("links").asInt() + " imported at seq " + e.seq()
                                + " (links were edited, added or deleted)");
            }
        }
        if (!v.broken()) {
            List<String> orphans = h.createQuery("SELECT DISTINCT snapshot_id FROM ownership_link WHERE snapshot_id NOT"
                            + " IN (SELECT snapshot_id FROM ownership_import)")
                    .mapTo(String.class)
                    .list();
            if (!orphans.isEmpty()) {
                v.fail(
                        v.lastSeq() + 1,
                        "ownership links under snapshot(s) " + orphans + " that no import made (written around the"
                                + " store)");
            }
        }
    }
}
