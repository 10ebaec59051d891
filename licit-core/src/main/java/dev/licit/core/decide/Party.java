package dev.licit.core.decide;

/**
 * A party to the order.
 *
 * @param headquarters country of the party's headquarters or ultimate parent, where known
 */
public record Party(Role role, String name, String country, String headquarters, String address) {
}
