package dev.licit.screening.normalize;

/**
 * A key under which the Revised Romanization of Korean (what ICU produces from Hangul),
 * McCune-Reischauer without diacritics (what older list entries use) and common company spellings
 * agree: "gwangseon" and "kwangson", "hyeondae" and "hyundai", "samseong" and "samsung".
 *
 * <p>Voiced and voiceless consonants fall together (g/k, d/t, b/p, j/ch), r and l fall together, and
 * the vowels that the systems spell differently (eo/o/u/eu, ae/e/ai) are reduced to one letter; the
 * spellings that people and companies use besides the systems (Chung-hee for 정희, Tae-woo for 태우)
 * are read as the systems' first.
 * Coarse by design; only used when one side of a comparison was written in Hangul.
 */
public final class KoreanRomanization {
    private KoreanRomanization() {}

    public static String key(String word) {
        if (word.length() < 2 || word.length() > 40) {
            return "";
        }
        // the spellings in common use that the systems do not write: hee and heui for 희 (hui, hŭi),
        // eui for 의 (ui, opening a word), woo for 우 (u), shi for 시 (si), ee for a long i (Kee), ck for k (Duck-soo),
        // and an h after a vowel that ends a syllable in a longer word (Kyo-ahn, Sohn; the surname table
        // pairs Ahn and An)
        String w = (word.startsWith("ui") ? word.substring(1) : word)
                .replace("heui", "hi")
                .replace("hui", "hi")
                .replace("eui", "i")
                .replace("ee", "i")
                .replace("woo", "u")
                .replace("shi", "si")
                .replace("ck", "k");
        if (w.length() > 3) {
            w = unwrittenH(w); // not in a word of three letters: Noh is not No, nor Ahn An, in the key
        }
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

    /** The word without an h that follows a vowel and precedes a consonant or the end (ahn an, sohn son). */
    private static String unwrittenH(String w) {
        if (w.indexOf('h', 1) < 0) {
            return w; // most words: nothing to drop, nothing to copy
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'h' && i > 0 && vowel(w.charAt(i - 1)) && (i + 1 == w.length() || !vowel(w.charAt(i + 1)))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
    }
}
