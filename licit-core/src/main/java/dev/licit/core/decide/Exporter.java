package dev.licit.core.decide;

/** Who exports ({@code exporter}): every part optional; the rules that turn on it say what they need. */
public record Exporter(String name, String country, ExporterType type) {}
