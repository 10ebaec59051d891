package dev.licit.core.decide;

import dev.licit.core.rulebook.CompiledRulebook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The order-level facts every rule of an order sees (destination, parties, posture, list hits). */
final class OrderFacts {
    private OrderFacts() {
    }

    static Map<String, Object> of(Order order, List<PartyResult> parties, CompiledRulebook rb, boolean aiDiffusion) {
        Map<String, Object> f = new HashMap<>();
        String dest = rb.countries().effectiveCode(order.destination());
        f.put("dest", dest);
        f.put("destGroups", rb.groupsOf(order.destination()));
        if (order.exportFrom() != null) {
            f.put("exportFrom", order.exportFrom());
            f.put("exportFromUs", "US".equals(order.exportFrom()));
        }
        Set<String> hqCountries = new TreeSet<>();
        Set<String> hqGroups = new TreeSet<>();
        Set<String> partyCountries = new TreeSet<>();
        Set<String> endUsers = new TreeSet<>();
        Set<String> consignees = new TreeSet<>();
        long distributors = 0;
        Set<String> listedOn = new TreeSet<>();
        boolean possible = false;
        for (PartyResult pr : parties) {
            Party p = pr.party();
            // Where the order does not say where a party is headquartered, its own country stands in:
            // the best knowledge the exporter has [I].
            String hq = p.headquarters() != null ? p.headquarters() : p.country();
            if (hq != null) {
                String code = rb.countries().effectiveCode(hq);
                hqCountries.add(code);
                hqGroups.addAll(rb.groupsOf(hq));
            }
            if (p.country() != null) {
                partyCountries.add(rb.countries().effectiveCode(p.country()));
            }
            String key = p.name() == null ? "" : p.name().trim().toLowerCase(Locale.ROOT);
            if (p.role() == Role.END_USER) {
                endUsers.add(key);
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
                }
            }
        }
        f.put("hqCountries", new ArrayList<>(hqCountries));
        f.put("hqGroups", new ArrayList<>(hqGroups));
        f.put("partyCountries", new ArrayList<>(partyCountries));
        f.put("certifications", order.certifications());
        f.put("aiDiffusionEnforced", aiDiffusion);
        f.put("endUsers", (long) endUsers.size());
        f.put("ultimateConsignees", (long) consignees.size());
        f.put("distributors", distributors);
        f.put("lineItems", (long) order.items().size());
        f.put("listedOn", new ArrayList<>(listedOn));
        f.put("possibleListMatch", possible);
        return f;
    }
}
