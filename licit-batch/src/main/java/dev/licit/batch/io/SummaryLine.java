package dev.licit.batch.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.licit.core.json.Json;

/**
 * The one line a Spark child process prints on standard output to hand its summary to the CLI that
 * started it: {@value #PREFIX} followed by the summary record as JSON. Everything else the child prints
 * (Spark's own chatter included) goes to standard error.
 */
public final class SummaryLine {
    public static final String PREFIX = "LICIT-SUMMARY ";

    private SummaryLine() {}

    public static String of(Object summary) {
        try {
            return PREFIX + Json.COMPACT.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the summary, or null when the line is not a summary line */
    public static <T> T read(String line, Class<T> type) {
        if (line == null || !line.startsWith(PREFIX)) {
            return null;
        }
        try {
            return Json.COMPACT.readValue(line.substring(PREFIX.length()), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable summary from the Spark job: " + e.getOriginalMessage(), e);
        }
    }
}
