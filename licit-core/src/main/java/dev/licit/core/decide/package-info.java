/**
 * The decision engine: an order, its list hits and a date in; a deterministic decision out (a verdict
 * per line and for the order, reasons with citations, review policy, next steps, the rule trace).
 * No clock, no I/O.
 */
package dev.licit.core.decide;
