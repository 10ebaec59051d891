package dev.licit.core.rulebook;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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
    POLICY,
    /** A check every clearance (NLR, notification, license exception) presumes the exporter made. */
    PRESUME;

    /** The verdicts an entry of this kind may give in {@code then.verdict}, most severe first; none for the others. */
    public Set<Verdict> verdicts() {
        return Collections.unmodifiableSet(
                switch (this) {
                    case REQUIRE -> EnumSet.of(Verdict.PROHIBITED, Verdict.HOLD, Verdict.LICENSE_REQUIRED);
                    case EXCEPTION -> EnumSet.of(Verdict.NOTIFICATION_REQUIRED, Verdict.LICENSE_EXCEPTION);
                    case SETTING, CLASSIFY, POLICY, PRESUME -> EnumSet.noneOf(Verdict.class);
                });
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
