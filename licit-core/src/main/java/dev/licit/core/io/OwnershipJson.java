package dev.licit.core.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.core.ownership.Contribution;
import dev.licit.core.ownership.Listing;
import dev.licit.core.ownership.OwnerNode;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.RuleOutcome;
import java.util.List;

/**
 * A party's ownership in the decision JSON (contract.md, "parties[].ownership"): the owners as a
 * flat list of nodes (the party first; each with its list entries and direct owners), where the
 * party stands under each 50 % rule in force with the path in words and as data, and the notes on
 * what the data got wrong.
 */
final class OwnershipJson {
    private OwnershipJson() {}

    static ObjectNode of(OwnershipResult r) {
        ObjectNode o = Json.PRETTY.createObjectNode();
        ArrayNode rules = o.putArray("rules");
        for (RuleOutcome out : r.outcomes()) {
            ObjectNode ro = rules.addObject();
            ro.put("rule", out.rule().id());
            ro.put("title", out.rule().title());
            ro.put("standing", out.standing().name());
            ro.put("sharePercent", Double.parseDouble(Contribution.percent(out.share())));
            ArrayNode lists = ro.putArray("lists");
            out.lists().forEach(lists::add);
            ro.put("text", out.text());
            path(ro.putArray("path"), out.path());
        }
        ArrayNode nodes = o.putArray("owners");
        for (OwnerNode n : r.nodes()) {
            ObjectNode no = nodes.addObject();
            no.put("name", n.name());
            no.put("country", n.country());
            listings(no.putArray("listings"), n.listings());
            ArrayNode owners = no.putArray("owners");
            for (OwnerNode.Holding h : n.owners()) {
                owners.addObject()
                        .put("name", h.owner())
                        .put("percent", h.percent())
                        .put("source", h.source());
            }
        }
        ArrayNode notes = o.putArray("notes");
        r.notes().forEach(notes::add);
        return o;
    }

    private static void path(ArrayNode a, List<Contribution> path) {
        for (Contribution c : path) {
            ObjectNode co = a.addObject();
            co.put("owner", c.owner());
            co.put("percent", c.percent());
            listings(co.putArray("listings"), c.listings());
            if (!c.via().isEmpty()) {
                path(co.putArray("via"), c.via());
            }
        }
    }

    private static void listings(ArrayNode a, List<Listing> ls) {
        for (Listing l : ls) {
            a.addObject()
                    .put("list", l.list())
                    .put("listedName", l.listedName())
                    .put("federalRegisterNotice", l.notice())
                    .put("band", l.possible() ? "POSSIBLE" : "MATCH");
        }
    }
}
