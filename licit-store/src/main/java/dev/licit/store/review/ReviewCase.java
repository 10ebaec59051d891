package dev.licit.store.review;

import dev.licit.store.common.Sentence;
import java.util.List;

/**
 * A case: a decision a person must work, with its matches and its history.
 *
 * @param reason why it was opened, in English words
 * @param reasonDetails the same why as sentence codes with their values, for the reader's language
 *     (data/i18n/rules.LANG.yaml); empty for a case opened before the store kept them (its English
 *     reason is all there is)
 */
public record ReviewCase(
        long id,
        String decisionId,
        String orderId,
        CaseKind kind,
        CaseStatus status,
        String verdict,
        String reason,
        List<Sentence> reasonDetails,
        String openedAt,
        String openedBy,
        String closedAt,
        String closedBy,
        String closeReason,
        List<CaseMatch> matches,
        List<CaseAction> actions) {
    public ReviewCase {
        matches = List.copyOf(matches);
        reasonDetails = reasonDetails == null ? List.of() : List.copyOf(reasonDetails);
        actions = List.copyOf(actions);
    }

    public boolean hasPendingMatches() {
        return matches.stream().anyMatch(m -> m.status() == MatchStatus.PENDING);
    }
}
