package dev.licit.core.decide;

import dev.licit.core.provenance.Reliability;
import java.util.Map;

/**
 * What would change an item's verdict (issue 18, point 7), drawn from the rules that decided it: an
 * input the order lacks, the unmet conditions of a milder review policy, or the license requirement
 * that applies at the destination with the exception that could overcome it. Each names its rule,
 * citation and tag, as the reason it comes from does.
 *
 * @param kind {@code MISSING_INPUT}, {@code POLICY_CONDITIONS} or {@code REQUIREMENT}
 * @param textKey the key of the translated text (data/i18n/rules.LANG.yaml), filled with {@code params}
 */
public record VerdictChange(
        String kind,
        String summary,
        String ruleId,
        String citation,
        Reliability reliability,
        String textKey,
        Map<String, String> params) {
    public static final java.util.List<String> TEXT_KEYS = java.util.List.of(
            "change.missing", "change.conditions", "change.requirement", "change.requirement-exception");

    public VerdictChange {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
