package dev.licit.batch.replay;

import dev.licit.batch.io.AtomicOutput;
import dev.licit.batch.io.LineSource;
import dev.licit.batch.pipeline.OrderedPipeline;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.screen.LocalBatchScreen;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The single-process replay engine: streams a JSON Lines order history through an {@link OrderedPipeline}
 * (orders are parsed and decided twice on the worker threads) and writes the changes in input order to an
 * {@link AtomicOutput}. Memory stays flat: at most {@code threads × 4} batches of {@value #BATCH} orders
 * are in flight, and the rulebook versions are compiled once and cached by the engines.
 */
public final class LocalReplay {
    static final int BATCH = 128;

    private LocalReplay() {}

    /**
     * @param maxRefused orders that may fail to read or decide before the run fails; a run that fails writes nothing
     */
    public static ReplaySummary run(
            Path orders, Path output, ReplayPlan plan, int threads, long maxRefused, Progress progress)
            throws IOException {
        OrderReplayer replayer = OrderReplayer.of(plan);
        ReplayTally tally = new ReplayTally();
        try (LineSource source = LineSource.open(orders);
                AtomicOutput out = AtomicOutput.create(output)) {
            String file = source.file();
            Writer w = out.writer();
            OrderedPipeline.run(
                    source::next,
                    batch -> {
                        List<ReplayOutcome> results = new ArrayList<>(batch.size());
                        for (LineSource.Line l : batch) {
                            results.add(replayer.replay(file, l.number(), l.text()));
                        }
                        return results;
                    },
                    results -> {
                        for (ReplayOutcome o : results) {
                            tally.add(o);
                            if (o instanceof ReplayOutcome.Changed c && c.written()) {
                                w.write(ReplayJson.line(c.change()));
                                w.write('\n');
                            }
                        }
                        progress.update(tally.orders(), tally.changed() + " changed");
                    },
                    threads,
                    BATCH);
            if (tally.refused() > maxRefused) {
                throw LocalBatchScreen.tooManyRefused(tally.refused(), maxRefused, tally.problems());
            }
            out.commit();
        }
        return tally.summary("local", plan, -1, progress.elapsedSeconds());
    }
}
