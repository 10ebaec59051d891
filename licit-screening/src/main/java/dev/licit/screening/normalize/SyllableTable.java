package dev.licit.screening.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * A reading per character, from a table in the jar written a line per reading: the reading, a tab, the
 * characters read so ({@code han-syllables.txt}, {@code cantonese-syllables.txt}). Looked up by code
 * point in an array for the Basic Multilingual Plane and a map beyond it. Immutable once read.
 */
final class SyllableTable {
    private final String[] bmp = new String[0x10000];
    private final Map<Integer, String> supplementary = new HashMap<>();

    private SyllableTable() {}

    static SyllableTable read(String file) {
        SyllableTable t = new SyllableTable();
        Transliteration.readTabbed(
                file,
                (syllable, characters) -> characters.codePoints().forEach(c -> {
                    if (c < t.bmp.length) {
                        t.bmp[c] = syllable;
                    } else {
                        t.supplementary.put(c, syllable);
                    }
                }));
        return t;
    }

    /** The reading of a character, or null when the table has none. */
    String of(int codePoint) {
        return codePoint < bmp.length ? bmp[codePoint] : supplementary.get(codePoint);
    }
}
