package dev.licit.screening.normalize;

import java.util.List;

/**
 * One reading of a name: its words in order. A name in a non-Latin script has a transliterated
 * reading and, when known words were recognised, a glossed one (华为技术 reads "hua wei ji shu" and
 * "hua wei technology"); both are compared and the better counts.
 *
 * @param reading how this reading was produced: {@code latin}, {@code transliterated},
 *     {@code glossed}
 */
public record NormalizedName(String original, String reading, List<Token> tokens) {
    public NormalizedName {
        tokens = List.copyOf(tokens);
    }

    /** The keys of the words that identify, joined without spaces: for spacing-insensitive checks. */
    public String compact() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind() != TokenKind.FORM && t.kind() != TokenKind.STOP) {
                sb.append(t.key());
            }
        }
        return sb.toString();
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /**
     * The words as they are spelt (surfaces), space-separated: two aliases that read alike but are
     * spelt apart ("Dena Airways", "Dena Airlines": both "dena air") are both kept, since a party's
     * typo may be near one spelling only.
     */
    public String spelling() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.surface());
        }
        return sb.toString();
    }

    /** The keys joined by blanks, for display and tests. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.key());
        }
        return sb.toString();
    }
}
