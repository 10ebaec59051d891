package dev.licit.core.rulebook;

/**
 * What an entry yields when its condition holds. Which fields apply depends on the kind:
 * classify sets {@code eccn}/{@code paragraph}; require sets {@code verdict} (and optionally
 * {@code reviewPolicy}); exception sets {@code verdict} and {@code waitDays}; policy sets
 * {@code reviewPolicy}. The verdict and review policy are parsed once, when the entry is read, so
 * that deciding never converts text.
 */
public record Outcome(String eccn, String paragraph, Verdict verdict, ReviewPolicy reviewPolicy, Integer waitDays) {
    public static final Outcome EMPTY = new Outcome(null, null, null, null, null);
}
