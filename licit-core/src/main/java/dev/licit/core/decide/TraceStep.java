package dev.licit.core.decide;

/** One evaluated rule: which, on what, with what result (TRUE, FALSE, UNKNOWN) and why. */
public record TraceStep(String subject, String ruleId, String result, String detail) {}
