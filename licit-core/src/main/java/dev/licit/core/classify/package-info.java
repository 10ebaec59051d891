/**
 * Classification of an item on a date: the rulebook's classify entries tried in priority order, the
 * first that holds decides, and one that cannot be decided for a missing fact makes the result
 * INDETERMINATE with the missing input named.
 */
package dev.licit.core.classify;
