package dev.licit.core.rulebook;

import java.util.List;

/**
 * Replaces the review policy of named requirements when its condition holds and the order meets each
 * of its conditions; of several that apply, the highest priority wins.
 *
 * @param requirements ids of the require entries whose review policy it sets
 * @param conditions what the order must also meet (each named in the decision when it is not met or
 *     not shown), as the January 2026 policy sets them
 */
public record PolicyRule(
        RuleInfo info,
        List<String> requirements,
        int priority,
        String when,
        ReviewPolicy reviewPolicy,
        List<Condition> conditions)
        implements Rule, Rule.Conditional {
    public PolicyRule {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
