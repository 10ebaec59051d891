package dev.licit.store.decision;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.ItemDecision;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.OrderItem;
import dev.licit.core.decide.Party;
import dev.licit.core.json.Json;
import dev.licit.store.internal.Hashes;
import dev.licit.store.review.PartyKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The canonical content hash of an order: what a NAC notification or a license filed for an order
 * covers (issue 13, point 2). An order re-submitted under the same id with more units, another end
 * user or another destination has another hash, so the old filing does not cover it.
 *
 * <p>The hash is SHA-256 of the compact JSON of (docs/STORE.md "Content hash"):
 * <pre>{@code
 * {"v":1,"exportFrom":"US","destination":"CN","destinationRegion":null,
 *  "endUses":["..."],"endUserType":"...",
 *  "items":[{"model":"nvidia-h100...","sku":"H100","eccn":"3A090.a","quantity":8}, ...],
 *  "parties":[{"role":"END_USER","name":"hanoi national ai lab","country":"VN"}, ...]}
 * }</pre>
 * Items are sorted by model, ECCN, SKU, quantity; parties by role, name, country; names folded as
 * {@link PartyKey} folds them (NFKC, lower case, whitespace collapsed), so spelling the same name in
 * other case or spacing is the same content, and a different name is not. The order's id and date
 * are not content: the same goods to the same parties decided again another day are the same order,
 * and a changed order under the same id is not. Unit values are not content either: a license's
 * value limit is checked on its own.
 */
public final class OrderContent {
    /** The format in the hashed text: a change of format changes every hash, and says so. */
    static final int VERSION = 1;

    private OrderContent() {}

    /** The content hash of an order as decided (ECCNs from the decision's classification of each line). */
    public static String sha256(Order order, Decision decision) {
        return Hashes.sha256(canonical(order, decision));
    }

    /** The canonical text the hash is made of. */
    public static String canonical(Order order, Decision decision) {
        ObjectNode o = Json.object();
        o.put("v", VERSION);
        o.put("exportFrom", upper(order.exportFrom()));
        o.put("destination", upper(order.destination()));
        o.put("destinationRegion", order.destinationRegion());
        ArrayNode uses = o.putArray("endUses");
        if (order.endUses() != null) {
            order.endUses().stream().map(Enum::name).sorted().forEach(uses::add);
        }
        o.put(
                "endUserType",
                order.endUserType() == null ? null : order.endUserType().name());
        record Item(String model, String sku, String eccn, int quantity) {}
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < order.items().size(); i++) {
            OrderItem line = order.items().get(i);
            ItemDecision decided =
                    i < decision.items().size() ? decision.items().get(i) : null;
            String eccn = decided == null || decided.classification() == null
                    ? null
                    : decided.classification().eccn();
            String model = line.catalogId() != null ? line.catalogId() : line.sku();
            items.add(new Item(n(model), n(line.sku()), n(eccn), line.quantity()));
        }
        items.sort(Comparator.comparing(Item::model)
                .thenComparing(Item::eccn)
                .thenComparing(Item::sku)
                .thenComparingInt(Item::quantity));
        ArrayNode itemNodes = o.putArray("items");
        for (Item it : items) {
            itemNodes
                    .addObject()
                    .put("model", it.model())
                    .put("sku", it.sku())
                    .put("eccn", it.eccn())
                    .put("quantity", it.quantity());
        }
        record P(String role, String name, String country) {}
        List<P> parties = new ArrayList<>();
        for (Party p : order.parties()) {
            parties.add(new P(
                    p.role() == null ? "" : p.role().name(),
                    withoutLastBar(PartyKey.name(p.name())),
                    n(upper(p.country()))));
        }
        parties.sort(Comparator.comparing(P::role).thenComparing(P::name).thenComparing(P::country));
        ArrayNode partyNodes = o.putArray("parties");
        for (P p : parties) {
            partyNodes.addObject().put("role", p.role()).put("name", p.name()).put("country", p.country());
        }
        return Json.compact(o);
    }

    /** The key's name part: the key ends with the bar before its (here empty) country. */
    private static String withoutLastBar(String key) {
        return key.endsWith("|") ? key.substring(0, key.length() - 1) : key;
    }

    private static String n(String s) {
        return s == null ? "" : s.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
