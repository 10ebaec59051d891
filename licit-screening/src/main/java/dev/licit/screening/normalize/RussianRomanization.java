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
 *   <li>ie and io are e (Yevgeny, Evgenij; Pyotr, Pëtr, Petr; Fyodor, Fedor), ou is u (French).
 * </ul>
 *
 * <p>German and French spellings that write з as s or ш as ch (Saizew, Choïgou) are not reached: the
 * same letters mean other sounds in English spellings. The key is coarse, so the scorer gives it the
 * similarity of a romanisation key (below an exact word) and only for words of four letters or more.
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
        StringBuilder sb = new StringBuilder(n + 2);
        for (int k = 0; k < n; k++) {
            char ch = word.charAt(k);
            if (ch < 'a' || ch > 'z') {
                return "";
            }
            if (word.startsWith("shch", k)) {
                sb.append("sc"); // as šč once its marks are gone
                k += 3;
            } else if (word.startsWith("tsch", k)) {
                sb.append('c');
                k += 3;
            } else if (word.startsWith("sch", k)) {
                sb.append('s');
                k += 2;
            } else if (word.startsWith("tch", k)) {
                sb.append('c');
                k += 2;
            } else if (ch == 's' && next(word, k) == 'h') {
                sb.append('s');
                k++;
            } else if (ch == 'z' && next(word, k) == 'h') {
                sb.append('z');
                k++;
            } else if (ch == 'k' && next(word, k) == 'h') {
                sb.append('h');
                k++;
            } else if (ch == 'c' && next(word, k) == 'h'
                    || ch == 't' && (next(word, k) == 's' || next(word, k) == 'z')) {
                sb.append('c');
                k++;
            } else if (ch == 'x') {
                sb.append(k == 0 ? "h" : "ks"); // scholarly x is х (Xruščev); inside a word, кс (Alexey)
            } else if (ch == 'w') {
                sb.append('v');
            } else if (ch == 'j' || ch == 'y') {
                sb.append('i');
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

    private static char next(String w, int k) {
        return k + 1 < w.length() ? w.charAt(k + 1) : 0;
    }
}
