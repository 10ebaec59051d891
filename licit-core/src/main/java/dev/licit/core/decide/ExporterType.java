package dev.licit.core.decide;

/**
 * The exporter's business ({@code exporter.type}): contract.md names the first five; OTHER is for an
 * exporter none of them describes, so that a type is never guessed.
 */
public enum ExporterType {
    MANUFACTURER,
    DISTRIBUTOR,
    FOUNDRY,
    OSAT,
    CLOUD_PROVIDER,
    OTHER
}
