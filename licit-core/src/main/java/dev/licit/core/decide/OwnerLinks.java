package dev.licit.core.decide;

import dev.licit.core.ownership.OwnershipLink;
import java.util.ArrayList;
import java.util.List;

/** The order's nested {@code owners} as ownership links (source "order"), the form the graph's links take. */
final class OwnerLinks {
    static final String SOURCE = "order";

    private OwnerLinks() {}

    /** Every party's owners, at every depth. */
    static List<OwnershipLink> of(Order order) {
        List<OwnershipLink> out = new ArrayList<>();
        for (Party p : order.parties()) {
            out.addAll(of(p));
        }
        return out;
    }

    /** One party's owners, at every depth (the order reader bounds the depth). */
    static List<OwnershipLink> of(Party p) {
        List<OwnershipLink> out = new ArrayList<>();
        if (p.name() != null) {
            add(p.name(), p.country(), p.owners(), out);
        }
        return out;
    }

    private static void add(String owned, String ownedCountry, List<Owner> owners, List<OwnershipLink> out) {
        for (Owner o : owners) {
            out.add(new OwnershipLink(o.name(), o.country(), owned, ownedCountry, o.percent(), null, null, SOURCE));
            add(o.name(), o.country(), o.owners(), out);
        }
    }
}
