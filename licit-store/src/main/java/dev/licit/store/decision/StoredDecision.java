package dev.licit.store.decision;

/**
 * A recorded decision.
 *
 * @param document the decision JSON exactly as it was printed when it was made
 * @param caseId the review case the decision opened, or null
 * @param authorization whether it could ship when it was recorded; null for a decision read back from
 *     the store, whose authorization may have changed since ({@link DecisionService#authorization})
 */
public record StoredDecision(
        String id,
        String orderId,
        String verdict,
        String decidedAt,
        String actor,
        String listSnapshot,
        String rulebookSha256,
        String document,
        Long caseId,
        Authorization authorization) {}
