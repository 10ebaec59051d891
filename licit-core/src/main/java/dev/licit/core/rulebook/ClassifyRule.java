package dev.licit.core.rulebook;

/**
 * Puts an item of one kind in an ECCN paragraph: the entries for a kind are tried lowest priority
 * first and the first whose condition holds decides.
 *
 * @param appliesTo the item kind: chip, hbm or system
 * @param eccn the ECCN it gives ({@code NONE} for outside the advanced-computing entries)
 * @param paragraph the ECCN paragraph, or null
 */
public record ClassifyRule(RuleInfo info, String appliesTo, int priority, String when, String eccn, String paragraph)
        implements Rule, Rule.Conditional {}
