package dev.licit.core.rulebook;

import java.util.Locale;

/** What a rulebook entry does. */
public enum RuleKind {
    /** A named value the engine uses (bit lengths, postures). */
    SETTING,
    /** Puts an item in an ECCN paragraph (first matching entry by priority wins). */
    CLASSIFY,
    /** Raises a license requirement (or a prohibition, or a hold) for an item of an order. */
    REQUIRE,
    /** Makes a license exception available to overcome requirements that name it. */
    EXCEPTION,
    /** Replaces the review policy of named requirements when its condition holds. */
    POLICY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
