package dev.licit.screening;

/**
 * A party to screen. Only the name is required; country and address corroborate or weaken a name
 * match but never create one.
 *
 * @param country ISO 3166-1 alpha-2 code or null
 * @param address free text or null
 */
public record ScreeningQuery(String name, String country, String address) {
    public static ScreeningQuery of(String name) {
        return new ScreeningQuery(name, null, null);
    }
}
