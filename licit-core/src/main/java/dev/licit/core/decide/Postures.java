package dev.licit.core.decide;

/**
 * The postures a caller states for a run (CLI {@code --posture}), each overriding the order's and
 * the rulebook's; null for one the caller does not state.
 */
public record Postures(AiDiffusionPosture aiDiffusion, AffiliatesPosture affiliates) {
    public static final Postures NONE = new Postures(null, null);

    /** Only the AI Diffusion posture stated. */
    public static Postures of(AiDiffusionPosture aiDiffusion) {
        return new Postures(aiDiffusion, null);
    }
}
