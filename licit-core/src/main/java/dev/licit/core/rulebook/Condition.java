package dev.licit.core.rulebook;

/** A condition a license exception or review policy sets (e.g. "only one end user"); named when it fails. */
public record Condition(String id, String when, String summary) {}
