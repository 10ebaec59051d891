package dev.licit.screening.normalize;

/**
 * A key under which the Revised Romanization of Korean (what ICU produces from Hangul),
 * McCune-Reischauer without diacritics (what older list entries use) and common company spellings
 * agree: "gwangseon" and "kwangson", "hyeondae" and "hyundai", "samseong" and "samsung".
 *
 * <p>Voiced and voiceless consonants fall together (g/k, d/t, b/p, j/ch), r and l fall together, and
 * the vowels that the systems spell differently (eo/o/u/eu, ae/e/ai) are reduced to one letter.
 * Coarse by design; only used when one side of a comparison was written in Hangul.
 */
public final class KoreanRomanization {
    private KoreanRomanization() {}

    public static String key(String word) {
        if (word.length() < 2 || word.length() > 40) {
            return "";
        }
        String w = word;
        w = w.replace("yeo", "yo")
                .replace("eo", "o")
                .replace("eu", "u")
                .replace("oo", "u")
                .replace("ae", "e")
                .replace("ai", "e")
                .replace("wo", "o")
                .replace("oe", "e");
        w = w.replace("kk", "k")
                .replace("tt", "t")
                .replace("pp", "p")
                .replace("ss", "s")
                .replace("jj", "c")
                .replace("tch", "c")
                .replace("ch", "c")
                .replace("ts", "c")
                // North Korean spellings mark aspiration with h (Thae, Phyong, Khang)
                .replace("th", "t")
                .replace("ph", "p")
                .replace("kh", "k");
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char k = switch (c) {
                case 'g' -> 'k';
                case 'd' -> 't';
                case 'b' -> 'p';
                case 'j' -> 'c';
                case 'r' -> 'l';
                case 'u' -> 'o';
                case 'f' -> 'p';
                default -> c;
            };
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != k) {
                sb.append(k);
            }
        }
        return sb.toString();
    }
}
