/**
 * The covered set over a whole ownership graph: every entity covered under each 50 % rule, with its
 * aggregate listed share, computed once for the graph instead of once per party. {@link
 * dev.licit.batch.ownership.CoveredComputation} has the semantics of {@code OwnershipCheck} for a
 * single party, on a compact int-indexed graph ({@link dev.licit.batch.ownership.CompactGraph});
 * {@link dev.licit.batch.ownership.LocalCovered} runs it in one process, licit-spark runs it per
 * weakly connected component on Spark, with the same rows out.
 */
package dev.licit.batch.ownership;
