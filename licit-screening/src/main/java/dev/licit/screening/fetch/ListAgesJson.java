package dev.licit.screening.fetch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code lists} object of a decision and of {@code /health}: the snapshot, the limit, and per list
 * file its publisher's date, when it was last confirmed current, its age and whether it is stale.
 */
public final class ListAgesJson {
    private ListAgesJson() {}

    /** Fills /health's {@code lists} with the report, each list's age in seconds included. */
    public static ObjectNode write(ListAges.Report r, ObjectNode into) {
        return write(r, into, true);
    }

    /**
     * Fills a decision's {@code lists}: the same without the ages in seconds, which would make two runs
     * of one decision differ in more than {@code decidedAt} (a list's age is {@code decidedAt} minus its
     * {@code confirmedAt}).
     */
    public static ObjectNode forDecision(ListAges.Report r, ObjectNode into) {
        return write(r, into, false);
    }

    private static ObjectNode write(ListAges.Report r, ObjectNode into, boolean ages) {
        into.put("snapshot", r.snapshotId());
        into.put("maxAgeSeconds", r.maxAge().toSeconds());
        into.put("builtInOnly", r.builtInOnly());
        into.put("stale", r.builtInOnly() || !r.stale().isEmpty());
        ArrayNode arr = into.putArray("sources");
        for (ListAges.ListAge a : r.lists()) {
            ObjectNode o = arr.addObject();
            o.put("file", a.file());
            o.put("format", a.format());
            if (a.sourceId() != null) {
                o.put("source", a.sourceId());
            }
            o.put("curated", a.curated());
            o.put(
                    "publishedAt",
                    a.publishedAt() == null ? null : a.publishedAt().toString());
            o.put(
                    "confirmedAt",
                    a.confirmedAt() == null ? null : a.confirmedAt().toString());
            if (ages) {
                o.put("ageSeconds", a.age().toSeconds());
            }
            o.put("stale", a.stale());
            if (a.lastError() != null) {
                o.put("lastError", a.lastError());
                o.put(
                        "lastErrorAt",
                        a.lastErrorAt() == null ? null : a.lastErrorAt().toString());
            }
        }
        r.warning().ifPresent(w -> into.put("warning", w));
        return into;
    }
}
