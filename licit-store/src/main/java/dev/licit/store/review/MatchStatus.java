package dev.licit.store.review;

/** A list match in a case: not yet reviewed, confirmed as the listed party, or cleared as a false positive. */
public enum MatchStatus {
    PENDING,
    CONFIRMED,
    CLEARED
}
