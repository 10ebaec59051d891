package dev.licit.store.common;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Something the store says, kept as the key of its translated template (data/i18n/rules.LANG.yaml)
 * and the values it is filled with, so that the UI and the decision record say it in the reader's
 * language rather than in the English the store writes beside it: why a case was opened, why a
 * license does not cover an order.
 *
 * @param code the template's key, such as {@code case.hold} or {@code license.refused.expired}
 * @param params the values, by the template's placeholder names
 */
public record Sentence(String code, Map<String, String> params) {
    public Sentence {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a sentence needs a code");
        }
        params = params == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** A sentence from its code and pairs of names and values; a pair whose value is null is left out. */
    public static Sentence of(String code, String... namesAndValues) {
        Map<String, String> p = new TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                p.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new Sentence(code, p);
    }
}
