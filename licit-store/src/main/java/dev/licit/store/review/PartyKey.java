package dev.licit.store.review;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity a review decision is remembered under: the party's name (NFKC, case-folded,
 * whitespace collapsed) and its country. "Acme Ltd" in SG cleared against an entry is not thereby
 * cleared in CN.
 */
public final class PartyKey {
    private PartyKey() {}

    public static String of(String name, String country) {
        String n = name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .strip()
                        .replaceAll("\\s+", " ");
        return n + "|" + (country == null ? "" : country.toUpperCase(Locale.ROOT));
    }

    /** The name alone, as licenses compare their named parties with an order's. */
    public static String name(String name) {
        return of(name, null);
    }
}
