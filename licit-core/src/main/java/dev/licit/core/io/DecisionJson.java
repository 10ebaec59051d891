package dev.licit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.chip.Metrics;
import dev.licit.core.classify.Classification;
import dev.licit.core.classify.ResidualClassification;
import dev.licit.core.decide.AffiliateRows;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.ItemDecision;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.NextStep;
import dev.licit.core.decide.PartyResult;
import dev.licit.core.decide.Presumption;
import dev.licit.core.decide.TraceStep;
import dev.licit.core.decide.VerdictChange;
import dev.licit.core.explain.Reason;
import dev.licit.core.json.Json;
import dev.licit.core.ownership.OwnershipResult;
import java.util.List;

/**
 * Writes decisions and classifications in the contract's JSON shapes, field by field, so that the
 * same decision always gives the same bytes (only {@code decidedAt} varies).
 */
public final class DecisionJson {
    private DecisionJson() {}

    /**
     * @param decidedAt an ISO instant stamped by the caller, or null to leave it out
     * @param listSnapshot the list snapshot id the parties were screened against, or null
     */
    public static ObjectNode decision(Decision d, String decidedAt, String listSnapshot) {
        ObjectNode o = Json.PRETTY.createObjectNode();
        o.put("orderId", d.orderId());
        o.put("verdict", d.verdict().name());
        o.put("reviewPolicy", d.reviewPolicy() == null ? null : d.reviewPolicy().name());
        o.put("licenseException", d.licenseException());
        o.put("asOf", d.asOf().toString());
        o.put(
                "earliestShipDate",
                d.earliestShipDate() == null ? null : d.earliestShipDate().toString());
        ArrayNode items = o.putArray("items");
        for (ItemDecision i : d.items()) {
            items.add(item(i));
        }
        ArrayNode parties = o.putArray("parties");
        for (int pi = 0; pi < d.parties().size(); pi++) {
            PartyResult p = d.parties().get(pi);
            ObjectNode po = parties.addObject();
            po.put("name", p.party().name());
            po.put("role", p.party().role().name());
            po.put("country", p.party().country());
            po.put("headquarters", p.party().headquarters());
            ArrayNode ms = po.putArray("matches");
            for (ListHit h : p.matches()) {
                ObjectNode m = ms.addObject();
                m.put("list", h.list());
                m.put("listedName", h.listedName());
                m.put("matchedAlias", h.matchedAlias());
                m.put("score", Math.round(h.score() * 1000) / 1000.0);
                m.put("entryId", h.entryId());
                m.put("band", h.band());
                m.put("licenseRequirement", h.licenseRequirement());
                m.put("licensePolicy", h.licensePolicy());
                m.put("federalRegisterNotice", h.federalRegisterNotice());
                if (!h.sources().isEmpty()) {
                    // the files the entry is in: one hit even when the CSL and OFAC's own file both carry it
                    strings(m.putArray("sources"), h.sources());
                }
                AffiliateRows.parentOf(h.listedName()).ifPresent(parent -> m.put("affiliateOf", parent));
            }
            // the Entity List's affiliate rows under their parent, as /v1/screen gives them; absent when no
            // affiliate row was hit, so every other decision keeps its bytes
            List<AffiliateRows.Item.Group<ListHit>> groups =
                    AffiliateRows.groups(p.matches(), ListHit::list, ListHit::listedName);
            if (!groups.isEmpty()) {
                ArrayNode gs = po.putArray("groups");
                for (AffiliateRows.Item.Group<ListHit> g : groups) {
                    ObjectNode go = gs.addObject();
                    go.put("parent", g.parentName());
                    go.put(
                            "parentEntryId",
                            g.parent() == null ? null : g.parent().entryId());
                    ArrayNode ids = go.putArray("affiliateEntryIds");
                    g.affiliates().forEach(a -> ids.add(a.entryId()));
                }
            }
            OwnershipResult own = pi < d.ownership().size() ? d.ownership().get(pi) : null;
            if (own != null && own.hasOwners()) {
                po.set("ownership", OwnershipJson.of(own));
            }
        }
        strings(o.putArray("nextSteps"), d.nextSteps());
        // the same steps as codes and values, for a reader in another language
        ArrayNode details = o.putArray("nextStepDetails");
        for (NextStep step : d.steps()) {
            ObjectNode so = details.addObject();
            so.put("code", step.code());
            ObjectNode params = so.putObject("params");
            new java.util.TreeMap<>(step.params()).forEach(params::put);
        }
        strings(o.putArray("missing"), d.missing());
        // what a clearance presumes the exporter checked (empty unless the order may ship)
        ArrayNode presumes = o.putArray("presumes");
        for (Presumption p : d.presumes()) {
            presumes.addObject()
                    .put("ruleId", p.ruleId())
                    .put("check", p.check())
                    .put("citation", p.citation())
                    .put("reliability", p.reliability().name());
        }
        ObjectNode rb = o.putObject("rulebook");
        rb.put("asOf", d.asOf().toString());
        rb.put("version", d.rulebookFrom().toString());
        rb.put("sha256", d.rulebookSha256());
        strings(rb.putArray("overlays"), d.overlays());
        if (d.reviewedThrough() != null) {
            rb.put("reviewedThrough", d.reviewedThrough().toString());
        }
        if (d.beyondReview()) {
            rb.put("notice", reviewNotice(d));
        }
        o.putObject("posture")
                .put("aiDiffusion", d.aiDiffusionEnforced() ? "enforced" : "not-enforced")
                .put("affiliates", d.affiliatesApplies() ? "applies" : "suspended");
        if (listSnapshot != null) {
            o.put("listSnapshot", listSnapshot);
        }
        ArrayNode trace = o.putArray("trace");
        for (TraceStep t : d.trace()) {
            ObjectNode to = trace.addObject();
            to.put("subject", t.subject());
            to.put("ruleId", t.ruleId());
            to.put("result", t.result());
            to.put("detail", t.detail());
        }
        if (decidedAt != null) {
            o.put("decidedAt", decidedAt);
        }
        return o;
    }

    /** What a decision for a date after the rulebook's review says. */
    public static String reviewNotice(Decision d) {
        return "rules reviewed through " + d.reviewedThrough() + "; this decision is for " + d.asOf()
                + ": check for rules published since";
    }

    private static ObjectNode item(ItemDecision i) {
        ObjectNode o = Json.PRETTY.createObjectNode();
        o.put("sku", i.sku());
        o.put("quantity", i.quantity());
        if (i.catalogId() != null) {
            o.put("catalogId", i.catalogId());
        }
        Classification c = i.classification();
        o.put("kind", c.kind());
        o.put("eccn", c.eccn());
        o.put("paragraph", c.paragraph());
        o.put("status", c.status().name());
        metrics(o, c.metrics());
        o.put("verdict", i.verdict().name());
        o.put("reviewPolicy", i.reviewPolicy() == null ? null : i.reviewPolicy().name());
        o.put("licenseException", i.licenseException());
        ArrayNode reasons = o.putArray("reasons");
        reasons(reasons, i.reasons());
        // a requirement a license exception overcomes: marked, not removed (issue 18, point 7)
        for (JsonNode r : reasons) {
            String by = i.supersededBy().get(r.path("ruleId").asText());
            if (by != null) {
                ((ObjectNode) r).put("supersededBy", by);
            }
        }
        strings(o.putArray("missing"), i.missing());
        residual(o, c);
        // what would change the verdict (issue 18, point 7): an added field
        ArrayNode changes = o.putArray("wouldChange");
        for (VerdictChange ch : i.wouldChange()) {
            ObjectNode co = changes.addObject();
            co.put("kind", ch.kind());
            co.put("summary", ch.summary());
            co.put("ruleId", ch.ruleId());
            co.put("citation", ch.citation());
            co.put("reliability", ch.reliability().name());
            co.put("textKey", ch.textKey());
            ObjectNode params = co.putObject("params");
            new java.util.TreeMap<>(ch.params()).forEach(params::put);
        }
        if (!c.components().isEmpty()) {
            ArrayNode comps = o.putArray("components");
            c.components().forEach(cc -> comps.add(classification(cc, null)));
        }
        return o;
    }

    /** The contract's classification object for {@code licit classify}. */
    public static ObjectNode classification(Classification c, String rulebookVersion) {
        ObjectNode o = Json.PRETTY.createObjectNode();
        o.put("model", c.model());
        o.put("kind", c.kind());
        metrics(o, c.metrics());
        o.put("eccn", c.eccn());
        o.put("paragraph", c.paragraph());
        o.put("status", c.status().name());
        strings(o.putArray("missing"), c.missing());
        if (rulebookVersion != null) {
            o.put("rulebookVersion", rulebookVersion);
        }
        strings(
                o.putArray("citations"),
                c.reasons().stream().map(Reason::citation).distinct().toList());
        reasons(o.putArray("reasons"), c.reasons());
        residual(o, c);
        if (!c.components().isEmpty()) {
            ArrayNode comps = o.putArray("components");
            c.components().forEach(cc -> comps.add(classification(cc, null)));
        }
        return o;
    }

    private static void metrics(ObjectNode o, Metrics m) {
        o.put("tpp", m.tpp() == null ? null : round(m.tpp(), 4));
        o.put("performanceDensity", m.performanceDensity() == null ? null : round(m.performanceDensity(), 3));
        if (m.hbmBandwidthDensity() != null) {
            o.put("memoryBandwidthDensity", round(m.hbmBandwidthDensity(), 3));
        }
        if (m.tppPrecision() != null) {
            o.put("tppPrecision", m.tppPrecision().key());
        }
    }

    /**
     * For an item outside 3A090 and 4A090, what that means for its own classification (issue 18,
     * point 7): an added field, {@code residual}, beside {@code eccn: "NONE"}, which keeps its meaning.
     */
    private static void residual(ObjectNode o, Classification c) {
        ResidualClassification.of(c).ifPresent(r -> {
            ObjectNode n = o.putObject("residual");
            n.put("textKey", r.textKey());
            n.put("summary", r.summary());
            ArrayNode cands = n.putArray("candidates");
            for (ResidualClassification.Candidate k : r.candidates()) {
                cands.addObject()
                        .put("eccn", k.eccn())
                        .put("decidedBy", k.decidedBy())
                        .put("citation", k.citation())
                        .put("reliability", k.reliability().name());
            }
            n.put("citation", r.citation());
            n.put("reliability", r.reliability().name());
        });
    }

    private static void reasons(ArrayNode a, List<Reason> reasons) {
        for (Reason r : reasons) {
            ObjectNode ro = a.addObject();
            ro.put("ruleId", r.ruleId());
            ro.put("citation", r.citation());
            ro.put("reliability", r.reliability().name());
            ro.put("summary", r.summary());
            if (!r.params().isEmpty()) {
                ObjectNode params = ro.putObject("params");
                new java.util.TreeMap<>(r.params()).forEach(params::put);
            }
            if (r.textKey() != null) {
                ro.put("textKey", r.textKey());
            }
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
