/**
 * The rulebook as data: entries with dated versions, the vocabulary of facts a condition may use,
 * conditions compiled and type-checked with CEL, three-valued truth for missing facts, validation,
 * and one compiled, immutable rulebook per version in force.
 */
package dev.licit.core.rulebook;
