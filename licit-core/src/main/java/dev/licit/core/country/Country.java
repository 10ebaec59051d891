package dev.licit.core.country;

import java.util.List;

/**
 * A destination as the rules see it.
 *
 * @param treatedAs the code whose rules apply instead (Hong Kong reads as China), or null
 */
public record Country(String code, String name, String treatedAs, String treatedAsNote, List<Membership> memberships) {
    public Country {
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
    }
}
