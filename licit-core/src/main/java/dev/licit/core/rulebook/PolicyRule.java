package dev.licit.core.rulebook;

import java.util.List;

/**
 * Replaces the review policy of named requirements when its condition holds; of several that hold,
 * the highest priority wins.
 *
 * @param requirements ids of the require entries whose review policy it sets
 */
public record PolicyRule(RuleInfo info, List<String> requirements, int priority, String when, ReviewPolicy reviewPolicy)
        implements Rule, Rule.Conditional {
    public PolicyRule {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
