package dev.licit.store.decision;

/** One line of {@code licit decisions list}. */
public record DecisionSummary(
        String decisionId,
        String orderId,
        String verdict,
        String decidedAt,
        String actor,
        String listSnapshot,
        String rulebookSha256) {}
