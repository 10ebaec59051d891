package dev.licit.core.decide;

import java.util.Map;

/**
 * One thing the compliance officer does next: the English sentence, and the code and values a
 * translated template is filled with (data/i18n/rules.LANG.yaml, under the same code).
 *
 * @param params the values in the sentence; a value that does not apply is absent, not empty
 */
public record NextStep(String code, String text, Map<String, String> params) {
    public NextStep {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
