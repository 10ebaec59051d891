/**
 * The commands over the store ({@code decisions}, {@code cases}, {@code licenses},
 * {@code notifications}, {@code keys}, {@code audit}) and the options and lifecycle they share.
 */
package dev.licit.cli.store;
