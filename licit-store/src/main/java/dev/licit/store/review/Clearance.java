package dev.licit.store.review;

/**
 * A reviewer's finding that a party is not the listed entity, for one version of one entry.
 *
 * @param entryVersion the {@link EntryVersion} that was reviewed
 * @param caseId the case the clearance was made in
 * @param expiresOn the first day the clearance no longer holds (its review date plus the store's
 *     clearance validity, 365 days unless configured); null for a clearance made before expiry
 *     existed, which {@link CaseService#expiresOn} dates from its review date
 * @param proposedBy the reviewer who proposed a MATCH-band clearance that {@code clearedBy}
 *     completed (four eyes), or null
 */
public record Clearance(
        long id,
        String partyKey,
        String list,
        String entryId,
        String entryVersion,
        String reason,
        String clearedBy,
        String clearedAt,
        long caseId,
        long matchId,
        boolean active,
        java.time.LocalDate expiresOn,
        String proposedBy) {}
