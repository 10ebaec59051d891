/**
 * JMH benchmarks of the decision engine, screening and the embedded store, and an open-loop load
 * generator for the server's decision endpoint (see docs/PERFORMANCE.md).
 */
package dev.licit.bench;
