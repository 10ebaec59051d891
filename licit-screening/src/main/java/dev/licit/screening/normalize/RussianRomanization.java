package dev.licit.screening.normalize;

/**
 * A key for Latin spellings of Russian (and other Cyrillic-script) names, so that the systems in use
 * agree: scholarly transliteration and ISO 9 (Zajcev, Šojgu, Jurij, Aleksej, Ščerbakov), BGN/PCGN and
 * ICAO passport spellings (Zaytsev, Zaitsev, Shoigu, Yuriy, Yury, Alexey, Shcherbakov) and Cyrillic
 * script transliterated as passports write it (Зайцев, zaytsev). Both sides are reduced to one key,
 * as the Chinese and Korean romanisation keys do; the diacritics are gone before (š is s, č is c, ž
 * is z, ë is e), so the key folds the letters the systems write apart:
 *
 * <ul>
 *   <li>shch (щ) is sc, as šč is once its háčeks are gone; sch (German ш) and sh (ш) are s, as š
 *       is; zh (ж) is z;
 *       kh (х) is h; ch, tch, tsch (ч) and ts, tz (ц) are c, as č and c are;
 *   <li>x is ks inside a word (Alexey, Aleksej), h at its start (scholarly Xruščev); w is v (German);
 *   <li>j and y are i (й, and the ya, yu, yo of я, ю, ё); a doubled letter is written once (-ij, -iy,
 *       -ii and -y endings: Jurij, Yuriy, Iurii, Yury all end in i; Gennadii, Gennadij);
 *   <li>ie and io are e (Yevgeny, Evgenij; Pyotr, Pëtr, Petr; Fyodor, Fedor); the ending -ov after
 *       ч or щ written with two letters or more is -ev, as the -чёв of most such names is written
 *       both ways (Gorbachev, Gorbachov, Gorbatschow; Khrushchev, Chruschtschow). Scholarly -čov
 *       (the rare -чов) keeps its o; an ш keeps it always (Shoigu, Sojgu; Yershov, Eršov).
 * </ul>
 *
 * <p>German and French spellings use the same letters for other sounds, so a word is read the German
 * or the French way only when it shows it:
 *
 * <ul>
 *   <li><b>German</b> when it has an sch, a z after l, n or r, or the w of a Russian ending (-ow,
 *       -ew, -owa, -owitsch, -ewna, -owski: Saizew, Tschaikowski, Chruschtschow, Jelzin; no English or
 *       scholarly spelling of a Russian name writes these, while a w elsewhere is as often Arabic,
 *       Musawi, which the German reading would spoil): z is
 *       ц (c), ch is х (h), a single s between vowels is з (z; German writes с there as ss). An s at
 *       the start stays s: German writes both с and з so (Sokolow, Saizew), so Saizew's key is one
 *       letter from Zaitsev's and the pair is left to the typo rules;
 *   <li><b>French</b> when it has ou and no w (Choïgou, Khrouchtchev, Joukov): ou is u, ch is ш (s,
 *       while tch stays ч), j is ж (z).
 * </ul>
 *
 * <p>The key is coarse, so the scorer gives it the similarity of a romanisation key (below an exact
 * word) and only for words of four letters or more.
 */
public final class RussianRomanization {
    /** Shorter words get no key: too many short names would share one. */
    public static final int MIN_LENGTH = 4;

    private RussianRomanization() {}

    /** The key of a folded Latin word ({@code zajcev}, {@code zaitsev}: {@code zaicev}), or "" for a short or non-letter word. */
    public static String key(String word) {
        int n = word.length();
        if (n < MIN_LENGTH) {
            return "";
        }
        for (int k = 0; k < n; k++) {
            char ch = word.charAt(k);
            if (ch < 'a' || ch > 'z') {
                return "";
            }
        }
        boolean german = germanW(word) || word.contains("sch") || germanZ(word);
        boolean french = !german && word.contains("ou");
        StringBuilder sb = new StringBuilder(n + 2);
        boolean hissing = false; // the letter before was ч or щ written with two letters or more
        for (int k = 0; k < n; k++) {
            char ch = word.charAt(k);
            boolean wasHissing = hissing;
            hissing = false;
            if (word.startsWith("shch", k)) {
                sb.append("sc"); // as šč once its marks are gone
                k += 3;
                hissing = true;
            } else if (word.startsWith("tsch", k)) {
                sb.append('c');
                k += 3;
                hissing = true;
            } else if (word.startsWith("sch", k)) {
                sb.append('s');
                k += 2;
            } else if (word.startsWith("tch", k)) {
                sb.append('c');
                k += 2;
                hissing = true;
            } else if (ch == 's' && next(word, k) == 'h') {
                sb.append('s');
                k++;
            } else if (ch == 'z' && next(word, k) == 'h') {
                sb.append('z');
                k++;
            } else if (ch == 'k' && next(word, k) == 'h') {
                sb.append('h');
                k++;
            } else if (ch == 'c' && next(word, k) == 'h') {
                // ч in English, х in German, ш in French
                sb.append(german ? 'h' : french ? 's' : 'c');
                k++;
                hissing = !german && !french;
            } else if (ch == 't' && (next(word, k) == 's' || next(word, k) == 'z')) {
                sb.append('c');
                k++;
            } else if (ch == 'z' && german) {
                sb.append('c'); // German z is ц
            } else if (ch == 's' && german && k > 0 && vowel(word.charAt(k - 1)) && vowel(next(word, k))) {
                sb.append('z'); // German s between vowels is з (с is ss there)
            } else if (ch == 'j' && french) {
                sb.append('z'); // French j is ж (Joukov)
            } else if (ch == 'x') {
                sb.append(k == 0 ? "h" : "ks"); // scholarly x is х (Xruščev); inside a word, кс (Alexey)
            } else if (ch == 'w') {
                sb.append('v');
            } else if (ch == 'j' || ch == 'y') {
                sb.append('i');
            } else if (ch == 'o' && wasHissing && vEnding(word, k + 1)) {
                sb.append('e'); // -чёв, -щёв: Gorbachov, Gorbatschow, Gorbachev
            } else {
                sb.append(ch);
            }
        }
        // ie, io: e (Yevgeny, Evgenij; Pyotr, Petr); ou: u; doubled letters once
        StringBuilder out = new StringBuilder(sb.length());
        for (int k = 0; k < sb.length(); k++) {
            char ch = sb.charAt(k);
            char next = k + 1 < sb.length() ? sb.charAt(k + 1) : 0;
            if (ch == 'i' && (next == 'e' || next == 'o')) {
                continue; // the e or o follows
            }
            if (ch == 'o' && next == 'u') {
                out.append('u');
                k++;
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) == ch) {
                continue;
            }
            out.append(ch == 'o' && k > 0 && sb.charAt(k - 1) == 'i' ? 'e' : ch);
        }
        return out.length() >= MIN_LENGTH - 1 ? out.toString() : "";
    }

    /** The w of a Russian ending in German: -ow, -ew, -owa, -ewa, -owitsch, -owna, -owski (Saizew, Iwanowitsch). */
    private static boolean germanW(String w) {
        for (int k = 1; k < w.length(); k++) {
            if (w.charAt(k) == 'w' && (w.charAt(k - 1) == 'o' || w.charAt(k - 1) == 'e')) {
                String rest = w.substring(k + 1);
                if (rest.isEmpty()
                        || rest.equals("a")
                        || rest.startsWith("itsch")
                        || rest.equals("na")
                        || rest.startsWith("sk")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A z after l, n or r: German writes ц so (Jelzin); English and scholarly spellings never do. */
    private static boolean germanZ(String w) {
        for (int k = 1; k < w.length(); k++) {
            if (w.charAt(k) == 'z') {
                char before = w.charAt(k - 1);
                if (before == 'l' || before == 'n' || before == 'r') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word ends at {@code k} with v or w, or with va or wa (the feminine). */
    private static boolean vEnding(String w, int k) {
        int rest = w.length() - k;
        char c = k < w.length() ? w.charAt(k) : 0;
        return (c == 'v' || c == 'w') && (rest == 1 || rest == 2 && w.charAt(k + 1) == 'a');
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static char next(String w, int k) {
        return k + 1 < w.length() ? w.charAt(k + 1) : 0;
    }
}
