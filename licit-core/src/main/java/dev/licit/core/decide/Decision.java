package dev.licit.core.decide;

import java.time.LocalDate;
import java.util.List;

/**
 * The decision for an order (contract.md "Decision"). Deterministic: the same order under the same
 * rulebook gives an equal decision; only the caller's {@code decidedAt} stamp differs.
 *
 * @param asOf the date whose rules were applied
 * @param rulebookFrom first day of the rulebook version applied
 * @param earliestShipDate for a notification exception, the first day the order may ship
 */
public record Decision(String orderId, Verdict verdict, ReviewPolicy reviewPolicy, String licenseException,
                       LocalDate asOf, LocalDate earliestShipDate, List<ItemDecision> items,
                       List<PartyResult> parties, List<String> nextSteps, List<String> missing,
                       LocalDate rulebookFrom, String rulebookSha256, List<String> overlays,
                       boolean aiDiffusionEnforced, List<TraceStep> trace) {
}
