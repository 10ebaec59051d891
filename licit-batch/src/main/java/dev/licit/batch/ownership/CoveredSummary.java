package dev.licit.batch.ownership;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end-of-run summary of a covered-set computation, whichever engine ran it.
 *
 * @param links links in force on the date, self-links and links given twice included
 * @param selfLinks links of an entity to itself, left out
 * @param cycles ownership cycles found (strongly connected components of two entities or more), or -1 when not counted
 * @param byStanding rows per rule and standing ("ofac50 COVERED")
 * @param readSeconds reading and indexing the graph; {@code computeSeconds} the fixed points
 */
public record CoveredSummary(
        String engine,
        long links,
        long entities,
        long selfLinks,
        long cycles,
        long entitiesInCycles,
        List<List<String>> cycleExamples,
        Map<String, Long> byStanding,
        double readSeconds,
        double computeSeconds,
        double seconds) {
    public CoveredSummary {
        cycleExamples = List.copyOf(cycleExamples);
        byStanding = Collections.unmodifiableMap(new TreeMap<>(byStanding));
    }
}
