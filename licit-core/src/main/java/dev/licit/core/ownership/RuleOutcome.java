package dev.licit.core.ownership;

import java.util.List;

/**
 * A party under one 50 % rule.
 *
 * @param share the aggregate share held by listed (or covered) owners on known shares and confirmed matches
 * @param lists the list codes of the listed owners behind the standing (their consequence is the party's)
 * @param path the direct owners that make up the share, each with why it counts
 * @param text the path in words
 */
public record RuleOutcome(
        OwnershipRule rule, Standing standing, double share, List<String> lists, List<Contribution> path, String text) {
    public RuleOutcome {
        lists = List.copyOf(lists);
        path = List.copyOf(path);
    }
}
