/**
 * A bounded, ordered reader, workers, writer pipeline whose memory stays flat for any input size,
 * and the progress lines a long run prints.
 */
package dev.licit.batch.pipeline;
