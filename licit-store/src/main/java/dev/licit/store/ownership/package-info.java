/**
 * Ownership graphs in the store: imports as snapshots (all or nothing, audited, guarded against an
 * import that drops much of the current graph) and the current graph for checks.
 */
package dev.licit.store.ownership;
