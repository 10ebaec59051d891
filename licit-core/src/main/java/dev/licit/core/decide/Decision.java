package dev.licit.core.decide;

import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision for an order (contract.md "Decision"). Deterministic: the same order under the same
 * rulebook gives an equal decision; only the caller's {@code decidedAt} stamp differs.
 *
 * @param asOf the date whose rules were applied
 * @param rulebookFrom first day of the rulebook version applied
 * @param earliestShipDate for a notification exception, the first day the order may ship
 * @param steps what to do next, each with the code and values a translation is filled with
 */
public record Decision(String orderId, Verdict verdict, ReviewPolicy reviewPolicy, String licenseException,
                       LocalDate asOf, LocalDate earliestShipDate, List<ItemDecision> items,
                       List<PartyResult> parties, List<NextStep> steps, List<String> missing,
                       LocalDate rulebookFrom, String rulebookSha256, List<String> overlays,
                       boolean aiDiffusionEnforced, List<TraceStep> trace) {
    /** What to do next, in English (contract.md "nextSteps"). */
    public List<String> nextSteps() {
        return steps.stream().map(NextStep::text).toList();
    }
}
