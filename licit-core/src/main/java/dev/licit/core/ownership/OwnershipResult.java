package dev.licit.core.ownership;

import java.util.List;

/**
 * A party's owners on a date and where it stands under each 50 % rule.
 *
 * @param nodes the party and every owner above it (order and graph merged), each with its list entries
 * @param outcomes one per rule, in the rulebook's order
 * @param notes what the data got wrong and how it was read (cycles, self-ownership, shares over 100 %)
 */
public record OwnershipResult(String party, List<OwnerNode> nodes, List<RuleOutcome> outcomes, List<String> notes) {
    public OwnershipResult {
        nodes = List.copyOf(nodes);
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    /** A party without owners. */
    public static OwnershipResult none(String party) {
        return new OwnershipResult(party, List.of(), List.of(), List.of());
    }

    /** Whether the party has any owner at all. */
    public boolean hasOwners() {
        return nodes.size() > 1;
    }
}
