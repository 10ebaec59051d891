package dev.licit.store.decision;

/**
 * A recorded decision.
 *
 * @param document the decision JSON exactly as it was printed when it was made
 * @param caseId the review case the decision opened, or null
 */
public record StoredDecision(String id, String orderId, String verdict, String decidedAt, String actor,
                             String listSnapshot, String rulebookSha256, String document, Long caseId) {
}
