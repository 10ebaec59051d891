package dev.licit.store.review;

/**
 * One step in a case's history: {@code OPENED}, {@code CONFIRM}, {@code CLEAR}, {@code RELEASE},
 * {@code REJECT}, {@code REOPENED}, {@code NOTE}; who did it, when and why.
 *
 * @param matchId the match acted on, or null for the whole case
 */
public record CaseAction(long id, long caseId, Long matchId, String action, String actor, String at, String reason) {}
