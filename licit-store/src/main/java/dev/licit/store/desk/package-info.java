/**
 * The order desk: screen an order's parties, decide it and record the decision, the one use case
 * the CLI and the API share.
 */
package dev.licit.store.desk;
