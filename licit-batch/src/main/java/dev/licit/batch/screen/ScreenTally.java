package dev.licit.batch.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts a screening run as results are written (one thread: the writer). */
public final class ScreenTally {
    static final int PROBLEMS_KEPT = 20;

    private long parties;
    private long partiesWithHits;
    private long hits;
    private long refused;
    private final Map<String, Long> byBand = new TreeMap<>();
    private final Map<String, Long> byList = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    public void add(ScreenOutcome outcome) {
        parties++;
        switch (outcome) {
            case ScreenOutcome.Screened s -> {
                if (!s.hits().isEmpty()) {
                    partiesWithHits++;
                }
                for (HitRow h : s.hits()) {
                    hit(h);
                }
            }
            case ScreenOutcome.Rejected r -> refuse(r.problem());
        }
    }

    /** Counts one hit line without a party (the Spark driver counts parties with accumulators). */
    public void hit(HitRow h) {
        hits++;
        byBand.merge(h.band(), 1L, Long::sum);
        byList.merge(h.list(), 1L, Long::sum);
    }

    public void refuse(String problem) {
        refused++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    public long parties() {
        return parties;
    }

    public long refused() {
        return refused;
    }

    public long hits() {
        return hits;
    }

    public List<String> problems() {
        return problems;
    }

    /** @param parties and partiesWithHits override the counts when another part of the engine counted them, or -1 */
    public ScreenSummary summary(String engine, String snapshot, long parties, long partiesWithHits, double seconds) {
        return new ScreenSummary(
                engine,
                snapshot,
                parties >= 0 ? parties : this.parties,
                partiesWithHits >= 0 ? partiesWithHits : this.partiesWithHits,
                hits,
                byBand,
                byList,
                refused,
                problems,
                seconds);
    }
}
