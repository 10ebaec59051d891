package dev.licit.batch.replay;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a replay compares: the baseline rulebook at a date (null: each order's own date) against the
 * candidate rulebook at a date (null: the order's date). Serializable so a Spark job ships it to its
 * executors, which load the rulebooks themselves ({@link RulebookSource}).
 *
 * @param allChanges also write orders whose verdict stays but whose review policy or license exception moves
 */
public record ReplayPlan(
        RulebookSource baseline,
        LocalDate baselineAsOf,
        RulebookSource candidate,
        LocalDate candidateAsOf,
        boolean allChanges)
        implements Serializable {

    /** "shipped rules at each order's date", "rules in proposed/ at 2025-01-01" */
    public String describeBaseline() {
        return baseline.label() + (baselineAsOf == null ? " at each order's date" : " as of " + baselineAsOf);
    }

    public String describeCandidate() {
        return candidate.label() + (candidateAsOf == null ? " at each order's date" : " as of " + candidateAsOf);
    }
}
