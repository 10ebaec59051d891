package dev.licit.spark;

import dev.licit.batch.ownership.CompactGraph;
import dev.licit.batch.ownership.CoveredComputation;
import dev.licit.batch.ownership.CoveredRow;
import dev.licit.batch.ownership.CoveredRule;
import dev.licit.batch.ownership.CoveredSummary;
import dev.licit.batch.ownership.Cycles;
import dev.licit.batch.ownership.EdgeLine;
import dev.licit.batch.ownership.ListedOwners;
import dev.licit.batch.ownership.LocalCovered;
import dev.licit.batch.ownership.OwnershipCsv;
import dev.licit.core.io.InputException;
import dev.licit.core.ownership.OwnershipGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The covered set as a Spark job: the lines parsed and keyed on the executors, the graph cut into its
 * weakly connected components ({@link Components}), and each component computed by the single-process
 * engine's own code ({@link CoveredComputation}) on the executor that holds it. Shares are exact sums
 * of whole units and the rows are sorted by key and rule, so the output is the single-process
 * engine's, byte for byte. A component is computed on one executor: a graph made of one giant
 * component gains nothing from Spark.
 */
final class SparkCovered {
    private SparkCovered() {}

    public static CoveredSummary run(
            SparkSession spark, Path graph, Path listedFile, Path output, LocalDate date, List<CoveredRule> rules)
            throws IOException {
        long t0 = System.nanoTime();
        OwnershipCsv columns = header(graph);
        ListedOwners listedOwners = ListedOwners.read(listedFile);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ListedOwners> listed = jsc.broadcast(listedOwners);
        String file = graph.toString();
        JavaRDD<KeyedLink> links = jsc.textFile(graph.toAbsolutePath().toUri().toString(), 2 * jsc.defaultParallelism())
                .zipWithIndex()
                .filter(t -> t._2() > 0)
                .map(t -> keyed(columns.edge(file, t._2() + 1, t._1(), date)))
                .filter(l -> l != null)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long linkCount = links.count();
        var labels = Components.of(links);
        long entities = labels.count();
        long t1 = System.nanoTime();

        LongAccumulator selfLinks = jsc.sc().longAccumulator("self-links");
        LongAccumulator cycles = jsc.sc().longAccumulator("cycles");
        LongAccumulator inCycles = jsc.sc().longAccumulator("entities in cycles");
        CollectionAccumulator<List<String>> examples = jsc.sc().collectionAccumulator("cycle examples");
        List<CoveredRow> rows = new ArrayList<>(links.mapToPair(l -> new Tuple2<>(l.ownerKey(), l))
                .join(labels)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .groupByKey()
                .flatMap(component -> {
                    CompactGraph g = graphOf(component._2());
                    selfLinks.add(g.selfLinks());
                    Cycles c = Cycles.of(g);
                    cycles.add(c.count());
                    inCycles.add(c.entities());
                    c.examples().forEach(examples::add);
                    return CoveredComputation.rows(g, listed.value(), rules).iterator();
                })
                .collect());
        rows.sort(CoveredRow.ORDER);
        long t2 = System.nanoTime();
        LocalCovered.write(rows, output);
        links.unpersist();
        labels.unpersist();
        long t3 = System.nanoTime();
        // the components finish in any order: the examples shown are the first five by name
        List<List<String>> sample = new ArrayList<>(examples.value());
        sample.sort((a, b) -> String.join(",", a).compareTo(String.join(",", b)));
        return new CoveredSummary(
                "spark " + spark.sparkContext().master(),
                linkCount,
                entities,
                selfLinks.value(),
                cycles.value(),
                inCycles.value(),
                sample.subList(0, Math.min(5, sample.size())),
                LocalCovered.tally(rows),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t3 - t0) / 1e9);
    }

    private static OwnershipCsv header(Path graph) throws IOException {
        if (!Files.isRegularFile(graph)) {
            throw new InputException(graph + ": no such file");
        }
        try (BufferedReader r = Files.newBufferedReader(graph, StandardCharsets.UTF_8)) {
            return OwnershipCsv.header(graph.toString(), r.readLine());
        }
    }

    private static KeyedLink keyed(EdgeLine e) {
        if (e == null) {
            return null;
        }
        return new KeyedLink(
                OwnershipGraph.key(e.owner()), e.owner(), OwnershipGraph.key(e.owned()), e.owned(), e.units());
    }

    /** The component's links in key order, so that its node ids do not depend on the order Spark delivered them. */
    private static CompactGraph graphOf(Iterable<KeyedLink> links) {
        List<KeyedLink> sorted = new ArrayList<>();
        links.forEach(sorted::add);
        Collections.sort(sorted, (a, b) -> {
            int c = a.ownerKey().compareTo(b.ownerKey());
            return c != 0 ? c : a.ownedKey().compareTo(b.ownedKey());
        });
        CompactGraph.Builder b = new CompactGraph.Builder();
        Iterator<KeyedLink> it = sorted.iterator();
        while (it.hasNext()) {
            KeyedLink l = it.next();
            b.add(l.ownerName(), l.ownerKey(), l.ownedName(), l.ownedKey(), l.units());
        }
        return b.build();
    }
}
