/**
 * Streaming file I/O for the batch engines: party files (CSV, Parquet) and JSON Lines read one
 * record at a time, CSV written the RFC 4180 way, and output files that appear only when complete.
 */
package dev.licit.batch.io;
