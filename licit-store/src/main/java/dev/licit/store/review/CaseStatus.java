package dev.licit.store.review;

/** Where a case stands: open until a reviewer releases the order or rejects it. */
public enum CaseStatus {
    OPEN,
    RELEASED,
    REJECTED
}
