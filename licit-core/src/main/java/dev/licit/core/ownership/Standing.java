package dev.licit.core.ownership;

/** Where a party stands under one 50 % rule. */
public enum Standing {
    /** Owned at or above the threshold by listed owners, on known shares and confirmed matches. */
    COVERED,
    /**
     * Not covered on the known shares, but a listed owner's share is unknown and could bring it to
     * the threshold (Red Flag 29: a license is needed, or the ownership resolved).
     */
    UNRESOLVED,
    /**
     * Not covered on confirmed matches, but would be if a possible match were confirmed, or the
     * ownership data contradicts itself (shares over 100 %): a reviewer decides.
     */
    DOUBTFUL,
    /** No listed owner reaches the threshold, whatever the unknowns. */
    CLEAR
}
