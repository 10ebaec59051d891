package dev.licit.core.rulebook;

import dev.licit.core.chip.BitLengths;
import dev.licit.core.chip.Precision;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Engine settings resolved from the rulebook's setting entries (and any user overrides).
 *
 * @param bitLengths the bit length counted per precision in TPP (TF32 configurable)
 * @param aiDiffusionEnforced the default AI Diffusion posture when an order does not state one
 * @param reviewedThrough the date through which the rulebook's sources were reviewed, or null
 */
public record Settings(BitLengths bitLengths, boolean aiDiffusionEnforced, LocalDate reviewedThrough) {
    public static final String BIT_LENGTHS = "bitLengths";
    public static final String AI_DIFFUSION_POSTURE = "aiDiffusionPosture";
    public static final String REVIEWED_THROUGH = "reviewedThrough";

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
        return new Settings(
                new BitLengths(bits),
                "enforced".equals(String.valueOf(posture)),
                reviewedThrough(values.get(REVIEWED_THROUGH)));
    }

    /** The review date as the setting gives it (YAML may read it as a date or a text); null when absent or not a date. */
    static LocalDate reviewedThrough(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            return null; // the validator names it
        }
    }
}
