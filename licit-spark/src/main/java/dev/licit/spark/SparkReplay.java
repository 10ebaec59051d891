package dev.licit.spark;

import dev.licit.batch.io.AtomicOutput;
import dev.licit.batch.io.LineSource;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.replay.OrderReplayer;
import dev.licit.batch.replay.ReplayChange;
import dev.licit.batch.replay.ReplayJson;
import dev.licit.batch.replay.ReplayOutcome;
import dev.licit.batch.replay.ReplayPlan;
import dev.licit.batch.replay.ReplaySummary;
import dev.licit.batch.replay.ReplayTally;
import dev.licit.batch.screen.LocalBatchScreen;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Rule-change replay as a Spark job: the order history is split by lines, each executor builds the two
 * decision engines once from the {@link ReplayPlan} it receives ({@link OrderReplayer#of}), and every order
 * goes through {@link OrderReplayer#replay}, the same code as the single-process engine. The driver reads
 * the partitions' tagged lines back in order, so the output equals the single-process engine's.
 */
final class SparkReplay {
    private SparkReplay() {}

    @SuppressWarnings(
            "try") // resources held for their lifetime only: progress reporting, an open that validates the input
    public static ReplaySummary run(
            SparkSession spark, Path orders, Path output, ReplayPlan plan, long maxRefused, Progress progress)
            throws IOException {
        try (LineSource check = LineSource.open(orders)) {
            // refuses a missing file with the same message as the single-process engine
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String file = orders.toString();
        LongAccumulator done = jsc.sc().longAccumulator("orders");
        int partitions = (int) Math.max(2L * jsc.defaultParallelism(), Files.size(orders) / (16L << 20));
        var tagged = jsc.textFile(orders.toAbsolutePath().toUri().toString(), partitions)
                .zipWithIndex()
                .mapPartitions(it -> replayPartition(it, file, plan, done));

        ReplayTally tally = new ReplayTally();
        long[] count = new long[1];
        Path scratch = PartFiles.scratchBeside(output);
        try (AtomicOutput out = AtomicOutput.create(output);
                JobProgress p = new JobProgress(done, progress)) {
            tagged.saveAsTextFile(scratch.toUri().toString());
            Writer w = out.writer();
            PartFiles.readInOrder(scratch, line -> {
                String payload = line.substring(1);
                switch (line.substring(0, 1)) {
                    case Tagged.WRITTEN -> {
                        tally.changed(ReplayJson.read(payload), true);
                        w.write(payload);
                        w.write('\n');
                    }
                    case Tagged.UNWRITTEN -> tally.changed(ReplayJson.read(payload), false);
                    case Tagged.REFUSED -> tally.refuse(payload);
                    case Tagged.COUNTS -> count[0] += Long.parseLong(payload);
                    default -> throw new IllegalStateException("unexpected line in the job's output: " + line);
                }
            });
            if (tally.refused() > maxRefused) {
                throw LocalBatchScreen.tooManyRefused(tally.refused(), maxRefused, tally.problems());
            }
            out.commit();
        } finally {
            PartFiles.delete(scratch);
        }
        return tally.summary("spark " + spark.sparkContext().master(), plan, count[0], progress.elapsedSeconds());
    }

    private static Iterator<String> replayPartition(
            Iterator<Tuple2<String, Long>> lines, String file, ReplayPlan plan, LongAccumulator done) {
        OrderReplayer replayer = OrderReplayer.of(plan);
        long[] count = new long[1];
        return new Tagged<>(
                lines,
                (Tuple2<String, Long> t, Consumer<String> emit) -> {
                    String text = t._1().strip();
                    if (t._2() == 0 && text.startsWith("\uFEFF")) {
                        text = text.substring(1).strip();
                    }
                    if (text.isEmpty()) {
                        return;
                    }
                    count[0]++;
                    done.add(1);
                    switch (replayer.replay(file, t._2() + 1, text)) {
                        case ReplayOutcome.Changed c -> {
                            ReplayChange change = c.change();
                            emit.accept((c.written() ? Tagged.WRITTEN : Tagged.UNWRITTEN) + ReplayJson.line(change));
                        }
                        case ReplayOutcome.Refused r -> emit.accept(Tagged.REFUSED + r.problem());
                        case ReplayOutcome.Unchanged u -> {}
                    }
                },
                () -> Tagged.COUNTS + String.valueOf(count[0]));
    }
}
