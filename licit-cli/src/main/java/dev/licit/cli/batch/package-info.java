/**
 * {@code licit batch screen}, {@code licit replay} and {@code licit generate}: work over whole
 * files, in this process through licit-batch or in a licit-spark child JVM.
 */
package dev.licit.cli.batch;
