package dev.licit.core.decide;

import java.util.Map;

/**
 * One step of the reasoning, with its citation and the reliability tag of the rule behind it.
 *
 * @param params the values filled into the rule's summary template (so that a translated template
 *               can be filled with the same values), empty for reasons not drawn from a template
 */
public record Reason(String ruleId, String citation, String reliability, String summary, Map<String, String> params) {
    public Reason {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public Reason(String ruleId, String citation, String reliability, String summary) {
        this(ruleId, citation, reliability, summary, Map.of());
    }
}
