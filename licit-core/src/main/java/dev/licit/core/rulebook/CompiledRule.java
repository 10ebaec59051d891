package dev.licit.core.rulebook;

import java.util.List;

/** An entry with its condition (and an exception's own conditions) compiled. */
public record CompiledRule(Rule rule, Predicate when, List<CompiledCondition> conditions) {
    public record CompiledCondition(Condition condition, Predicate when) {
    }
}
