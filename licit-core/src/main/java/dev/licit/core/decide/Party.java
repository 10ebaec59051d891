package dev.licit.core.decide;

import java.util.List;

/**
 * A party to the order. {@code headquarters} is the country of its headquarters or ultimate parent,
 * where known (15 CFR 742.6(a)(6) turns on it). {@code owners} are its direct owners, as the order
 * gives them.
 */
public record Party(Role role, String name, String country, String headquarters, String address, List<Owner> owners) {
    public Party {
        owners = owners == null ? List.of() : List.copyOf(owners);
    }

    /** A party whose owners the order does not give. */
    public Party(Role role, String name, String country, String headquarters, String address) {
        this(role, name, country, headquarters, address, List.of());
    }
}
