package dev.licit.core.rulebook;

import java.util.List;

/**
 * Makes a license exception available to the requirements that name its code, when its condition
 * holds and the order meets each of its conditions.
 *
 * @param exception the exception's code (NAC, ACA, ...)
 * @param verdict one of {@link RuleKind#verdicts()} for an exception entry
 * @param waitDays days to wait after notifying BIS before shipping, or null
 * @param conditions what the order must meet (named when it does not)
 */
public record ExceptionRule(
        RuleInfo info, String exception, String when, Verdict verdict, Integer waitDays, List<Condition> conditions)
        implements Rule, Rule.Conditional {
    public ExceptionRule {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
