package dev.licit.core.decide;

/** A party's role in the order (contract.md), plus DISTRIBUTOR, which NAC excludes (15 CFR 740.8). */
public enum Role {
    END_USER,
    ULTIMATE_CONSIGNEE,
    INTERMEDIATE_CONSIGNEE,
    PURCHASER,
    DISTRIBUTOR
}
