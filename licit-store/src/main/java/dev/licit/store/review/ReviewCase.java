package dev.licit.store.review;

import java.util.List;

/**
 * A case: a decision a person must work, with its matches and its history.
 *
 * @param reason why it was opened, in words
 */
public record ReviewCase(
        long id,
        String decisionId,
        String orderId,
        CaseKind kind,
        CaseStatus status,
        String verdict,
        String reason,
        String openedAt,
        String openedBy,
        String closedAt,
        String closedBy,
        String closeReason,
        List<CaseMatch> matches,
        List<CaseAction> actions) {
    public ReviewCase {
        matches = List.copyOf(matches);
        actions = List.copyOf(actions);
    }

    public boolean hasPendingMatches() {
        return matches.stream().anyMatch(m -> m.status() == MatchStatus.PENDING);
    }
}
