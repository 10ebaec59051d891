package dev.licit.spark;

import dev.licit.batch.io.AtomicOutput;
import dev.licit.batch.io.Columns;
import dev.licit.batch.io.PartyLine;
import dev.licit.batch.io.PartyRecord;
import dev.licit.batch.io.PartySource;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.screen.HitRow;
import dev.licit.batch.screen.LocalBatchScreen;
import dev.licit.batch.screen.OwnershipScreen;
import dev.licit.batch.screen.PartyScreen;
import dev.licit.batch.screen.ScreenOutcome;
import dev.licit.batch.screen.ScreenSummary;
import dev.licit.batch.screen.ScreenTally;
import dev.licit.core.io.InputException;
import dev.licit.core.io.RulebookLoader;
import dev.licit.screening.Screener;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.list.ListSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 *
 * <p>With an ownership graph ({@code --ownership}), the driver reads the graph file as the single-process
 * engine does (a bad file is refused there, with its line, before any task runs) and broadcasts its bytes;
 * each executor builds the graph, its index and the rules once ({@link OwnershipScreens}) and every party
 * goes through the same {@link PartyScreen} with its {@link OwnershipScreen}. No shuffle: the parties stay
 * in their partitions, and each party's owners are walked where the party is.
 */
final class SparkBatchScreen {
    private SparkBatchScreen() {}

    /**
     * What a run with {@code --ownership} adds: the graph file as read on the driver, the date its links and
     * rules are read on, and the Affiliates posture (applies, suspended, or null for the rulebook's).
     */
    record Ownership(SourceFile graph, LocalDate date, String affiliatesPosture) {}

    /** @param maxRefused rows that may be refused before the run fails (nothing is written then) */
    public static ScreenSummary run(
            SparkSession spark, Path input, Path output, ListSnapshot snapshot, long maxRefused, Progress progress)
            throws IOException {
        return run(spark, input, output, snapshot, null, maxRefused, progress);
    }

    /**
     * @param ownership each party's owners screened too, with the ownership column (null: the party alone)
     * @param maxRefused rows that may be refused before the run fails (nothing is written then)
     */
    @SuppressWarnings(
            "try") // resources held for their lifetime only: progress reporting, an open that validates the input
    public static ScreenSummary run(
            SparkSession spark,
            Path input,
            Path output,
            ListSnapshot snapshot,
            Ownership ownership,
            long maxRefused,
            Progress progress)
            throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String file = input.toString();
        byte[] encoded = Screeners.encode(snapshot);
        String snapshotKey = Screeners.key(snapshot.id(), encoded);
        Broadcast<byte[]> entries = jsc.broadcast(encoded);
        LongAccumulator done = jsc.sc().longAccumulator("parties");
        boolean parquet = PartySource.isParquet(input);
        JavaRDD<Tuple2<String[], Long>> rows = parquet ? parquetRows(spark, input) : csvRows(jsc, input);
        String word = parquet ? "row" : "line";
        boolean withOwnership = ownership != null;
        OwnerSide owners = withOwnership ? OwnerSide.of(jsc, snapshot, ownership) : null;
        JavaRDD<String> tagged =
                rows.mapPartitions(it -> screenPartition(it, file, word, snapshotKey, entries.value(), owners, done));

        ScreenTally tally = new ScreenTally();
        long[] counts = new long[2];
        Path scratch = PartFiles.scratchBeside(output);
        try (AtomicOutput out = AtomicOutput.create(output);
                JobProgress p = new JobProgress(done, progress)) {
            tagged.saveAsTextFile(scratch.toUri().toString());
            Writer w = out.writer();
            w.write(withOwnership ? HitRow.HEADER_WITH_OWNERSHIP : HitRow.HEADER);
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
                "spark " + spark.sparkContext().master(),
                snapshot.id(),
                counts[0],
                counts[1],
                progress.elapsedSeconds());
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
            String snapshotKey,
            byte[] entries,
            OwnerSide owners,
            LongAccumulator done) {
        Screener screener = Screeners.get(snapshotKey, entries);
        OwnershipScreen ownership = owners == null ? null : owners.screen(screener);
        boolean withOwnership = ownership != null;
        PartyScreen screen = new PartyScreen(screener, file, word, ownership);
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
                            emit.accept(Tagged.HIT + h.band() + "\t" + h.list() + "\t" + h.csv(withOwnership));
                        }
                    } else if (o instanceof ScreenOutcome.Rejected r) {
                        emit.accept(Tagged.REFUSED + r.problem());
                    }
                },
                () -> Tagged.COUNTS + counts[0] + "\t" + counts[1]);
    }

    /**
     * The ownership side as the tasks carry it: the graph's bytes as a broadcast variable (sent once to each
     * executor, no shared file system needed), its name (a link without a source is named FILE:LINE) and
     * what identifies the screen an executor builds from it.
     */
    private record OwnerSide(
            String key, String graphName, Broadcast<byte[]> graph, String date, String affiliatesPosture)
            implements java.io.Serializable {
        static OwnerSide of(JavaSparkContext jsc, ListSnapshot snapshot, Ownership o) {
            // read here first, as the single-process engine reads it: a bad file or date fails the run now,
            // with its file and line, and never as a task failure on an executor
            OwnershipScreen.links(o.graph());
            OwnershipScreen.rulesOn(RulebookLoader.loadDefault().on(o.date()), o.affiliatesPosture());
            return new OwnerSide(
                    OwnershipScreens.key(snapshot, o.graph(), o.date(), o.affiliatesPosture()),
                    o.graph().name(),
                    jsc.broadcast(o.graph().raw()),
                    o.date().toString(),
                    o.affiliatesPosture());
        }

        OwnershipScreen screen(Screener screener) {
            return OwnershipScreens.get(
                    key, screener, graphName, graph.value(), LocalDate.parse(date), affiliatesPosture);
        }
    }
}
