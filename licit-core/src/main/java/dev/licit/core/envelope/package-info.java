/**
 * The design question of a product team: for a die of a given area, the largest TPP a chip may have
 * and stay outside 3A090 (or 3A090.a), found with the rulebook's own classifier.
 */
package dev.licit.core.envelope;
