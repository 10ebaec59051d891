package dev.licit.store.review;

import dev.licit.store.common.Sentence;
import java.util.List;

/**
 * A case about to be opened, as a decision or a re-screening describes it. A reason longer than the
 * store keeps ({@value #MAX_REASON} characters) is cut here, once, with an ellipsis.
 *
 * @param reason why, in English
 * @param reasonDetails the same why as sentence codes with their values ({@code case.*} and the
 *     authorization's {@code authorization.*} and {@code license.refused.*} in data/i18n/rules.LANG.yaml)
 */
public record CaseDraft(
        String decisionId,
        String orderId,
        CaseKind kind,
        String verdict,
        String reason,
        List<Sentence> reasonDetails,
        List<MatchDraft> matches) {
    /** The longest reason a case keeps. */
    public static final int MAX_REASON = 4000;

    public CaseDraft {
        matches = List.copyOf(matches);
        reasonDetails = reasonDetails == null ? List.of() : List.copyOf(reasonDetails);
        reason = reason == null ? null : reason.strip();
        if (reason != null && reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON - 1) + "…";
        }
    }

    /** A match to put under review. */
    public record MatchDraft(
            String partyName,
            String partyCountry,
            String list,
            String entryId,
            String entryVersion,
            String listedName,
            double score,
            String band,
            String note) {
        public String partyKey() {
            return PartyKey.of(partyName, partyCountry);
        }
    }
}
