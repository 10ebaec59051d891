/**
 * Licenses BIS granted, as the exporter registers them, and their draw-down: whether a registered
 * license covers what an order needs, and why not when none does.
 */
package dev.licit.store.license;
