package dev.licit.core.explain;

import dev.licit.core.provenance.Reliability;
import java.util.Map;

/**
 * One step of the reasoning, with its citation and the reliability tag of the rule behind it.
 *
 * @param params the values filled into the rule's summary template (so that a translated template
 *               can be filled with the same values), empty for reasons not drawn from a template
 * @param textKey the key of the translated template, when it is not the rule's own (a sentence the
 *                engine writes about the rule, such as "cannot decide whether it applies"); else null
 */
public record Reason(
        String ruleId,
        String citation,
        Reliability reliability,
        String summary,
        Map<String, String> params,
        String textKey) {
    /** Every engine sentence about a rule that a translation has a template for. */
    public static final java.util.List<String> TEXT_KEYS = java.util.List.of(
            "undecided.rule",
            "undecided.exception",
            "undecided.classification",
            "unmodelled.input",
            "unmodelled.input.held",
            "unscreened.parties",
            "policy.conditions",
            "overlay.redFlag",
            "nlr.modelled",
            "classification.notNeeded");

    public Reason {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public Reason(String ruleId, String citation, Reliability reliability, String summary, Map<String, String> params) {
        this(ruleId, citation, reliability, summary, params, null);
    }

    public Reason(String ruleId, String citation, Reliability reliability, String summary) {
        this(ruleId, citation, reliability, summary, Map.of(), null);
    }
}
