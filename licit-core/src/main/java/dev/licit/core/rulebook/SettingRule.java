package dev.licit.core.rulebook;

/**
 * A named value the engine uses (bit lengths, the AI Diffusion posture).
 *
 * @param value the value as the YAML gives it (a number, a text or a mapping), or null
 */
public record SettingRule(RuleInfo info, Object value) implements Rule {}
