package dev.licit.core.decide;

import java.util.Optional;

/**
 * Whether the AI Diffusion rule (90 FR 4544) is taken as enforced: the rulebook sets a default, an
 * order or the caller may state one. Written as in the contract: {@code enforced}, {@code not-enforced}.
 */
public enum AiDiffusionPosture {
    ENFORCED("enforced"),
    NOT_ENFORCED("not-enforced");

    private final String words;

    AiDiffusionPosture(String words) {
        this.words = words;
    }

    /** As the contract writes it. */
    public String words() {
        return words;
    }

    public boolean enforced() {
        return this == ENFORCED;
    }

    /** The posture written {@code text} ({@code enforced} or {@code not-enforced}), if it is one. */
    public static Optional<AiDiffusionPosture> parse(String text) {
        for (AiDiffusionPosture p : values()) {
            if (p.words.equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
