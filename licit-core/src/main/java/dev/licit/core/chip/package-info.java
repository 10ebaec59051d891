/**
 * What an order line carries (a chip, an HBM stack or a system of chips) and the advanced-computing
 * metrics computed from it (TPP, performance density, HBM bandwidth density). Unknown figures stay
 * null; nothing here treats an unknown as zero.
 */
package dev.licit.core.chip;
