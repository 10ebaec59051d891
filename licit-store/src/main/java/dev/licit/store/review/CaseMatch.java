package dev.licit.store.review;

/**
 * A list match under review.
 *
 * @param note why the match is here beyond the score, e.g. the list change that brought it, or
 *     that an earlier clearance was for another version of the entry
 * @param proposedBy the reviewer who proposed clearing a MATCH-band hit, waiting for a second,
 *     different reviewer to complete it (the match stays PENDING until then), or null
 */
public record CaseMatch(
        long id,
        long caseId,
        String partyName,
        String partyCountry,
        String list,
        String entryId,
        String entryVersion,
        String listedName,
        double score,
        String band,
        String note,
        MatchStatus status,
        String reviewedBy,
        String reviewedAt,
        String reviewReason,
        String proposedBy,
        String proposedAt,
        String proposedReason) {}
