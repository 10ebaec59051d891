package dev.licit.core.rulebook;

import java.util.List;

/**
 * Raises a license requirement (or a prohibition, or a hold) for an item of an order when its
 * condition holds.
 *
 * @param verdict one of {@link RuleKind#verdicts()} for a require entry
 * @param reviewPolicy how BIS reviews an application, or null when the requirement does not say
 * @param overcomeBy codes of the license exceptions that may overcome it
 */
public record RequireRule(
        RuleInfo info, String when, Verdict verdict, ReviewPolicy reviewPolicy, List<String> overcomeBy)
        implements Rule, Rule.Conditional {
    public RequireRule {
        overcomeBy = overcomeBy == null ? List.of() : List.copyOf(overcomeBy);
    }
}
