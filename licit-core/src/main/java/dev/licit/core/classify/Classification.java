package dev.licit.core.classify;

import dev.licit.core.chip.Metrics;
import dev.licit.core.explain.Reason;
import java.util.List;

/**
 * Where an item falls on a date.
 *
 * @param eccn 3A090, 3A090.a, 3A090.b, 3A090.c, 4A090, 4A090.a, 4A090.b or NONE; null when indeterminate
 * @param missing input fields the outcome depends on that were not given
 * @param components the classification of each chip in a system (empty otherwise)
 */
public record Classification(
        String kind,
        String model,
        Metrics metrics,
        String eccn,
        String paragraph,
        Status status,
        List<String> missing,
        List<Reason> reasons,
        List<Classification> components) {
    public enum Status {
        CLASSIFIED,
        INDETERMINATE
    }

    public boolean isClassified() {
        return status == Status.CLASSIFIED;
    }
}
