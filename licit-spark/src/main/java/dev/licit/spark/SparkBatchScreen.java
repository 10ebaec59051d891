package dev.licit.spark;

import dev.licit.batch.io.AtomicOutput;
import dev.licit.batch.io.Columns;
import dev.licit.batch.io.PartyLine;
import dev.licit.batch.io.PartyRecord;
import dev.licit.batch.io.PartySource;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.screen.HitRow;
import dev.licit.batch.screen.LocalBatchScreen;
import dev.licit.batch.screen.PartyScreen;
import dev.licit.batch.screen.ScreenOutcome;
import dev.licit.batch.screen.ScreenSummary;
import dev.licit.batch.screen.ScreenTally;
import dev.licit.core.io.InputException;
import dev.licit.screening.list.ListSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Batch screening as a Spark job. CSV input is split by lines and each line read with licit-batch's own
 * CSV rules ({@link PartyLine}), Parquet through Spark's reader; every party goes through
 * {@link PartyScreen}, the same code as the single-process engine. Each partition writes tagged lines
 * ({@link Tagged}); the driver reads them back in partition order into the hits file, so the file equals
 * the single-process engine's, byte for byte.
 */
final class SparkBatchScreen {
    private SparkBatchScreen() {}

    /** @param maxRefused rows that may be refused before the run fails (nothing is written then) */
    @SuppressWarnings(
            "try") // resources held for their lifetime only: progress reporting, an open that validates the input
    public static ScreenSummary run(
            SparkSession spark, Path input, Path output, ListSnapshot snapshot, long maxRefused, Progress progress)
            throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String file = input.toString();
        String snapshotId = snapshot.id();
        Broadcast<byte[]> entries = jsc.broadcast(Screeners.encode(snapshot));
        LongAccumulator done = jsc.sc().longAccumulator("parties");
        boolean parquet = PartySource.isParquet(input);
        JavaRDD<Tuple2<String[], Long>> rows = parquet ? parquetRows(spark, input) : csvRows(jsc, input);
        String word = parquet ? "row" : "line";
        JavaRDD<String> tagged =
                rows.mapPartitions(it -> screenPartition(it, file, word, snapshotId, entries.value(), done));

        ScreenTally tally = new ScreenTally();
        long[] counts = new long[2];
        Path scratch = PartFiles.scratchBeside(output);
        try (AtomicOutput out = AtomicOutput.create(output);
                JobProgress p = new JobProgress(done, progress)) {
            tagged.saveAsTextFile(scratch.toUri().toString());
            Writer w = out.writer();
            w.write(HitRow.HEADER);
            w.write('\n');
            PartFiles.readInOrder(scratch, line -> {
                String payload = line.substring(1);
                switch (line.substring(0, 1)) {
                    case Tagged.HIT -> {
                        String[] f = payload.split("\t", 3);
                        tally.hit(new HitRow("", "", f[1], "", "", 0, f[0], "", ""));
                        w.write(f[2]);
                        w.write('\n');
                    }
                    case Tagged.REFUSED -> tally.refuse(payload);
                    case Tagged.COUNTS -> {
                        String[] f = payload.split("\t");
                        counts[0] += Long.parseLong(f[0]);
                        counts[1] += Long.parseLong(f[1]);
                    }
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
        return tally.summary(
                "spark " + spark.sparkContext().master(), snapshotId, counts[0], counts[1], progress.elapsedSeconds());
    }

    /** Lines of a CSV file with their line numbers; the header is checked on the driver and left out. */
    @SuppressWarnings(
            "try") // resources held for their lifetime only: progress reporting, an open that validates the input
    private static JavaRDD<Tuple2<String[], Long>> csvRows(JavaSparkContext jsc, Path input) throws IOException {
        String file = input.toString();
        String header;
        try (PartySource check = PartySource.open(input);
                BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            header = r.readLine();
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ":1: not UTF-8 text");
        }
        Columns columns = PartyLine.header(file, header);
        int partitions = partitionsFor(jsc, Files.size(input));
        return jsc.textFile(input.toAbsolutePath().toUri().toString(), partitions)
                .zipWithIndex()
                .filter(t -> t._2() > 0)
                .map(t -> {
                    PartyRecord p;
                    try {
                        p = PartyLine.parse(file, t._2() + 1, t._1(), columns);
                    } catch (InputException e) {
                        return new Tuple2<>(new String[] {null, e.getMessage()}, t._2() + 1);
                    }
                    return p == null
                            ? null
                            : new Tuple2<>(new String[] {p.id(), p.name(), p.country(), p.address()}, t._2() + 1);
                })
                .filter(t -> t != null);
    }

    private static JavaRDD<Tuple2<String[], Long>> parquetRows(SparkSession spark, Path input) {
        Dataset<Row> df = spark.read().parquet(input.toAbsolutePath().toUri().toString());
        Columns columns = Columns.of(input.toString(), Arrays.asList(df.columns()));
        return df.javaRDD()
                .zipWithIndex()
                .map(t -> new Tuple2<>(
                        new String[] {
                            text(t._1(), columns.id()),
                            text(t._1(), columns.name()),
                            text(t._1(), columns.country()),
                            text(t._1(), columns.address())
                        },
                        t._2() + 1));
    }

    private static String text(Row row, int column) {
        if (column < 0 || row.isNullAt(column)) {
            return "";
        }
        return String.valueOf(row.get(column));
    }

    /** About 8 MB a partition, and at least two per core, so both cores work and progress moves. */
    private static int partitionsFor(JavaSparkContext jsc, long bytes) {
        return (int) Math.max(2L * jsc.defaultParallelism(), bytes / (8L << 20));
    }

    private static Iterator<String> screenPartition(
            Iterator<Tuple2<String[], Long>> rows,
            String file,
            String word,
            String snapshotId,
            byte[] entries,
            LongAccumulator done) {
        PartyScreen screen = new PartyScreen(Screeners.get(snapshotId, entries), file, word);
        long[] counts = new long[2];
        return new Tagged<>(
                rows,
                (Tuple2<String[], Long> t, Consumer<String> emit) -> {
                    counts[0]++;
                    done.add(1);
                    String[] f = t._1();
                    if (f[0] == null) {
                        emit.accept(Tagged.REFUSED + f[1]);
                        return;
                    }
                    ScreenOutcome o = screen.screen(new PartyRecord(t._2(), f[0], f[1], f[2], f[3]));
                    if (o instanceof ScreenOutcome.Screened s) {
                        if (!s.hits().isEmpty()) {
                            counts[1]++;
                        }
                        for (HitRow h : s.hits()) {
                            emit.accept(Tagged.HIT + h.band() + "\t" + h.list() + "\t" + h.csv());
                        }
                    } else if (o instanceof ScreenOutcome.Rejected r) {
                        emit.accept(Tagged.REFUSED + r.problem());
                    }
                },
                () -> Tagged.COUNTS + counts[0] + "\t" + counts[1]);
    }
}
