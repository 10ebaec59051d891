package dev.licit.core.rulebook;

/**
 * A check a clearance presumes the exporter made: Licit cannot know it from the order (what the
 * exporter knows of the end use, say), so every NLR, notification and license exception names the
 * checks in force whose condition holds, with their citations ("presumes: no military end use,
 * 744.21"). Its summary is the check, in words.
 *
 * @param when the orders the check concerns (a CEL predicate; {@code true} for every order)
 */
public record PresumeRule(RuleInfo info, String when) implements Rule, Rule.Conditional {}
