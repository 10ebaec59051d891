package dev.licit.screening.match;

/**
 * One line of the word-by-word alignment behind a score.
 *
 * @param query the party's word(s), empty when the listed word has no counterpart
 * @param listed the listed word(s), empty when the party's word has no counterpart
 * @param similarity 0 to 1
 * @param weight how much the pair counts (distinctive words 1, generic words and places about 0.5,
 *     legal forms 0.05)
 */
public record TokenAlignment(String query, String listed, MatchKind how, double similarity, double weight) {}
