package dev.licit.core.rulebook;

import java.util.Set;

/** Three-valued result of a predicate: true, false, or unknown because facts are missing. */
public record Truth(Value value, Set<String> missingFacts) {
    public enum Value {
        TRUE,
        FALSE,
        UNKNOWN
    }

    public static final Truth TRUE = new Truth(Value.TRUE, Set.of());
    public static final Truth FALSE = new Truth(Value.FALSE, Set.of());

    public static Truth unknown(Set<String> missing) {
        return new Truth(Value.UNKNOWN, Set.copyOf(missing));
    }

    public boolean isTrue() {
        return value == Value.TRUE;
    }

    public boolean isUnknown() {
        return value == Value.UNKNOWN;
    }
}
