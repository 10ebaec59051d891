/**
 * The core's adapters at its edge: YAML rule files and the rulebook loader, country and catalog data,
 * chip specs in JSON and CSV, order JSON in, decision and catalog JSON out, the data shipped in the
 * jar. The engine packages never depend on this one.
 */
package dev.licit.core.io;
