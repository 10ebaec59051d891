package dev.licit.store.decision;

/**
 * Whether and under what an order may ship, beyond the verdict: the verdict says what the rules
 * require; this says whether the requirement is met.
 */
public enum AuthorizationStatus {
    /** NLR or a license exception that needs no filing. */
    NOT_REQUIRED,
    /** A registered, valid license covers the order. */
    LICENSED,
    /** A license is needed and none registered covers the order (or the one that did expired or ran out). */
    LICENSE_REQUIRED,
    /** NAC applies and no notification is on file. */
    NOTIFICATION_REQUIRED,
    /** A NAC notification is on file; its waiting period or BIS number is outstanding. */
    NAC_PENDING,
    /** The NAC waiting period has passed and BIS's number is on file. */
    NAC_CLEARED,
    /** A person must review the order's case first. */
    REVIEW,
    /** A reviewer released the order's case. */
    RELEASED,
    /** A reviewer rejected the order. */
    REJECTED,
    /** No dealing at all. */
    PROHIBITED,
    /**
     * Decided under another date's rules than the day it was made (a what-if): recorded, never
     * shippable, whoever asked (issue 13).
     */
    DRY_RUN,
    /**
     * Decided under the rules of a day that is not the shipping day: the order must be decided again
     * under that day's rules before it ships.
     */
    REDECIDE
}
