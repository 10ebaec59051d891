/**
 * Batch screening: one party row in, its hit rows out (shared with the Spark engine so the two cannot
 * drift), the single-process engine, and the summary either engine reports.
 */
package dev.licit.batch.screen;
