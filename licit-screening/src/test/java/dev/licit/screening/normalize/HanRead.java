package dev.licit.screening.normalize;

/**
 * Run in a new JVM by {@link HanSyllableTableTest}: prints the readings of the Chinese names it is
 * given, then whether ICU's Han-Latin transliterator was built to read them.
 */
public final class HanRead {
    private HanRead() {}

    public static void main(String[] args) {
        for (String name : args) {
            Normalizer.readings(name).forEach(r -> System.out.println(r.text()));
        }
        System.out.println("han-latin built: " + Transliteration.hanTransliteratorBuilt());
    }
}
