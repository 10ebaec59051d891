package dev.licit.core.decide;

import dev.licit.core.ownership.OwnershipResult;
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
 * @param presumes for a clearance (NLR, a notification, a license exception), the checks it presumes
 *     the exporter made; empty otherwise
 * @param reviewedThrough the date through which the rulebook was reviewed; a decision for a later
 *     date may miss newer rules, which {@link #beyondReview()} says
 * @param affiliatesApplies the Affiliates-rule posture applied (it acts only from 2026-11-10)
 * @param ownership each party's owners and standing under the 50 % rules in force, one per party
 *     in the order of {@code parties}
 */
public record Decision(
        String orderId,
        Verdict verdict,
        ReviewPolicy reviewPolicy,
        String licenseException,
        LocalDate asOf,
        LocalDate earliestShipDate,
        List<ItemDecision> items,
        List<PartyResult> parties,
        List<NextStep> steps,
        List<String> missing,
        LocalDate rulebookFrom,
        String rulebookSha256,
        List<String> overlays,
        boolean aiDiffusionEnforced,
        List<TraceStep> trace,
        List<Presumption> presumes,
        LocalDate reviewedThrough,
        boolean affiliatesApplies,
        List<OwnershipResult> ownership) {
    public Decision {
        presumes = List.copyOf(presumes);
        ownership = List.copyOf(ownership);
    }

    /** Whether the rules are applied to a date after the rulebook was last reviewed. */
    public boolean beyondReview() {
        return reviewedThrough != null && asOf.isAfter(reviewedThrough);
    }

    /** What to do next, in English (contract.md "nextSteps"). */
    public List<String> nextSteps() {
        return steps.stream().map(NextStep::text).toList();
    }
}
