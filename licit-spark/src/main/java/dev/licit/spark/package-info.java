/**
 * Batch screening and rule-change replay as Apache Spark jobs. The per-row work is licit-batch's
 * ({@code PartyScreen}, {@code OrderReplayer}); this package only distributes it: it cuts the input into
 * partitions, builds the screener or the decision engines once per executor JVM, and gathers the results
 * into the same output file and summary as the single-process engine. Entry point: {@link dev.licit.spark.LicitSpark}.
 */
package dev.licit.spark;
