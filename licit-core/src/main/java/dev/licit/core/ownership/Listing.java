package dev.licit.core.ownership;

import java.util.Map;

/**
 * A list entry an owner was found on, as screening reported it.
 *
 * @param list the list code (EL, MEU, SDN, ...)
 * @param listedName the name on the list
 * @param notice the Federal Register notice of the entry, or null
 * @param possible true for a POSSIBLE match a person must confirm; false for a MATCH
 */
public record Listing(String list, String listedName, String notice, boolean possible) {
    private static final Map<String, String> NAMES = Map.of(
            "EL", "Entity List",
            "MEU", "Military End-User List",
            "SDN", "OFAC SDN List",
            "DPL", "Denied Persons List",
            "UVL", "Unverified List");

    /** "Entity List, 84 FR 22961" — how a path names the entry. */
    public String words() {
        String name = NAMES.getOrDefault(list, list);
        return (possible ? "possibly " : "") + name + (notice == null || notice.isBlank() ? "" : ", " + notice);
    }
}
