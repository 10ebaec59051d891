package dev.licit.store.review;

import java.util.List;

/** A case about to be opened, as a decision or a re-screening describes it. */
public record CaseDraft(String decisionId, String orderId, CaseKind kind, String verdict, String reason,
                        List<MatchDraft> matches) {
    public CaseDraft {
        matches = List.copyOf(matches);
    }

    /** A match to put under review. */
    public record MatchDraft(String partyName, String partyCountry, String list, String entryId, String entryVersion,
                             String listedName, double score, String band, String note) {
        public String partyKey() {
            return PartyKey.of(partyName, partyCountry);
        }
    }
}
