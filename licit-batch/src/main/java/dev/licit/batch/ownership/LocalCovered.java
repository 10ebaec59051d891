package dev.licit.batch.ownership;

import dev.licit.batch.io.AtomicOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The covered set in one process: the plain ownership CSV read into a {@link CompactGraph} (the links in
 * force on the date), the rules' fixed points, the rows written as CSV ({@link CoveredRow#HEADER})
 * atomically: a failed run leaves no partial file.
 */
public final class LocalCovered {
    private LocalCovered() {}

    public static CoveredSummary run(
            Path graphFile, Path listedFile, Path output, LocalDate date, List<CoveredRule> rules) throws IOException {
        long t0 = System.nanoTime();
        ListedOwners listed = ListedOwners.read(listedFile);
        CompactGraph g = GraphReader.read(graphFile, date);
        long t1 = System.nanoTime();
        List<CoveredRow> rows = CoveredComputation.rows(g, listed, rules);
        Cycles cycles = Cycles.of(g);
        long t2 = System.nanoTime();
        write(rows, output);
        long t3 = System.nanoTime();
        return new CoveredSummary(
                "local",
                g.linksRead(),
                g.nodes(),
                g.selfLinks(),
                cycles.count(),
                cycles.entities(),
                cycles.examples(),
                tally(rows),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t0) / 1e9);
    }

    /** The rows as CSV, the same bytes from either engine. */
    public static void write(Iterable<CoveredRow> rows, Path output) throws IOException {
        try (AtomicOutput out = AtomicOutput.create(output)) {
            Writer w = out.writer();
            w.write(CoveredRow.HEADER);
            w.write('\n');
            for (CoveredRow row : rows) {
                w.write(row.csv());
                w.write('\n');
            }
            out.commit();
        }
    }

    public static Map<String, Long> tally(Iterable<CoveredRow> rows) {
        Map<String, Long> out = new TreeMap<>();
        for (CoveredRow row : rows) {
            out.merge(row.rule() + " " + row.standing(), 1L, Long::sum);
        }
        return out;
    }
}
