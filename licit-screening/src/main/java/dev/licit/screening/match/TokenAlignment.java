package dev.licit.screening.match;

/**
 * One line of the word-by-word alignment behind a score.
 *
 * @param query the party's word(s), empty when the listed word has no counterpart
 * @param listed the listed word(s), empty when the party's word has no counterpart
 * @param similarity 0 to 1
 * @param weight how much the pair counts (distinctive words 1, generic words and places about 0.5,
 *     legal forms 0.05)
 * @param why for an {@link MatchKind#EQUIVALENT} pair, the table that makes the words equal
 *     ("common Korean surname spelling: park/pak/bak/박/朴"); empty otherwise
 */
public record TokenAlignment(String query, String listed, MatchKind how, double similarity, double weight, String why) {

    public TokenAlignment(String query, String listed, MatchKind how, double similarity, double weight) {
        this(query, listed, how, similarity, weight, "");
    }
}
