package dev.licit.core.ownership;

import java.util.List;

/**
 * One entity of a party's ownership tree (the party itself first), with the list entries screening
 * found for it and its direct owners. A flat list of nodes, not a nested tree, so that a cycle is
 * printed once.
 */
public record OwnerNode(String name, String country, List<Listing> listings, List<Holding> owners) {
    public OwnerNode {
        listings = List.copyOf(listings);
        owners = List.copyOf(owners);
    }

    /**
     * A direct owner of the node.
     *
     * @param percent the share, or null when unknown
     * @param source where the link comes from ("order", a file and record)
     */
    public record Holding(String owner, Double percent, String source) {}
}
