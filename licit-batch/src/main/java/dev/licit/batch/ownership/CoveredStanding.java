package dev.licit.batch.ownership;

/**
 * Where an entity of the graph stands under a rule. The last three are OwnershipCheck's standings of
 * the same names; an entity on the rule's lists is reported as such, since screening already gives it
 * its own consequence (and OwnershipCheck reads a party's owners, not the party's own entries).
 */
enum CoveredStanding {
    /** On one of the rule's lists (a confirmed entry). */
    LISTED,
    /** Possibly on one of the rule's lists (a possible match only). */
    POSSIBLY_LISTED,
    /** Owned at or above the threshold by listed or covered owners, on known shares. */
    COVERED,
    /** Red Flag 29: would be covered if unknown shares were whole. */
    UNRESOLVED,
    /** Would be covered if possible matches were confirmed, or shares above it add up to over 100 %. */
    DOUBTFUL
}
