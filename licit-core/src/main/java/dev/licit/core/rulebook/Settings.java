package dev.licit.core.rulebook;

import dev.licit.core.chip.BitLengths;
import dev.licit.core.chip.Precision;
import dev.licit.core.ownership.OwnershipRule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Engine settings resolved from the rulebook's setting entries (and any user overrides).
 *
 * @param bitLengths the bit length counted per precision in TPP (TF32 configurable)
 * @param aiDiffusionEnforced the default AI Diffusion posture when an order does not state one
 * @param reviewedThrough the date through which the rulebook's sources were reviewed, or null
 * @param affiliatesApplies the default reading of the Affiliates rule after its suspension ends
 *     (setting {@code affiliatesPosture}: applies unless it says suspended, the side that sees an owner)
 * @param ownershipRules how each 50 % rule counts (setting {@code ownershipRules}); empty when absent
 */
public record Settings(
        BitLengths bitLengths,
        boolean aiDiffusionEnforced,
        LocalDate reviewedThrough,
        boolean affiliatesApplies,
        List<OwnershipRule> ownershipRules) {
    public static final String BIT_LENGTHS = "bitLengths";
    public static final String AI_DIFFUSION_POSTURE = "aiDiffusionPosture";
    public static final String REVIEWED_THROUGH = "reviewedThrough";
    public static final String AFFILIATES_POSTURE = "affiliatesPosture";
    public static final String OWNERSHIP_RULES = "ownershipRules";
    /** The posture an ownership rule may name: the Affiliates rule's reading after its suspension. */
    public static final String AFFILIATES = "affiliates";

    public Settings {
        ownershipRules = ownershipRules == null ? List.of() : List.copyOf(ownershipRules);
    }

    /** Settings without the ownership rules (the Affiliates rule read as applying). */
    public Settings(BitLengths bitLengths, boolean aiDiffusionEnforced, LocalDate reviewedThrough) {
        this(bitLengths, aiDiffusionEnforced, reviewedThrough, true, List.of());
    }

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
                reviewedThrough(values.get(REVIEWED_THROUGH)),
                !"suspended".equals(String.valueOf(values.get(AFFILIATES_POSTURE))),
                ownershipRulesOrEmpty(values.get(OWNERSHIP_RULES)));
    }

    private static List<OwnershipRule> ownershipRulesOrEmpty(Object value) {
        try {
            return value == null ? List.of() : ownershipRules(value);
        } catch (IllegalArgumentException e) {
            return List.of(); // the validator names it
        }
    }

    /**
     * The 50 % rules as the setting gives them: a mapping of rule id to {@code {title, lists,
     * thresholdPercent}}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static List<OwnershipRule> ownershipRules(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(
                    "'value' must map each rule id to {title, lists, thresholdPercent, posture}");
        }
        List<OwnershipRule> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String id = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> r)) {
                throw new IllegalArgumentException("'" + id + "' must be {title, lists, thresholdPercent, posture}");
            }
            for (Object k : r.keySet()) {
                if (!Set.of("title", "lists", "thresholdPercent", "posture").contains(String.valueOf(k))) {
                    throw new IllegalArgumentException("'" + id + "' has unknown field '" + k + "'");
                }
            }
            if (!(r.get("lists") instanceof List<?> ls) || !(r.get("thresholdPercent") instanceof Number n)) {
                throw new IllegalArgumentException("'" + id + "' needs 'lists' (list codes) and 'thresholdPercent'");
            }
            Set<String> lists = new LinkedHashSet<>();
            ls.forEach(l -> lists.add(String.valueOf(l)));
            Object title = r.get("title");
            Object posture = r.get("posture");
            if (posture != null && !AFFILIATES.equals(String.valueOf(posture))) {
                throw new IllegalArgumentException("'" + id + "': 'posture' can only be " + AFFILIATES);
            }
            out.add(new OwnershipRule(
                    id,
                    title == null ? id : String.valueOf(title),
                    lists,
                    n.doubleValue(),
                    posture == null ? null : String.valueOf(posture)));
        }
        return out;
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
