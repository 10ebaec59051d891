/**
 * The {@code licit} command: the entry point and the data home, the commands over the rulebook
 * ({@code check}, which decides orders and may screen and record them, {@code classify},
 * {@code envelope}, {@code catalog}, {@code rules}, {@code serve}), how their results are printed,
 * and the startup training behind the launcher's class cache.
 */
package dev.licit.cli;
