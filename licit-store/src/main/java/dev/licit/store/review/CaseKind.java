package dev.licit.store.review;

/**
 * Why a case exists: a decision that a person must look at ({@code HOLD}, {@code LICENSE_REQUIRED},
 * a {@code PROHIBITED} list match), or a list update that turned up a new hit on a stored decision.
 */
public enum CaseKind {
    DECISION,
    RESCREEN
}
