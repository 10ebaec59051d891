package dev.licit.core.rulebook;

import java.util.List;

/**
 * An entry with its condition (and an exception's own conditions) compiled, typed by its kind so
 * that the engine reads the kind's fields without converting anything.
 */
public record CompiledRule<R extends Rule & Rule.Conditional>(
        R rule, Predicate when, List<CompiledCondition> conditions) {
    public record CompiledCondition(Condition condition, Predicate when) {}
}
