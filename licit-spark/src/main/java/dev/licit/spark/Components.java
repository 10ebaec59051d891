package dev.licit.spark;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The weakly connected components of the ownership graph: each node labelled with the smallest key of
 * its component, by passing the smallest label seen along every link in both directions until no label
 * changes (as many rounds as the longest shortest path in a component, a handful for corporate groups).
 * Whether an entity is covered depends only on what is above it, always in its own component, so each
 * component can be computed alone.
 */
final class Components {
    /** Cuts the lineage now and then: each round adds a join to it. */
    private static final int CHECKPOINT_EVERY = 8;

    private Components() {}

    /** (node key, component label) for every node of the links. */
    static JavaPairRDD<String, String> of(JavaRDD<KeyedLink> links) {
        // one partitioner for every round: without it each union adds its parents' partitions together
        // and the rounds' tasks double
        HashPartitioner parts = new HashPartitioner(links.getNumPartitions());
        JavaPairRDD<String, String> neighbours = links.filter(l -> !l.ownerKey().equals(l.ownedKey()))
                .flatMapToPair(
                        l -> List.of(new Tuple2<>(l.ownerKey(), l.ownedKey()), new Tuple2<>(l.ownedKey(), l.ownerKey()))
                                .iterator())
                .distinct(parts.numPartitions())
                .partitionBy(parts)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = links.flatMapToPair(
                        l -> List.of(new Tuple2<>(l.ownerKey(), l.ownerKey()), new Tuple2<>(l.ownedKey(), l.ownedKey()))
                                .iterator())
                .reduceByKey(parts, Components::min)
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (int round = 1; ; round++) {
            JavaPairRDD<String, String> offered =
                    neighbours.join(labels, parts).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
            JavaPairRDD<String, String> next =
                    labels.union(offered).reduceByKey(parts, Components::min).persist(StorageLevel.MEMORY_AND_DISK());
            if (round % CHECKPOINT_EVERY == 0) {
                next.rdd().localCheckpoint();
            }
            long changed = next.join(labels, parts)
                    .filter(t -> !t._2()._1().equals(t._2()._2()))
                    .count();
            if ((round - 1) % CHECKPOINT_EVERY != 0 || round == 1) {
                labels.unpersist(); // a checkpointed round's blocks are its only copy: Spark keeps them
            }
            labels = next;
            if (changed == 0) {
                neighbours.unpersist();
                return labels;
            }
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
