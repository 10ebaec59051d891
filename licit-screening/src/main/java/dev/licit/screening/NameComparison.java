package dev.licit.screening;

import dev.licit.screening.match.Aliases;
import dev.licit.screening.match.NameScore;
import dev.licit.screening.match.NameScorer;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares any two names the way the screener compares a party with a listed name: the second name
 * plays the listed one (its bracketed short names and trailing places become aliases). Used by
 * {@code licit compare} and by the evaluation harness. Stateless.
 */
public final class NameComparison {
    private NameComparison() {}

    /** The score, its band and the explanation. */
    public record Result(double score, Band band, Explanation explanation) {}

    public static Result compare(String query, String listed, Thresholds thresholds) {
        String q = query == null ? "" : query;
        String l = listed == null ? "" : listed;
        // the whole first name, then each name it lists on its own (PartyNames); the second is a listed name
        List<String> parts = PartyNames.split(q);
        List<List<NormalizedName>> queries = new ArrayList<>();
        queries.add(Normalizer.readings(q));
        for (String part : parts) {
            queries.add(Normalizer.readings(part));
        }
        NameScore best = null;
        String bestPart = "";
        String bestAlias = l;
        String bestNote = "";
        String bestReading = "latin";
        double bestScore = -1;
        for (Aliases.Alias alias : Aliases.derive(l)) {
            List<NormalizedName> lr = Normalizer.readings(alias.text());
            for (int p = 0; p < queries.size(); p++) {
                for (NormalizedName a : queries.get(p)) {
                    for (NormalizedName b : lr) {
                        NameScore s = NameScorer.score(a, b);
                        double score = alias.note().isEmpty() ? s.score() : s.score() * Screener.DERIVED_ALIAS_FACTOR;
                        if (score > bestScore) {
                            bestScore = score;
                            best = s;
                            bestAlias = alias.text();
                            bestNote = alias.note();
                            bestReading = a.reading().equals("latin") ? b.reading() : a.reading();
                            bestPart = p == 0 ? "" : parts.get(p - 1);
                        }
                    }
                }
            }
        }
        if (best == null) {
            best = new NameScore(0, List.of(), List.of());
            bestScore = 0;
        }
        double rounded = Math.round(bestScore * 1000) / 1000.0;
        Band band = thresholds.band(rounded);
        List<String> adjustments = new ArrayList<>(best.notes());
        if (!bestPart.isEmpty()) {
            adjustments.add("the first name lists several names; the one that matched: \"" + bestPart + "\"");
        }
        if (!bestNote.isEmpty()) {
            adjustments.add(
                    "alias derived from the second name (" + bestNote + "): score x" + Screener.DERIVED_ALIAS_FACTOR);
        }
        String summary = String.format(
                Locale.ROOT,
                "%s: \"%s\" against \"%s\"%s, score %.3f.",
                band,
                q,
                bestAlias,
                bestNote.isEmpty() ? "" : " (" + bestNote + ")",
                rounded);
        Explanation ex = new Explanation(
                summary,
                q,
                bestAlias,
                bestNote,
                bestReading,
                Math.round(best.score() * 1000) / 1000.0,
                best.alignment(),
                adjustments,
                "");
        return new Result(rounded, band, ex);
    }
}
