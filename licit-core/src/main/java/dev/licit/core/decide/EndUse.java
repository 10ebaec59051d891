package dev.licit.core.decide;

/** What the exporter knows of the items' use (contract.md, December 2026 fields: {@code endUse}). */
public enum EndUse {
    SUPERCOMPUTER,
    ADVANCED_NODE_IC_PRODUCTION,
    MILITARY,
    MILITARY_INTELLIGENCE,
    WMD,
    AI_TRAINING,
    CIVIL
}
