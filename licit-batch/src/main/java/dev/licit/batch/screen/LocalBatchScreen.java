package dev.licit.batch.screen;

import dev.licit.batch.io.AtomicOutput;
import dev.licit.batch.io.PartySource;
import dev.licit.batch.pipeline.OrderedPipeline;
import dev.licit.batch.pipeline.Progress;
import dev.licit.core.io.InputException;
import dev.licit.screening.Screener;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The single-process batch screening engine: streams the party file through an {@link OrderedPipeline}
 * (one reader, {@code threads} workers sharing one {@link Screener}, the caller writing hits in input order)
 * into an {@link AtomicOutput}. Memory stays flat whatever the file size: at most {@code threads × 4}
 * batches of {@value #BATCH} parties are in flight.
 */
public final class LocalBatchScreen {
    static final int BATCH = 256;

    private LocalBatchScreen() {}

    /**
     * @param maxRefused rows that may be refused (empty name, bad country) before the run fails; a run that
     *     fails writes nothing
     * @throws InputException for an unreadable or malformed file, or more refused rows than allowed
     */
    public static ScreenSummary run(
            Path input, Path output, Screener screener, int threads, long maxRefused, Progress progress)
            throws IOException {
        return run(input, output, screener, null, threads, maxRefused, progress);
    }

    /**
     * @param ownership each party's owners screened too, and a row with the path for a party covered
     *     through them (the ownership column is added); null: the party alone
     */
    public static ScreenSummary run(
            Path input,
            Path output,
            Screener screener,
            OwnershipScreen ownership,
            int threads,
            long maxRefused,
            Progress progress)
            throws IOException {
        boolean withOwnership = ownership != null;
        ScreenTally tally = new ScreenTally();
        try (PartySource source = PartySource.open(input);
                AtomicOutput out = AtomicOutput.create(output)) {
            PartyScreen screen = new PartyScreen(screener, input.toString(), source.positionWord(), ownership);
            Writer w = out.writer();
            w.write(withOwnership ? HitRow.HEADER_WITH_OWNERSHIP : HitRow.HEADER);
            w.write('\n');
            OrderedPipeline.run(
                    source::next,
                    batch -> {
                        List<ScreenOutcome> results = new ArrayList<>(batch.size());
                        for (var p : batch) {
                            results.add(screen.screen(p));
                        }
                        return results;
                    },
                    results -> {
                        for (ScreenOutcome o : results) {
                            tally.add(o);
                            if (o instanceof ScreenOutcome.Screened s) {
                                for (HitRow h : s.hits()) {
                                    w.write(h.csv(withOwnership));
                                    w.write('\n');
                                }
                            }
                        }
                        progress.update(tally.parties(), tally.hits() + " hits");
                    },
                    threads,
                    BATCH);
            if (tally.refused() > maxRefused) {
                throw tooManyRefused(tally.refused(), maxRefused, tally.problems());
            }
            out.commit();
        }
        return tally.summary("local", screener.snapshot().id(), -1, -1, progress.elapsedSeconds());
    }

    /** The refusal of a run with more bad rows than allowed: the first problems, and how many there were. */
    public static InputException tooManyRefused(long refused, long maxRefused, List<String> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(refused)
                .append(refused == 1 ? " row was" : " rows were")
                .append(" refused (allowed: ")
                .append(maxRefused)
                .append(", see --max-refused); nothing was written:");
        problems.stream().limit(5).forEach(p -> sb.append("\n  ").append(p));
        if (refused > 5) {
            sb.append("\n  ... and ").append(refused - 5).append(" more");
        }
        return new InputException(sb.toString());
    }
}
