/**
 * {@code licit screen}, {@code licit compare} and {@code licit lists}: screening a name and managing
 * the list snapshots of the data home.
 */
package dev.licit.cli.screening;
