package dev.licit.screening;

import dev.licit.screening.match.TokenAlignment;
import java.util.List;

/**
 * Why a party's name scored as it did against one list entry, in words a compliance officer can
 * check against the list.
 *
 * @param summary one plain sentence: which name matched which alias on which list, and the
 *     consequence
 * @param query the name as given
 * @param matchedAlias the listed name or alias that scored best, as published (or as derived, see
 *     {@code aliasNote})
 * @param aliasNote how the alias was derived from the published name; empty when it is as published
 * @param reading how the names were read for the comparison: {@code latin}, {@code transliterated},
 *     {@code glossed} or {@code confusable}
 * @param nameScore the name similarity before country and address corroboration
 * @param alignment word by word: what was paired with what, how and with what weight
 * @param adjustments corrections applied after the word alignment, each in words
 * @param consequence what the list entry means for the order
 */
public record Explanation(
        String summary,
        String query,
        String matchedAlias,
        String aliasNote,
        String reading,
        double nameScore,
        List<TokenAlignment> alignment,
        List<String> adjustments,
        String consequence) {

    public Explanation {
        alignment = List.copyOf(alignment);
        adjustments = List.copyOf(adjustments);
    }
}
