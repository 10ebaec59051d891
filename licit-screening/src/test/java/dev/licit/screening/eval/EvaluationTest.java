package dev.licit.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.NameComparison;
import dev.licit.screening.Thresholds;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scores the labelled pairs in {@code eval/pairs.csv} and reports precision and recall per
 * threshold. Reproduce with {@code ./mvnw -pl licit-screening test -Dtest=EvaluationTest}; the
 * report is written to {@code licit-screening/target/eval-report.md} and printed.
 */
class EvaluationTest {
    record Labelled(String a, String b, boolean same, String category, double score) {}

    static List<Labelled> scored() throws Exception {
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EvaluationTest.class.getResourceAsStream("/eval/pairs.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                List<String> f = parse(line);
                double s = NameComparison.compare(f.get(0), f.get(1), Thresholds.DEFAULT)
                        .score();
                out.add(new Labelled(f.get(0), f.get(1), f.get(2).equals("1"), f.get(3), s));
            }
        }
        return out;
    }

    /** Minimal CSV line split (the file has no multi-line fields). */
    static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    record Counts(int tp, int fp, int fn, int tn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static Counts at(List<Labelled> all, double t) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Labelled l : all) {
            boolean hit = l.score >= t;
            if (hit && l.same) tp++;
            else if (hit) fp++;
            else if (l.same) fn++;
            else tn++;
        }
        return new Counts(tp, fp, fn, tn);
    }

    @Test
    void defaultThresholdsMeetTheQualityBar() throws Exception {
        List<Labelled> all = scored();
        StringBuilder report = new StringBuilder("# Screening evaluation\n\n");
        long pos = all.stream().filter(Labelled::same).count();
        report.append(String.format(
                Locale.ROOT, "%d pairs: %d true, %d hard negatives%n%n", all.size(), pos, all.size() - pos));
        report.append("| threshold | precision | recall | F1 | FP | FN |\n|---|---|---|---|---|---|\n");
        for (int i = 50; i <= 98; i += 2) {
            Counts c = at(all, i / 100.0);
            report.append(String.format(
                    Locale.ROOT,
                    "| %.2f | %.3f | %.3f | %.3f | %d | %d |%n",
                    i / 100.0,
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.fp,
                    c.fn));
        }
        Thresholds d = Thresholds.DEFAULT;
        Counts match = at(all, d.match());
        Counts possible = at(all, d.possible());
        report.append(String.format(
                Locale.ROOT,
                "%nMATCH >= %.2f: precision %.3f, recall %.3f, F1 %.3f%n",
                d.match(),
                match.precision(),
                match.recall(),
                match.f1()));
        report.append(String.format(
                Locale.ROOT,
                "MATCH or POSSIBLE >= %.2f: precision %.3f, recall %.3f, F1 %.3f%n%n",
                d.possible(),
                possible.precision(),
                possible.recall(),
                possible.f1()));
        Map<String, int[]> byCat = new TreeMap<>();
        for (Labelled l : all) {
            int[] c = byCat.computeIfAbsent((l.same ? "true/" : "negative/") + l.category, k -> new int[3]);
            c[0]++;
            if (l.score >= d.match()) c[1]++;
            else if (l.score >= d.possible()) c[2]++;
        }
        report.append("| category | pairs | MATCH | POSSIBLE |\n|---|---|---|---|\n");
        byCat.forEach(
                (k, v) -> report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", k, v[0], v[1], v[2])));
        report.append("\nErrors at the default thresholds:\n\n");
        for (Labelled l : all) {
            if (l.same && l.score < d.possible() || !l.same && l.score >= d.possible()) {
                report.append(String.format(
                        Locale.ROOT,
                        "- %s %.3f `%s` / `%s` (%s)%n",
                        l.same ? "missed" : "false alarm",
                        l.score,
                        l.a,
                        l.b,
                        l.category));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/eval-report.md"), report);
        System.out.println(report);
        assertThat(match.precision()).as("MATCH precision").isGreaterThanOrEqualTo(0.98);
        assertThat(possible.recall()).as("recall at POSSIBLE").isGreaterThanOrEqualTo(0.95);
        assertThat(possible.precision()).as("precision at POSSIBLE").isGreaterThanOrEqualTo(0.90);
    }
}
