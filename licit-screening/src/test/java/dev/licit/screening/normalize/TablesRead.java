package dev.licit.screening.normalize;

/**
 * Run in a new JVM by {@link TableTransliterationsTest}: reads every table (through the name readings
 * of an order's Latin party name and a word of each table) and prints, one a line, each text the
 * process had to give an ICU transliterator: none, when the recorded transliterations cover the tables.
 */
public final class TablesRead {
    private TablesRead() {}

    public static void main(String[] args) {
        Normalizer.readings("Hangzhou Lakeside Cloud Services Co., Ltd.");
        Normalizer.readings("Bill Park Muhammad Aktiebolag International");
        Equivalents.canonical("bill");
        for (String key : Transliteration.icuKeys()) {
            System.out.println(key);
        }
    }
}
