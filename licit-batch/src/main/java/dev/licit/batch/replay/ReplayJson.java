package dev.licit.batch.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One replay change per line (JSON Lines), in the record's field order; read back by the Spark driver. */
public final class ReplayJson {
    /** Map entries by key: a reason's params map has no stable order of its own, and two engines must write the same bytes. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ReplayJson() {}

    public static String line(ReplayChange change) {
        try {
            return JSON.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the change of order " + change.orderId(), e);
        }
    }

    public static ReplayChange read(String line) {
        try {
            return JSON.readValue(line, ReplayChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a replay line: " + e.getOriginalMessage(), e);
        }
    }
}
