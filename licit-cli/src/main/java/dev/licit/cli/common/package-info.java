/**
 * What the root command and every group of subcommands share: the data home ({@code LICIT_HOME}),
 * the converter of date arguments, and the {@code --format} option's formats and choices. Apart from
 * the root package so that subcommands never reach up into the package that lists them.
 */
package dev.licit.cli.common;
