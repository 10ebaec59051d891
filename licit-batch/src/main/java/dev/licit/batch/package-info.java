/**
 * Batch screening and rule-change replay: the per-row work (shared with licit-spark, so the two engines
 * cannot drift apart), the streaming single-process engine and the synthetic data generator.
 *
 * <ul>
 *   <li>{@code io}: streaming readers for party files (CSV, Parquet) and JSON Lines, the hit CSV writer,
 *       output files that appear only when complete.</li>
 *   <li>{@code screen}: one party in, its list hits out ({@link dev.licit.batch.screen.PartyScreen}); the
 *       single-process engine {@link dev.licit.batch.screen.LocalBatchScreen}.</li>
 *   <li>{@code replay}: one order in, its change of verdict out ({@link dev.licit.batch.replay.OrderReplayer});
 *       {@link dev.licit.batch.replay.LocalReplay}.</li>
 *   <li>{@code pipeline}: a bounded, ordered reader → workers → writer pipeline (memory flat for any input).</li>
 *   <li>{@code generate}: synthetic parties (several scripts, a planted share from the lists) and orders.</li>
 * </ul>
 */
package dev.licit.batch;
