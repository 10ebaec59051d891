package dev.licit.core.rulebook;

/** A predicate failed for a reason other than a missing fact: a defect in the rule. */
public final class RuleEvaluationException extends RuntimeException {
    RuleEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
