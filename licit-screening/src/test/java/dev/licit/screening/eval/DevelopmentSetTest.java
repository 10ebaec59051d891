package dev.licit.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.Band;
import dev.licit.screening.NameComparison;
import dev.licit.screening.Thresholds;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The development set ({@code eval/devset.csv}, built by {@code licit-screening/eval/build_devset.py}
 * from the OFAC and UN lists and documented tables; docs/SCREENING.md) scored at the default
 * thresholds, a pair counting as flagged at POSSIBLE or MATCH. The floors are a little under the
 * figures measured when the matcher was last changed on purpose, so that a change that loses
 * recall or precision on either part fails here; the per-category figures come from
 * {@code eval/score.py}.
 */
class DevelopmentSetTest {
    /** One labelled pair of the set and the part it belongs to. */
    record Pair(String party, String listed, boolean same, String category, String split) {}

    static List<Pair> pairs() throws Exception {
        List<Pair> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DevelopmentSetTest.class.getResourceAsStream("/eval/devset.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                List<String> f = EvaluationTest.parse(line);
                out.add(new Pair(f.get(0), f.get(1), f.get(2).equals("1"), f.get(3), f.get(6)));
            }
        }
        return out;
    }

    /** Precision, recall and F1 of one part. */
    record Figures(int pairs, double precision, double recall, double f1) {}

    static Figures score(List<Pair> pairs, String split) {
        int tp = 0, fp = 0, fn = 0, n = 0;
        for (Pair p : pairs) {
            if (!p.split().equals(split)) {
                continue;
            }
            n++;
            boolean flagged = NameComparison.compare(p.party(), p.listed(), Thresholds.DEFAULT)
                            .band()
                    != Band.NO_MATCH;
            if (flagged && p.same()) tp++;
            else if (flagged) fp++;
            else if (p.same()) fn++;
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new Figures(n, precision, recall, 2 * precision * recall / (precision + recall));
    }

    @Test
    void bothPartsKeepTheirFigures() throws Exception {
        List<Pair> all = pairs();
        assertThat(all).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(all.stream()
                        .filter(p -> p.category().startsWith("cross-script"))
                        .count())
                .isGreaterThanOrEqualTo(400);
        for (String split : List.of("dev", "test")) {
            Figures f = score(all, split);
            System.out.printf(
                    Locale.ROOT,
                    "development set, %s part: %d pairs, precision %.3f, recall %.3f, F1 %.3f%n",
                    split,
                    f.pairs(),
                    f.precision(),
                    f.recall(),
                    f.f1());
            assertThat(f.precision()).as(split + " precision").isGreaterThanOrEqualTo(0.93);
            assertThat(f.recall()).as(split + " recall").isGreaterThanOrEqualTo(0.68);
        }
    }
}
