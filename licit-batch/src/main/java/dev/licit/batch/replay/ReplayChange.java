package dev.licit.batch.replay;

import dev.licit.core.explain.Reason;
import java.util.List;

/**
 * One line of the replay output: an order whose outcome differs between the baseline rulebook and the
 * candidate, with the reasons of each side and what moved. Written as one JSON object per line; field
 * names and order are the output format.
 *
 * @param customer the end user (or the first party) named on the order, for the impact report
 * @param valueUsd the sum of quantity × unit value over the items that state a value; null when none does
 * @param changes what differs: {@code VERDICT}, {@code REVIEW_POLICY}, {@code LICENSE_EXCEPTION}
 * @param reasonsAdded rule ids that decide the candidate but not the baseline
 * @param reasonsRemoved rule ids that decided the baseline but no longer the candidate
 */
public record ReplayChange(
        String orderId,
        String date,
        String destination,
        String customer,
        Double valueUsd,
        String baselineVerdict,
        String verdict,
        String baselineReviewPolicy,
        String reviewPolicy,
        String baselineLicenseException,
        String licenseException,
        List<String> changes,
        List<String> reasonsAdded,
        List<String> reasonsRemoved,
        List<Reason> baselineReasons,
        List<Reason> reasons,
        RulebookRef baselineRulebook,
        RulebookRef rulebook) {
    public static final String VERDICT = "VERDICT";
    public static final String REVIEW_POLICY = "REVIEW_POLICY";
    public static final String LICENSE_EXCEPTION = "LICENSE_EXCEPTION";

    public ReplayChange {
        changes = List.copyOf(changes);
        reasonsAdded = List.copyOf(reasonsAdded);
        reasonsRemoved = List.copyOf(reasonsRemoved);
        baselineReasons = List.copyOf(baselineReasons);
        reasons = List.copyOf(reasons);
    }

    public boolean verdictChanged() {
        return changes.contains(VERDICT);
    }

    /** "NLR -> LICENSE_REQUIRED" */
    public String transition() {
        return baselineVerdict + " -> " + verdict;
    }
}
