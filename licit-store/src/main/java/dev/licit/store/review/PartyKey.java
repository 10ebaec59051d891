package dev.licit.store.review;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity a review decision is remembered under: the party's name (NFKC, case-folded,
 * whitespace collapsed) and its country. "Acme Ltd" in SG cleared against an entry is not thereby
 * cleared in CN.
 */
public final class PartyKey {
    /** Compiled once: a key is made for every party of every stored decision. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PartyKey() {}

    public static String of(String name, String country) {
        String n = name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT)
                        .strip()
                        .transform(t -> SPACES.matcher(t).replaceAll(" "));
        return n + "|" + (country == null ? "" : country.toUpperCase(Locale.ROOT));
    }

    /** The name alone, as licenses compare their named parties with an order's. */
    public static String name(String name) {
        return of(name, null);
    }
}
