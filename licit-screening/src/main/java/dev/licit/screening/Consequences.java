package dev.licit.screening;

import dev.licit.screening.list.ListEntry;
import java.util.Map;

/** What a hit on each list means, in one sentence, with the entry's own license text where it has one. */
final class Consequences {
    private static final Map<String, String> BY_LIST = Map.ofEntries(
            Map.entry("EL", "Entity List (15 CFR 744 Supp. 4): a license is required"),
            Map.entry("DPL", "Denied Persons List: export privileges denied; no dealing in items subject to the EAR"),
            Map.entry("UVL", "Unverified List: a UVL statement is required and license exceptions are unavailable"),
            Map.entry("MEU", "Military End-User List: a license is required for items in Supp. 2 to part 744"),
            Map.entry("SDN", "OFAC SDN: property blocked; U.S. persons may not deal with the party"),
            Map.entry("SSI", "OFAC Sectoral Sanctions Identifications: directive-specific prohibitions apply"),
            Map.entry("FSE", "OFAC Foreign Sanctions Evaders: transactions by U.S. persons prohibited"),
            Map.entry("NS-MBS", "OFAC menu-based sanctions: the selected sanctions apply"),
            Map.entry("PLC", "OFAC Palestinian Legislative Council list: transactions restricted"),
            Map.entry("CAP", "OFAC CAPTA list: correspondent and payable-through accounts restricted"),
            Map.entry(
                    "CMIC",
                    "Treasury NS-CMIC list: securities investment ban; information only, no export license requirement"),
            Map.entry("ISN", "State Department nonproliferation sanctions: the measures in the cited notice apply"),
            Map.entry("DTC", "State Department ITAR debarment: no participation in defense-article exports"),
            Map.entry("UN", "UN Security Council sanctions: asset freeze and measures of the named regime"),
            // not US law: regulation-2026.md section 7 gives them no export consequence, so a reviewer weighs them
            Map.entry(
                    "EU",
                    "EU financial sanctions (consolidated list): asset freeze under the cited Council regulation; "
                            + "not a US list, a reviewer decides"),
            Map.entry(
                    "UK", "UK Sanctions List: the measures of the named UK regime; not a US list, a reviewer decides"));

    /** Lists whose legal reference is not a Federal Register notice. */
    private static final java.util.Set<String> NON_US = java.util.Set.of("UN", "EU", "UK");

    private Consequences() {}

    /** Lists in order of severity, for ranking equal scores: a denial outranks information. */
    private static final java.util.List<String> SEVERITY = java.util.List.of(
            "DPL", "SDN", "EL", "MEU", "UVL", "FSE", "ISN", "DTC", "SSI", "NS-MBS", "PLC", "CAP", "UN", "EU", "UK",
            "CMIC");

    static int severity(String list) {
        int i = SEVERITY.indexOf(list);
        return i < 0 ? SEVERITY.size() : i;
    }

    static String of(ListEntry e) {
        StringBuilder sb = new StringBuilder(BY_LIST.getOrDefault(e.list(), e.list() + " list: see the list's terms"));
        if (!e.licenseRequirement().isEmpty()) {
            sb.append(". License requirement: ").append(trimDot(e.licenseRequirement()));
        }
        if (!e.licensePolicy().isEmpty()) {
            sb.append(". License policy: ").append(trimDot(e.licensePolicy()));
        }
        if (!e.federalRegisterNotice().isEmpty()) {
            sb.append(NON_US.contains(e.list()) ? ". Legal basis: " : ". Federal Register: ")
                    .append(trimDot(e.federalRegisterNotice()));
        }
        return sb.toString();
    }

    private static String trimDot(String s) {
        String t = s.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
