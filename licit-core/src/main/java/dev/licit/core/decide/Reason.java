package dev.licit.core.decide;

/** One step of the reasoning, with its citation and the reliability tag of the rule behind it. */
public record Reason(String ruleId, String citation, String reliability, String summary) {
}
