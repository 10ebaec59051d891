package dev.licit.core.decide;

import dev.licit.core.classify.Classification;
import dev.licit.core.classify.Classifier;
import dev.licit.core.classify.ItemFacts;
import dev.licit.core.explain.Reason;
import dev.licit.core.explain.Templates;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.RuleOutcome;
import dev.licit.core.provenance.Reliability;
import dev.licit.core.rulebook.CompiledRule;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.ExceptionRule;
import dev.licit.core.rulebook.FactKey;
import dev.licit.core.rulebook.Facts;
import dev.licit.core.rulebook.PolicyRule;
import dev.licit.core.rulebook.PresumeRule;
import dev.licit.core.rulebook.RequireRule;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Rule;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.Truth;
import dev.licit.core.rulebook.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides an order: classify each item, raise the requirements whose conditions hold, apply review
 * policies and license exceptions, and combine. Pure: same order, same list hits and same rulebook
 * give an equal decision; no clock, no I/O.
 */
public final class DecisionEngine {
    private final Rulebook rulebook;
    private final Classifier classifier = new Classifier();

    public DecisionEngine(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    /**
     * @param screened the order with each party's list matches
     * @param asOf the date whose rules apply, or null for the order's date
     * @param aiDiffusion the AI Diffusion posture overriding the order's and the rulebook's, or null
     */
    public Decision decide(ScreenedOrder screened, LocalDate asOf, AiDiffusionPosture aiDiffusion) {
        return decide(screened, asOf, aiDiffusion, null);
    }

    /** As {@link #decide(ScreenedOrder, LocalDate, AiDiffusionPosture, AffiliatesPosture)} with the caller's postures. */
    public Decision decideWith(ScreenedOrder screened, LocalDate asOf, Postures postures) {
        Postures p = postures == null ? Postures.NONE : postures;
        return decide(screened, asOf, p.aiDiffusion(), p.affiliates());
    }

    /**
     * @param affiliates the Affiliates-rule posture overriding the order's and the rulebook's, or null
     */
    public Decision decide(
            ScreenedOrder screened, LocalDate asOf, AiDiffusionPosture aiDiffusion, AffiliatesPosture affiliates) {
        Order order = screened.order();
        LocalDate date = asOf != null ? asOf : order.date();
        CompiledRulebook rb = rulebook.on(date);
        AiDiffusionPosture posture = aiDiffusion != null ? aiDiffusion : order.aiDiffusionPosture();
        boolean aiDiffusionEnforced = posture == null ? rb.settings().aiDiffusionEnforced() : posture.enforced();
        AffiliatesPosture affiliatesPosture = affiliates != null ? affiliates : order.affiliatesPosture();
        boolean affiliatesApplies =
                affiliatesPosture == null ? rb.settings().affiliatesApplies() : affiliatesPosture.applies();
        List<PartyResult> parties = screened.parties();
        List<OwnershipResult> ownership = PartyOwnership.of(
                screened, date, PartyOwnership.inForce(rb.settings().ownershipRules(), affiliatesApplies));
        Map<String, Object> orderFacts = OrderFacts.of(order, parties, rb, aiDiffusionEnforced);
        PartyOwnership.facts(orderFacts, ownership);
        List<UnmodelledInputs.Gap> gaps = UnmodelledInputs.of(order);
        boolean unscreened = !screened.screened() && !order.parties().isEmpty();
        List<TraceStep> trace = new ArrayList<>();
        for (OwnershipResult r : ownership) {
            for (RuleOutcome o : r.outcomes()) {
                trace.add(new TraceStep(
                        r.party(), "ownership." + o.rule().id(), o.standing().name(), o.text()));
            }
            for (String note : r.notes()) {
                trace.add(new TraceStep(r.party(), "ownership.note", "NOTE", note));
            }
        }
        List<ItemDecision> items = new ArrayList<>();
        LocalDate earliest = null;
        for (OrderItem item : order.items()) {
            ItemOutcome outcome = decideItem(item, orderFacts, gaps, unscreened, rb, trace);
            items.add(outcome.decision);
            if (outcome.waitDays != null) {
                LocalDate ship = date.plusDays(outcome.waitDays);
                earliest = earliest == null || ship.isAfter(earliest) ? ship : earliest;
            }
        }
        Verdict verdict = Verdict.NLR;
        for (ItemDecision d : items) {
            verdict = Verdict.mostSevere(verdict, d.verdict());
        }
        ReviewPolicy policy = null;
        String exception = null;
        Set<String> missing = new LinkedHashSet<>();
        for (ItemDecision d : items) {
            if (d.verdict() == verdict) {
                policy = ReviewPolicy.mostRestrictive(policy, d.reviewPolicy());
                if (exception == null) {
                    exception = d.licenseException();
                }
            }
            missing.addAll(d.missing());
        }
        if (verdict != Verdict.LICENSE_REQUIRED) {
            policy = null;
        }
        if (verdict != Verdict.NOTIFICATION_REQUIRED) {
            earliest = null;
        }
        List<Presumption> presumes = clearance(verdict) ? presumptions(orderFacts, rb, trace) : List.of();
        List<NextStep> steps = NextSteps.of(verdict, policy, exception, items, parties, earliest, date, rb, ownership);
        return new Decision(
                order.id(),
                verdict,
                policy,
                exception,
                date,
                earliest,
                items,
                parties,
                steps,
                List.copyOf(missing),
                rb.from(),
                rb.sha256(),
                overlaysOf(rb),
                aiDiffusionEnforced,
                trace,
                presumes,
                rb.settings().reviewedThrough(),
                affiliatesApplies,
                ownership);
    }

    /** A verdict that lets the order ship without a license (NLR, a notification, a license exception). */
    private static boolean clearance(Verdict v) {
        return v == Verdict.NLR || v == Verdict.NOTIFICATION_REQUIRED || v == Verdict.LICENSE_EXCEPTION;
    }

    /**
     * The checks in force a clearance presumes: each whose condition holds, or cannot be decided on
     * the order's facts (a check left out would read as made).
     */
    private static List<Presumption> presumptions(
            Map<String, Object> orderFacts, CompiledRulebook rb, List<TraceStep> trace) {
        List<Presumption> out = new ArrayList<>();
        for (CompiledRule<PresumeRule> cp : rb.presumptionRules()) {
            Truth t = cp.when().evaluate(orderFacts);
            if (t.value() == Truth.Value.FALSE) {
                continue;
            }
            PresumeRule r = cp.rule();
            out.add(new Presumption(r.id(), r.summary(), r.citationText(), r.reliability()));
            trace.add(new TraceStep("order", r.id(), t.isUnknown() ? "UNKNOWN" : "TRUE", "presumed: " + r.summary()));
        }
        return out;
    }

    private static List<String> overlaysOf(CompiledRulebook rb) {
        Set<String> names = new TreeSet<>();
        rb.rules().forEach(r -> {
            if (r.overlay() != null) {
                names.add(r.overlay());
            }
        });
        return List.copyOf(names);
    }

    private record ItemOutcome(ItemDecision decision, Integer waitDays) {}

    /** A requirement that holds for an item, with the review policy and exception resolved. */
    private record Raised(
            RequireRule rule,
            Verdict verdict,
            ReviewPolicy policy,
            String exception,
            Integer waitDays,
            boolean exceptionUnknown,
            Set<String> missing,
            List<String> overcome) {
        Raised(
                RequireRule rule,
                Verdict verdict,
                ReviewPolicy policy,
                String exception,
                Integer waitDays,
                boolean exceptionUnknown,
                Set<String> missing) {
            this(rule, verdict, policy, exception, waitDays, exceptionUnknown, missing, List.of());
        }
    }

    private ItemOutcome decideItem(
            OrderItem item,
            Map<String, Object> orderFacts,
            List<UnmodelledInputs.Gap> gaps,
            boolean unscreened,
            CompiledRulebook rb,
            List<TraceStep> trace) {
        String subject = item.sku() == null ? "item" : item.sku();
        Classification c = classifier.classify(item.spec(), rb);
        Map<String, Object> facts =
                new LayeredFacts(LineFacts.with(ItemFacts.of(item.spec(), c), item.declared()), orderFacts);
        // Note 1 to 3A090.a: who exports and how the IC was made may presume it 3A090.a (and datacenter)
        Note1Presumption.Result presumption = Note1Presumption.apply(c, facts, rb);
        if (presumption.classification() != c) {
            c = presumption.classification();
            Map<String, Object> own = LineFacts.with(ItemFacts.of(item.spec(), c), item.declared());
            if (presumption.presumed()) {
                FactKey.DATACENTER.put(own, true);
            }
            facts = new LayeredFacts(own, orderFacts);
        }
        List<Reason> reasons = new ArrayList<>(c.reasons());
        for (Reason r : c.reasons()) {
            trace.add(new TraceStep(subject, r.ruleId(), c.isClassified() ? "TRUE" : "UNKNOWN", r.summary()));
        }
        Set<String> missing = new LinkedHashSet<>(c.missing());

        List<Raised> raised = new ArrayList<>();
        List<Raised> undecided = new ArrayList<>();
        Map<String, ExceptionResult> exceptionCache = new HashMap<>();
        for (CompiledRule<RequireRule> cr : rb.requirementRules()) {
            Truth t = cr.when().evaluate(facts);
            if (t.value() == Truth.Value.FALSE) {
                continue;
            }
            RequireRule r = cr.rule();
            // an entry that binds named exporters (an is-informed letter): a red flag for others
            Binding.Stand stand = Binding.of(r, facts);
            if (stand == Binding.Stand.OTHER) {
                if (t.isTrue()) {
                    reasons.add(Binding.redFlag(r, facts));
                    trace.add(new TraceStep(subject, r.id(), "RED_FLAG", "binds " + String.join(", ", r.binds())));
                }
                continue;
            }
            if (stand == Binding.Stand.UNNAMED || t.isUnknown()) {
                Set<String> m = new TreeSet<>(t.isUnknown() ? inputsFor(t.missingFacts(), c) : Set.of());
                if (stand == Binding.Stand.UNNAMED) {
                    m.add(Binding.EXPORTER_NAME);
                }
                undecided.add(new Raised(r, r.verdict(), null, null, null, false, m));
                trace.add(new TraceStep(subject, r.id(), "UNKNOWN", "needs " + String.join(", ", m)));
                continue;
            }
            raised.add(resolve(cr, facts, rb, exceptionCache, reasons, trace, subject));
        }

        Verdict verdict = Verdict.NLR;
        ReviewPolicy policy = null;
        String exception = null;
        Integer waitDays = null;
        boolean exceptionUndecided = false;
        for (Raised x : raised) {
            if (x.exceptionUnknown()) {
                exceptionUndecided = true;
                missing.addAll(x.missing());
                continue;
            }
            if (x.verdict().moreSevereThan(verdict)) {
                verdict = x.verdict();
                exception = x.exception();
                waitDays = x.waitDays();
            }
        }
        for (Raised x : raised) {
            if (!x.exceptionUnknown() && x.verdict() == Verdict.LICENSE_REQUIRED) {
                policy = ReviewPolicy.mostRestrictive(policy, x.policy());
            }
        }
        // A requirement whose exception cannot be decided could leave a license requirement: that
        // matters only when nothing more severe already holds.
        if (exceptionUndecided && Verdict.LICENSE_REQUIRED.moreSevereThan(verdict)) {
            verdict = Verdict.HOLD;
        }
        // A requirement that might hold matters only when it could make the verdict more severe.
        for (Raised u : undecided) {
            if (u.verdict().moreSevereThan(verdict) && verdict != Verdict.PROHIBITED) {
                verdict = Verdict.HOLD;
                missing.addAll(u.missing());
                String missingFields = String.join(", ", u.missing());
                reasons.add(new Reason(
                        u.rule().id(),
                        u.rule().citationText(),
                        u.rule().reliability(),
                        "Cannot decide whether " + titleOf(u.rule()) + " applies: missing " + missingFields,
                        Map.of("rule", titleOf(u.rule()), "missing", missingFields),
                        "undecided.rule"));
            } else {
                trace.add(new TraceStep(
                        subject,
                        u.rule().id(),
                        "IGNORED",
                        "could only repeat a verdict that already holds (" + verdict + ")"));
            }
        }
        // a declared input no rule acts on yet must not leave as a clearance (UnmodelledInputs)
        boolean clearance = Verdict.LICENSE_REQUIRED.moreSevereThan(verdict);
        for (UnmodelledInputs.Gap g : gaps) {
            reasons.add(g.reason(clearance));
            trace.add(new TraceStep(subject, "unmodelled." + g.input(), "UNKNOWN", "not modelled: " + g.citation()));
        }
        if (clearance && !gaps.isEmpty()) {
            verdict = Verdict.HOLD;
        }
        if (verdict == Verdict.HOLD) {
            exception = null;
            waitDays = null;
        }
        if (verdict != Verdict.LICENSE_REQUIRED) {
            policy = null;
        }
        if (unscreened) {
            // the caller chose not to screen (a dry run): the verdict holds only if no party is listed
            reasons.add(new Reason(
                    "unscreened",
                    "15 CFR 744.11; 764.3",
                    Reliability.I,
                    "The parties were not screened against the"
                            + " restricted-party lists: this verdict presumes none of them is listed.",
                    Map.of(),
                    "unscreened.parties"));
        }
        if (verdict == Verdict.NLR) {
            // its values as params and a text key, so that a translation says the same (the UI, the record)
            String dest = String.valueOf(FactKey.DEST.get(facts));
            int evaluated = rb.requirementRules().size();
            reasons.add(new Reason(
                    "nlr",
                    "15 CFR 736.2; 742.6(a)(6)",
                    Reliability.I,
                    "No rule modelled in force on " + rb.from()
                            + " or after requires a license for this item to " + dest
                            + " with these parties ("
                            + evaluated
                            + " requirement rules evaluated), presuming the exporter's own checks"
                            + " the decision lists under presumes (end use, end user, red flags).",
                    Map.of("from", rb.from().toString(), "dest", dest, "rules", Integer.toString(evaluated)),
                    "nlr.modelled"));
        }
        if (verdict != Verdict.HOLD && !c.isClassified()) {
            String fields = String.join(", ", c.missing());
            reasons.add(new Reason(
                    "classification-not-needed",
                    "",
                    Reliability.I,
                    "The item could not be classified (missing " + fields + ") but no rule's outcome depends on it.",
                    Map.of("missing", fields),
                    "classification.notNeeded"));
            missing.clear();
        }
        // a requirement a license exception overcomes is marked when that exception gives the verdict
        Map<String, String> supersededBy = new java.util.TreeMap<>();
        if (verdict == Verdict.NOTIFICATION_REQUIRED || verdict == Verdict.LICENSE_EXCEPTION) {
            for (Raised x : raised) {
                if (x.exception() != null && x.verdict() == verdict) {
                    x.overcome().forEach(id -> supersededBy.put(id, x.exception()));
                }
            }
        }
        List<VerdictChange> wouldChange = wouldChange(verdict, missing, reasons, raised, facts);
        ItemDecision d = new ItemDecision(
                item.sku(),
                item.quantity(),
                item.catalogId(),
                c,
                verdict,
                policy,
                verdict == Verdict.NOTIFICATION_REQUIRED || verdict == Verdict.LICENSE_EXCEPTION ? exception : null,
                reasons,
                verdict == Verdict.HOLD ? List.copyOf(missing) : List.of(),
                supersededBy,
                wouldChange);
        return new ItemOutcome(d, verdict == Verdict.NOTIFICATION_REQUIRED ? waitDays : null);
    }

    /**
     * What would change an item's verdict: the inputs a HOLD waits for, a milder review policy's unmet
     * conditions, and each license requirement that holds (with the exceptions that could overcome it).
     */
    private static List<VerdictChange> wouldChange(
            Verdict verdict,
            Set<String> missing,
            List<Reason> reasons,
            List<Raised> raised,
            Map<String, Object> facts) {
        List<VerdictChange> out = new ArrayList<>();
        if (verdict == Verdict.HOLD && !missing.isEmpty()) {
            String fields = String.join(", ", missing);
            out.add(new VerdictChange(
                    "MISSING_INPUT",
                    "Giving " + fields + " lets the rules decide: the order is held until then.",
                    null,
                    "",
                    Reliability.I,
                    "change.missing",
                    Map.of("missing", fields)));
        }
        for (Reason r : reasons) {
            if ("policy.conditions".equals(r.textKey())) {
                String unmet = r.params().getOrDefault("notMet", "")
                        + (r.params().containsKey("notMet") && r.params().containsKey("notShown") ? "; " : "")
                        + r.params().getOrDefault("notShown", "");
                out.add(new VerdictChange(
                        "POLICY_CONDITIONS",
                        "Meeting every condition of " + r.params().get("rule") + " (" + unmet
                                + ") would apply its milder review policy.",
                        r.ruleId(),
                        r.citation(),
                        r.reliability(),
                        "change.conditions",
                        Map.of("rule", r.params().get("rule"), "conditions", unmet)));
            }
        }
        if (verdict == Verdict.LICENSE_REQUIRED) {
            Object dest = FactKey.DEST.get(facts);
            for (Raised x : raised) {
                if (x.exceptionUnknown() || x.verdict() != Verdict.LICENSE_REQUIRED) {
                    continue;
                }
                RequireRule r = x.rule();
                String title = titleOf(r);
                Map<String, String> params = new HashMap<>();
                params.put("rule", title);
                params.put("dest", String.valueOf(dest));
                if (r.overcomeBy().isEmpty()) {
                    out.add(new VerdictChange(
                            "REQUIREMENT",
                            "The license requirement of " + title + " applies to this item for " + dest
                                    + "; no license exception overcomes it: only a license granted by BIS lets it ship.",
                            r.id(),
                            r.citationText(),
                            r.reliability(),
                            "change.requirement",
                            params));
                } else {
                    String exceptions = String.join("/", r.overcomeBy());
                    params.put("exceptions", exceptions);
                    out.add(new VerdictChange(
                            "REQUIREMENT",
                            "The license requirement of " + title + " applies to this item for " + dest + "; License"
                                    + " Exception " + exceptions + " would overcome it if its conditions held (the"
                                    + " reasons say which do not); otherwise only a license granted by BIS lets it ship.",
                            r.id(),
                            r.citationText(),
                            r.reliability(),
                            "change.requirement-exception",
                            params));
                }
            }
        }
        return out;
    }

    private Raised resolve(
            CompiledRule<RequireRule> cr,
            Map<String, Object> facts,
            CompiledRulebook rb,
            Map<String, ExceptionResult> cache,
            List<Reason> reasons,
            List<TraceStep> trace,
            String subject) {
        RequireRule r = cr.rule();
        Verdict verdict = r.verdict();
        ReviewPolicy policy = r.reviewPolicy();
        PolicyRule policyRule = null;
        for (CompiledRule<PolicyRule> pr : rb.policyRules(r.id())) {
            Truth pt = pr.when().evaluate(facts);
            if (pt.isTrue() && !pr.conditions().isEmpty()) {
                PolicyConditions.Outcome met = PolicyConditions.check(pr, facts);
                if (!met.met()) {
                    reasons.add(met.reason());
                    trace.add(new TraceStep(
                            subject, pr.rule().id(), "FALSE", met.reason().summary()));
                    continue;
                }
            }
            if (pt.isTrue()) {
                policy = pr.rule().reviewPolicy();
                policyRule = pr.rule();
                break;
            }
            if (pt.isUnknown()) {
                Set<String> m = inputs(pt.missingFacts());
                reasons.add(new Reason(
                        pr.rule().id(),
                        pr.rule().citationText(),
                        pr.rule().reliability(),
                        "Review policy could be " + pr.rule().reviewPolicy() + " under " + titleOf(pr.rule()) + " but "
                                + String.join(", ", m) + " is missing; the stricter policy is assumed."));
                trace.add(new TraceStep(subject, pr.rule().id(), "UNKNOWN", "needs " + String.join(", ", m)));
            }
        }
        reasons.add(Reasons.of(r, facts, policy));
        if (policyRule != null) {
            reasons.add(Reasons.of(policyRule, facts, policy));
            trace.add(new TraceStep(subject, policyRule.id(), "TRUE", "review policy " + policy));
        }
        trace.add(new TraceStep(subject, r.id(), "TRUE", verdict + (policy == null ? "" : " (" + policy + ")")));
        if (verdict != Verdict.LICENSE_REQUIRED || r.overcomeBy().isEmpty()) {
            return new Raised(r, verdict, policy, null, null, false, Set.of());
        }
        Set<String> unknownMissing = new TreeSet<>();
        ExceptionResult best = null;
        for (String code : r.overcomeBy()) {
            ExceptionResult er = cache.computeIfAbsent(code, k -> evaluateException(k, facts, rb));
            if (er.available && (best == null || er.verdict.ordinal() > best.verdict.ordinal())) {
                best = er;
            }
            if (er.unknown) {
                unknownMissing.addAll(er.missing);
            }
        }
        if (best != null) {
            reasons.add(Reasons.of(best.rule, facts, null));
            trace.add(new TraceStep(subject, best.rule.id(), "TRUE", "overcomes " + r.id() + " with " + best.code));
            // the requirement and its review policy stay among the reasons, marked as overcome
            List<String> overcome = policyRule == null ? List.of(r.id()) : List.of(r.id(), policyRule.id());
            return new Raised(r, best.verdict, null, best.code, best.waitDays, false, Set.of(), overcome);
        }
        for (String code : r.overcomeBy()) {
            ExceptionResult er = cache.get(code);
            for (Reason failed : er.failures) {
                reasons.add(failed);
            }
        }
        if (!unknownMissing.isEmpty()) {
            String exceptions = String.join("/", r.overcomeBy());
            String missingFields = String.join(", ", unknownMissing);
            reasons.add(new Reason(
                    r.id(),
                    r.citationText(),
                    r.reliability(),
                    "Cannot decide whether " + exceptions + " overcomes " + titleOf(r) + ": missing " + missingFields,
                    Map.of("exceptions", exceptions, "rule", titleOf(r), "missing", missingFields),
                    "undecided.exception"));
            return new Raised(r, verdict, policy, null, null, true, unknownMissing);
        }
        return new Raised(r, verdict, policy, null, null, false, Set.of());
    }

    /** Whether a license exception is available for the item, and if not, why. */
    private record ExceptionResult(
            String code,
            boolean available,
            boolean unknown,
            ExceptionRule rule,
            Verdict verdict,
            Integer waitDays,
            Set<String> missing,
            List<Reason> failures) {}

    private ExceptionResult evaluateException(String code, Map<String, Object> facts, CompiledRulebook rb) {
        Set<String> missing = new TreeSet<>();
        List<Reason> failures = new ArrayList<>();
        for (CompiledRule<ExceptionRule> er : rb.exceptionRules(code)) {
            Truth t = er.when().evaluate(facts);
            ExceptionRule r = er.rule();
            if (t.isUnknown()) {
                missing.addAll(inputs(t.missingFacts()));
                continue;
            }
            if (!t.isTrue()) {
                continue;
            }
            List<String> failed = new ArrayList<>();
            boolean conditionUnknown = false;
            for (CompiledRule.CompiledCondition cc : er.conditions()) {
                Truth ct = cc.when().evaluate(facts);
                if (ct.isUnknown()) {
                    conditionUnknown = true;
                    missing.addAll(inputs(ct.missingFacts()));
                } else if (!ct.isTrue()) {
                    failed.add(
                            cc.condition().summary() == null
                                    ? cc.condition().id()
                                    : cc.condition().summary());
                }
            }
            if (!failed.isEmpty()) {
                failures.add(new Reason(
                        r.id(),
                        r.citationText(),
                        r.reliability(),
                        "License Exception " + code + " is not available: the order does not meet its conditions: "
                                + String.join("; ", failed)));
                continue;
            }
            if (conditionUnknown) {
                continue;
            }
            return new ExceptionResult(code, true, false, r, r.verdict(), r.waitDays(), Set.of(), List.of());
        }
        return new ExceptionResult(code, false, !missing.isEmpty(), null, null, null, missing, failures);
    }

    /** Input fields to ask for; a derived fact (the ECCN) stands for the inputs its classification lacked. */
    private static Set<String> inputsFor(Set<String> missingFacts, Classification c) {
        Set<String> out = new TreeSet<>();
        for (String f : missingFacts) {
            if (FactKey.ECCN.is(f) || FactKey.PARAGRAPH.is(f)) {
                out.addAll(c.missing());
            } else {
                out.add(Facts.inputFieldOf(f));
            }
        }
        return out;
    }

    private static Set<String> inputs(Set<String> missingFacts) {
        Set<String> out = new TreeSet<>();
        missingFacts.forEach(f -> out.add(Facts.inputFieldOf(f)));
        return out;
    }

    static String titleOf(Rule r) {
        return r.title() == null ? r.id() : r.title();
    }

    /** Reasons rendered from rule summaries. */
    static final class Reasons {
        private Reasons() {}

        static Reason of(Rule r, Map<String, Object> facts, ReviewPolicy policy) {
            Map<String, Object> f = facts;
            if (policy != null) {
                f = new LinkedHashMap<>(facts);
                f.put("reviewPolicy", policy.words());
            }
            String summary = r.summary() != null ? Templates.render(r.summary(), f) : titleOf(r);
            return new Reason(r.id(), r.citationText(), r.reliability(), summary, Templates.params(r.summary(), f));
        }
    }
}
