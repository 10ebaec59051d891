/**
 * Rule-change replay: one order decided under a baseline and a candidate rulebook and what moved,
 * the single-process engine over a whole history, and the impact summary either engine reports.
 */
package dev.licit.batch.replay;
