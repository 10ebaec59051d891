package dev.licit.store.ownership;

/**
 * What an ownership import did.
 *
 * @param added links in the new snapshot that the previous one did not have (owner, owned pairs)
 * @param dropped owner-owned pairs of the previous snapshot the new one no longer has
 */
public record ImportOutcome(OwnershipSnapshot snapshot, int previousLinks, int added, int dropped) {}
