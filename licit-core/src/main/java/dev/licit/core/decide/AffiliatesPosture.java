package dev.licit.core.decide;

import java.util.Optional;

/**
 * How the Affiliates rule (90 FR 47201) is read from 2026-11-10, when its suspension (90 FR 50857)
 * ends: the suspended text "will be reimposed" unless BIS acts again, and nothing reachable says it
 * did, so the rulebook's default is {@code applies} [I]; a user who knows of a new suspension says
 * {@code suspended}. Before 2026-11-10 the rule's own dates decide and the posture does nothing.
 */
public enum AffiliatesPosture {
    APPLIES("applies"),
    SUSPENDED("suspended");

    private final String words;

    AffiliatesPosture(String words) {
        this.words = words;
    }

    /** As the contract writes it. */
    public String words() {
        return words;
    }

    public boolean applies() {
        return this == APPLIES;
    }

    /** The posture written {@code text} ({@code applies} or {@code suspended}), if it is one. */
    public static Optional<AffiliatesPosture> parse(String text) {
        for (AffiliatesPosture p : values()) {
            if (p.words.equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
