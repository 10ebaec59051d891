package dev.licit.core.decide;

import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.FactKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The order-level facts every rule of an order sees (destination, parties, posture, list hits). */
final class OrderFacts {
    private OrderFacts() {}

    /** Words of an address that name a covered region of Ukraine (15 CFR 746.6), and its ISO 3166-2 code. */
    private static final Map<String, String> COVERED_REGION_WORDS = Map.of(
            "crimea",
            "UA-43",
            "krym",
            "UA-43",
            "sevastopol",
            "UA-40",
            "donetsk",
            "UA-14",
            "luhansk",
            "UA-09",
            "lugansk",
            "UA-09");

    /**
     * The destination's region: as the order states it, else a covered region a party's address names
     * (an address in Sevastopol is a shipment to Sevastopol, whatever country the order gives), else
     * empty: the order names no region, which a clearance to Ukraine then presumes (presumptions.yaml).
     */
    static String region(Order order) {
        if (order.destinationRegion() != null) {
            return order.destinationRegion();
        }
        for (Party p : order.parties()) {
            String address = p.address() == null ? "" : p.address().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> w : new TreeMap<>(COVERED_REGION_WORDS).entrySet()) {
                if (address.contains(w.getKey())) {
                    return w.getValue();
                }
            }
        }
        return "";
    }

    static Map<String, Object> of(Order order, List<PartyResult> parties, CompiledRulebook rb, boolean aiDiffusion) {
        Map<String, Object> f = new HashMap<>();
        String dest = rb.countries().effectiveCode(order.destination());
        FactKey.DEST.put(f, dest);
        FactKey.DEST_GROUPS.put(f, rb.groupsOf(order.destination()));
        FactKey.DEST_REGION.put(f, region(order));
        // declared or not: an order that says nothing of the use is decided on what it says, and a
        // clearance lists the end-use checks it presumes (presumptions.yaml)
        FactKey.END_USES.put(f, order.endUses().stream().map(Enum::name).toList());
        FactKey.END_USER_TYPE.put(
                f, order.endUserType() == null ? "" : order.endUserType().name());
        if (order.exportFrom() != null) {
            FactKey.EXPORT_FROM.put(f, order.exportFrom());
            FactKey.EXPORT_FROM_US.put(f, "US".equals(order.exportFrom()));
        }
        Set<String> hqCountries = new TreeSet<>();
        Set<String> hqGroups = new TreeSet<>();
        Set<String> partyCountries = new TreeSet<>();
        Set<String> endUsers = new TreeSet<>();
        Set<String> consignees = new TreeSet<>();
        long distributors = 0;
        Set<String> listedOn = new TreeSet<>();
        boolean possible = false;
        Set<String> endUserHq = new TreeSet<>();
        List<String> endUserNames = new ArrayList<>();
        Set<String> possiblyOn = new TreeSet<>();
        boolean someHqUnknown = false;
        boolean someEndUserHqUnknown = false;
        for (PartyResult pr : parties) {
            Party p = pr.party();
            // Where the order does not say where a party is headquartered, its own country stands in:
            // the best knowledge the exporter has [I].
            String hq = p.headquarters() != null ? p.headquarters() : p.country();
            if (hq != null) {
                String code = rb.countries().effectiveCode(hq);
                hqCountries.add(code);
                hqGroups.addAll(rb.groupsOf(hq));
            } else {
                someHqUnknown = true;
                someEndUserHqUnknown |= p.role() == Role.END_USER;
            }
            if (p.country() != null) {
                partyCountries.add(rb.countries().effectiveCode(p.country()));
            }
            String key = p.name() == null ? "" : p.name().trim().toLowerCase(Locale.ROOT);
            if (p.role() == Role.END_USER) {
                endUsers.add(key);
                endUserNames.add(key);
                if (hq != null) {
                    endUserHq.add(rb.countries().effectiveCode(hq));
                }
            } else if (p.role() == Role.ULTIMATE_CONSIGNEE) {
                consignees.add(key);
            } else if (p.role() == Role.DISTRIBUTOR) {
                distributors++;
            }
            for (ListHit h : pr.matches()) {
                if (h.isMatch()) {
                    listedOn.add(h.list());
                } else if (h.isPossible()) {
                    possible = true;
                    possiblyOn.add(h.list());
                }
            }
        }
        // A party with neither country nor headquarters could be headquartered anywhere: unless the
        // known ones already put a party in D:5 or Macau (all the headquarters rules ask), leave the
        // facts unknown so that a rule that could turn on them holds the line naming the field
        // (issue 14 item 12) instead of reading the unknown party as headquartered nowhere.
        if (!someHqUnknown || hqGroups.contains("D:5") || hqCountries.contains("MO")) {
            FactKey.HQ_COUNTRIES.put(f, new ArrayList<>(hqCountries));
            FactKey.HQ_GROUPS.put(f, new ArrayList<>(hqGroups));
        }
        FactKey.PARTY_COUNTRIES.put(f, new ArrayList<>(partyCountries));
        FactKey.CERTIFICATIONS.put(f, order.certifications());
        FactKey.EXPORTER_NAME.put(
                f,
                order.exporter() == null || order.exporter().name() == null
                        ? ""
                        : order.exporter().name());
        FactKey.EXPORTER_TYPE.put(
                f,
                order.exporter() == null || order.exporter().type() == null
                        ? ""
                        : order.exporter().type().name());
        FactKey.AI_DIFFUSION_ENFORCED.put(f, aiDiffusion);
        FactKey.END_USERS.put(f, (long) endUsers.size());
        FactKey.ULTIMATE_CONSIGNEES.put(f, (long) consignees.size());
        FactKey.DISTRIBUTORS.put(f, distributors);
        FactKey.LINE_ITEMS.put(f, (long) order.items().size());
        FactKey.LISTED_ON.put(f, new ArrayList<>(listedOn));
        FactKey.POSSIBLE_LIST_MATCH.put(f, possible);
        FactKey.POSSIBLY_ON.put(f, new ArrayList<>(possiblyOn));
        // "all end users are headquartered in the US" (the UAE carve-out) is unknown, not true, while an
        // end user's headquarters is unknown, unless a known one is already elsewhere
        if (!someEndUserHqUnknown || endUserHq.stream().anyMatch(c -> !c.equals("US"))) {
            FactKey.END_USER_HQ.put(f, new ArrayList<>(endUserHq));
        }
        FactKey.END_USER_NAMES.put(f, endUserNames);
        return f;
    }
}
