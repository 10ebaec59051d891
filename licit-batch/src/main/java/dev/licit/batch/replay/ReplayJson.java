package dev.licit.batch.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.licit.core.json.Json;

/** One replay change per line (JSON Lines), in the record's field order; read back by the Spark driver. */
public final class ReplayJson {
    private ReplayJson() {}

    public static String line(ReplayChange change) {
        try {
            // map entries by key: a reason's params map has no stable order of its own, and two engines
            // (local and Spark) must write the same bytes
            return Json.CANONICAL.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the change of order " + change.orderId(), e);
        }
    }

    public static ReplayChange read(String line) {
        try {
            return Json.CANONICAL.readValue(line, ReplayChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a replay line: " + e.getOriginalMessage(), e);
        }
    }
}
