/**
 * Synthetic inputs for benchmarks and tests: customer files with names in five scripts and a planted
 * share of varied list names, and order histories in the contract's shape.
 */
package dev.licit.batch.generate;
