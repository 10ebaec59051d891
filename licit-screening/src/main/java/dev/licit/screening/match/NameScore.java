package dev.licit.screening.match;

import java.util.List;

/**
 * The similarity of two name readings and how it was reached.
 *
 * @param notes plain-language remarks on adjustments (e.g. "no distinctive word of the listed name
 *     was found")
 */
public record NameScore(double score, List<TokenAlignment> alignment, List<String> notes) {
    public NameScore {
        alignment = List.copyOf(alignment);
        notes = List.copyOf(notes);
    }

    static final NameScore ZERO = new NameScore(0, List.of(), List.of());
}
