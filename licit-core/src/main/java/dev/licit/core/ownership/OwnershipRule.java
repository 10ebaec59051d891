package dev.licit.core.ownership;

import java.util.Set;

/**
 * One 50 % rule as the rulebook states it (setting {@code ownershipRules}): an entity owned {@code
 * thresholdPercent} or more, directly or indirectly, in the aggregate, by parties on {@code lists}
 * is covered. The setting is dated like any rulebook entry (a rule is computed only on the dates
 * it is in force); its consequences are require entries (affiliates.yaml) that read the outcome.
 *
 * @param id the name the facts use ({@code affiliates:EL} is "covered under rule affiliates by an EL owner")
 * @param title how a reason names the rule
 * @param lists the list codes whose parties count (and add up) as owners
 * @param posture the posture that can switch the rule off (the Affiliates rule after 2026-11-09:
 *     {@code affiliates}), or null when no posture applies
 */
public record OwnershipRule(String id, String title, Set<String> lists, double thresholdPercent, String posture) {
    public OwnershipRule {
        lists = Set.copyOf(lists);
        if (id == null || id.isBlank() || id.contains(":")) {
            throw new IllegalArgumentException("an ownership rule needs an id without ':'");
        }
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("ownership rule " + id + " names no list");
        }
        if (!(thresholdPercent > 0 && thresholdPercent <= 100)) {
            throw new IllegalArgumentException(
                    "ownership rule " + id + ": thresholdPercent must be above 0 and at most 100");
        }
    }
}
