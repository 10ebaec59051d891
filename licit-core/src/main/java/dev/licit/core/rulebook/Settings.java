package dev.licit.core.rulebook;

import dev.licit.core.chip.BitLengths;
import dev.licit.core.chip.Precision;
import java.util.EnumMap;
import java.util.Map;

/**
 * Engine settings resolved from the rulebook's setting entries (and any user overrides).
 *
 * @param bitLengths the bit length counted per precision in TPP (TF32 configurable)
 * @param aiDiffusionEnforced the default AI Diffusion posture when an order does not state one
 */
public record Settings(BitLengths bitLengths, boolean aiDiffusionEnforced) {
    public static final String BIT_LENGTHS = "bitLengths";
    public static final String AI_DIFFUSION_POSTURE = "aiDiffusionPosture";

    static Settings from(Map<String, Object> values) {
        EnumMap<Precision, Integer> bits = new EnumMap<>(Precision.class);
        if (values.get(BIT_LENGTHS) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> Precision.fromKey(String.valueOf(k)).ifPresent(p -> {
                if (v instanceof Number n) {
                    bits.put(p, n.intValue());
                }
            }));
        }
        Object posture = values.get(AI_DIFFUSION_POSTURE);
        return new Settings(new BitLengths(bits), "enforced".equals(String.valueOf(posture)));
    }
}
