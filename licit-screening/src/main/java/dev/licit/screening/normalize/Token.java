package dev.licit.screening.normalize;

/**
 * One word of a normalised name.
 *
 * @param surface the word as it reads after folding and transliteration (what explanations show)
 * @param key the form compared for equality: abbreviations expanded, simple plurals removed, legal
 *     forms reduced to one code per form ("company limited" and 有限公司 both give {@code ltd})
 * @param origin where the word came from: {@code latin}, a script name such as {@code han} or
 *     {@code hangul} when transliterated, {@code gloss} when translated from a known word such as
 *     技术 (technology), or {@code confusable} when look-alike letters were folded
 * @param phonetic Double Metaphone code, empty when the word is too short to have a useful one
 * @param zhKey Chinese romanisation key (Pinyin, Wade-Giles and postal spellings agree), or empty
 * @param koKey Korean romanisation key (Revised and McCune-Reischauer spellings agree), or empty
 */
public record Token(
        String surface, String key, TokenKind kind, String origin, String phonetic, String zhKey, String koKey) {

    public double weight() {
        return kind.weight();
    }

    /**
     * A title before a name (Haji, Mullah): weighs as a stop word, but unlike one the candidate index
     * looks it up, since a listed alias may be a title and one name ("IBRAHIM, Haji").
     */
    public boolean title() {
        return kind == TokenKind.STOP && isTitleKey(key);
    }

    /** Whether {@code key} is the key of a title (haji, mullah, qari ...), which a stop word's key never is. */
    public static boolean isTitleKey(String key) {
        return Lexicon.TITLE_KEYS.contains(key);
    }

    /** Whether the word is in Latin letters (look-alikes folded among them) or Cyrillic. */
    public boolean latinOrCyrillic() {
        return latinOrCyrillic(origin);
    }

    static boolean latinOrCyrillic(String origin) {
        return origin.equals("latin") || origin.equals("confusable") || origin.equals("cyrillic");
    }

    public boolean distinctive() {
        return kind == TokenKind.NAME || kind == TokenKind.NUMBER;
    }
}
