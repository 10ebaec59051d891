package dev.licit.store.review;

/**
 * A reviewer's finding that a party is not the listed entity, for one version of one entry.
 *
 * @param entryVersion the {@link EntryVersion} that was reviewed
 * @param caseId the case the clearance was made in
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
        boolean active) {}
