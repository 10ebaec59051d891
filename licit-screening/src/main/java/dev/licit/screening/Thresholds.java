package dev.licit.screening;

/**
 * Score boundaries of the bands: {@code score >= match} is {@link Band#MATCH}, {@code score >=
 * possible} is {@link Band#POSSIBLE}. The defaults were chosen on the labelled evaluation set in
 * {@code licit-screening/src/test/resources/eval/pairs.csv} (see docs/SCREENING.md): MATCH at the
 * lowest score with no hard negative above it, POSSIBLE where recall of true pairs reaches its
 * plateau without flooding reviewers.
 */
public record Thresholds(double match, double possible) {
    public static final Thresholds DEFAULT = new Thresholds(0.85, 0.70);

    public Thresholds {
        if (!(possible > 0 && possible <= match && match <= 1)) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 < possible <= match <= 1, got possible=" + possible + " match=" + match);
        }
    }

    public Band band(double score) {
        return score >= match ? Band.MATCH : score >= possible ? Band.POSSIBLE : Band.NO_MATCH;
    }
}
