package dev.licit.cli;

import dev.licit.core.classify.Classification;
import dev.licit.core.classify.ResidualClassification;
import dev.licit.core.decide.AffiliateRows;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.ItemDecision;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.PartyResult;
import dev.licit.core.decide.Presumption;
import dev.licit.core.decide.VerdictChange;
import dev.licit.core.explain.Reason;
import dev.licit.core.explain.Templates;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.RuleOutcome;
import dev.licit.core.rulebook.Rulebook;
import java.io.PrintWriter;

/** The decision as a compliance officer reads it: verdict first, a line per item, reasons with citations, next steps. */
final class DecisionText {
    private DecisionText() {}

    /** One list hit on a line: band, list, listed name, score, the alias it matched by, the notice. */
    private static void hit(PrintWriter out, String indent, ListHit h) {
        out.println(indent + h.band() + " " + h.list() + " \"" + h.listedName() + "\" score "
                + Templates.format(h.score())
                + (h.matchedAlias() == null ? "" : " via \"" + h.matchedAlias() + "\"")
                + (h.federalRegisterNotice() == null
                                || h.federalRegisterNotice().isBlank()
                        ? ""
                        : " (" + h.federalRegisterNotice() + ")"));
    }

    /** A party's owners: where it stands under each 50 % rule in force, in words, and what the data got wrong. */
    static void ownership(PrintWriter out, OwnershipResult r) {
        if (!r.hasOwners()) {
            return;
        }
        for (RuleOutcome o : r.outcomes()) {
            out.println("     " + o.rule().title() + ": " + o.standing() + ". " + o.text());
        }
        for (String note : r.notes()) {
            out.println("     Ownership note: " + note);
        }
    }

    static void print(PrintWriter out, Decision d, Rulebook rulebook, String snapshot) {
        String head = d.verdict().name();
        if (d.reviewPolicy() != null) {
            head += " (" + d.reviewPolicy().words() + ")";
        }
        if (d.licenseException() != null) {
            head += " under License Exception " + d.licenseException();
        }
        out.println((d.orderId() == null ? "Order" : d.orderId()) + ": " + head);
        out.println("  Rules in force on " + d.asOf() + " (rulebook version " + d.rulebookFrom() + ", sha256 "
                + d.rulebookSha256().substring(0, 12) + (d.overlays().isEmpty() ? "" : ", overlays " + d.overlays())
                + "); AI Diffusion rule " + (d.aiDiffusionEnforced() ? "enforced" : "not enforced")
                + "; Affiliates rule " + (d.affiliatesApplies() ? "applies" : "suspended") + " after 2026-11-09"
                + (snapshot == null ? "; parties not screened" : "; lists " + snapshot));
        if (d.beyondReview()) {
            out.println("  Note: " + DecisionJson.reviewNotice(d) + ".");
        }
        if (d.earliestShipDate() != null) {
            out.println("  Earliest ship date: " + d.earliestShipDate());
        }
        out.println("Items:");
        int n = 0;
        for (ItemDecision i : d.items()) {
            n++;
            Classification c = i.classification();
            // NONE is not a classification: it is said in words, and the guidance follows the reasons
            String cls = "NONE".equals(c.eccn()) && c.isClassified()
                    ? "outside 3A090/4A090 (its own ECCN or EAR99 not determined)"
                    : c.isClassified()
                            ? c.eccn()
                                    + (c.paragraph() == null || c.paragraph().equals(c.eccn())
                                            ? ""
                                            : " (" + c.paragraph() + ")")
                            : "not classifiable (missing " + String.join(", ", c.missing()) + ")";
            String metrics = c.metrics().tpp() == null
                    ? ""
                    : ", TPP " + Templates.format(c.metrics().tpp())
                            + (c.metrics().performanceDensity() == null
                                    ? ""
                                    : ", PD " + Templates.format(c.metrics().performanceDensity()));
            String verdict = i.verdict().name()
                    + (i.reviewPolicy() == null ? "" : " (" + i.reviewPolicy().words() + ")")
                    + (i.licenseException() == null ? "" : " under " + i.licenseException());
            out.println("  " + n + ". " + (i.sku() == null ? c.model() : i.sku()) + " x" + i.quantity() + ": " + cls
                    + metrics + " -> " + verdict);
            for (Reason r : i.reasons()) {
                String overcome = i.supersededBy().get(r.ruleId());
                out.println("     [" + r.reliability() + "] "
                        + (overcome == null ? "" : "(overcome by " + overcome + ") ") + r.summary()
                        + (r.citation() == null || r.citation().isBlank() ? "" : " (" + r.citation() + ")"));
            }
            if (!i.missing().isEmpty()) {
                out.println("     Missing: " + String.join(", ", i.missing()));
            }
            for (VerdictChange ch : i.wouldChange()) {
                out.println("     Would change: [" + ch.reliability() + "] " + ch.summary()
                        + (ch.citation() == null || ch.citation().isBlank() ? "" : " (" + ch.citation() + ")"));
            }
            ResidualClassification.of(c)
                    .ifPresent(r -> out.println("     Classification: [" + r.reliability() + "] " + r.summary() + " ("
                            + r.citation() + ")"));
        }
        out.println("Parties:");
        for (int pi = 0; pi < d.parties().size(); pi++) {
            PartyResult p = d.parties().get(pi);
            String where = (p.party().country() == null ? "" : p.party().country())
                    + (p.party().headquarters() == null
                            ? ""
                            : ", headquarters " + p.party().headquarters());
            out.println("  " + p.party().role() + " " + p.party().name() + (where.isEmpty() ? "" : " (" + where + ")")
                    + (p.matches().isEmpty() ? ": no list match" : ":"));
            for (AffiliateRows.Item<ListHit> item :
                    AffiliateRows.arrange(p.matches(), ListHit::list, ListHit::listedName)) {
                switch (item) {
                    case AffiliateRows.Item.Single<ListHit> single -> hit(out, "     ", single.hit());
                    case AffiliateRows.Item.Group<ListHit> g -> {
                        // the Entity List's affiliate rows under their parent, each still a hit of its own
                        out.println("     == " + g.parentName() + " and "
                                + g.affiliates().size()
                                + " affiliate(s) named with it on the "
                                + g.affiliates().getFirst().list() + ":");
                        if (g.parent() != null) {
                            hit(out, "       ", g.parent());
                        }
                        for (ListHit a : g.affiliates()) {
                            hit(out, "       ", a);
                        }
                    }
                }
            }
            if (pi < d.ownership().size()) {
                ownership(out, d.ownership().get(pi));
            }
        }
        if (!d.presumes().isEmpty()) {
            out.println("Presumes (the exporter's own checks, which Licit cannot see):");
            for (Presumption p : d.presumes()) {
                out.println("  - [" + p.reliability() + "] " + p.check() + " (" + p.citation() + ")");
            }
        }
        out.println("Next steps:");
        d.nextSteps().forEach(s -> out.println("  - " + s));
        out.println("Reliability tags: [P] primary, [S] secondary, [N] third-party notes, [I] inference.");
        out.println();
    }
}
