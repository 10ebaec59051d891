package dev.licit.core.decide;

import dev.licit.core.ownership.Contribution;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.RuleOutcome;
import dev.licit.core.ownership.Standing;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the compliance officer does next, in words, for the order's verdict. */
final class NextSteps {
    private NextSteps() {}

    /** Every code a step can carry (a translation has a template for each). */
    static final List<String> CODES = List.of(
            "step.prohibited",
            "step.hold-missing",
            "step.hold-match",
            "step.hold",
            "step.license-required",
            "step.resolve-ownership",
            "step.notification",
            "step.license-exception",
            "step.nlr",
            "step.keep-records");

    static List<NextStep> of(
            Verdict verdict,
            ReviewPolicy policy,
            String exception,
            List<ItemDecision> items,
            List<PartyResult> parties,
            LocalDate earliest,
            LocalDate asOf,
            CompiledRulebook rb,
            List<OwnershipResult> ownership) {
        List<NextStep> steps = new ArrayList<>();
        Set<String> eccns = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        for (ItemDecision d : items) {
            if (d.verdict() == verdict
                    && d.classification().eccn() != null
                    && !"NONE".equals(d.classification().eccn())) {
                eccns.add(d.classification().eccn());
            }
            missing.addAll(d.missing());
        }
        switch (verdict) {
            case PROHIBITED ->
                steps.add(step(
                        "step.prohibited",
                        "Do not proceed: a party is barred from all dealings (see the reasons). "
                                + "Escalate to legal; do not ship, transfer or service.",
                        Map.of()));
            case HOLD -> {
                if (!missing.isEmpty()) {
                    String fields = String.join(", ", missing);
                    steps.add(step(
                            "step.hold-missing",
                            "Hold the order and obtain the missing data: " + fields + "; then check again.",
                            Map.of("missing", fields)));
                }
                for (PartyResult p : parties) {
                    if (p.matches().stream().anyMatch(ListHit::isPossible)) {
                        steps.add(step(
                                "step.hold-match",
                                "Hold the order: a reviewer must confirm or clear the possible list match for '"
                                        + p.party().name() + "'.",
                                Map.of("party", String.valueOf(p.party().name()))));
                    }
                }
                if (steps.isEmpty()) {
                    steps.add(step("step.hold", "Hold the order for review (see the reasons).", Map.of()));
                }
            }
            case LICENSE_REQUIRED -> {
                Map<String, String> params = new LinkedHashMap<>();
                if (!eccns.isEmpty()) {
                    params.put("eccns", String.join(", ", eccns));
                }
                if (policy != null) {
                    params.put("policy", policy.words());
                }
                steps.add(step(
                        "step.license-required",
                        "Apply for a BIS export license in SNAP-R"
                                + (eccns.isEmpty() ? "" : " for ECCN " + params.get("eccns"))
                                + (policy == null ? "" : "; expect " + policy.words())
                                + ". Do not ship until the license is granted.",
                        params));
            }
            case NOTIFICATION_REQUIRED -> {
                // the waiting period runs from the day the notification is filed, not from the order's
                // date: the date given is the earliest only if it is filed on the order's date
                // (issue 18, point 7); once filed, the store counts it from the filing date
                long waitDays = ChronoUnit.DAYS.between(asOf, earliest);
                steps.add(step(
                        "step.notification",
                        "File a License Exception " + exception
                                + " notification in SNAP-R (Block 9 must include \"" + exception + "\") with the TPP, "
                                + "performance density and a datasheet showing datacenter or consumer design and marketing; "
                                + "ship no earlier than " + waitDays + " days after the filing date (" + earliest
                                + " if filed on " + asOf + ")"
                                + " and only once BIS has returned its notification number "
                                + "(AES code C67).",
                        Map.of(
                                "exception",
                                exception,
                                "earliest",
                                String.valueOf(earliest),
                                "waitDays",
                                Long.toString(waitDays),
                                "filedOn",
                                asOf.toString())));
            }
            case LICENSE_EXCEPTION -> {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("exception", exception);
                if ("ACA".equals(exception)) {
                    params.put("aesCode", "C68");
                }
                steps.add(step(
                        "step.license-exception",
                        "Ship under License Exception " + exception
                                + ("ACA".equals(exception) ? " (AES code C68)" : "")
                                + "; record the exception in the export filing and keep the records.",
                        params));
            }
            case NLR -> {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("from", rb.from().toString());
                if (rb.to() != null) {
                    params.put("to", rb.to().toString());
                }
                steps.add(step(
                        "step.nlr",
                        "No license required under the rules modelled for " + rb.from()
                                + (rb.to() == null ? " onward" : " to " + rb.to())
                                + ": ship as NLR once the exporter's own checks the"
                                + " decision presumes (end use, end user, red flags) hold.",
                        params));
            }
        }
        if (verdict == Verdict.HOLD || verdict == Verdict.LICENSE_REQUIRED) {
            for (OwnershipResult r : ownership) {
                Set<String> owners = new LinkedHashSet<>();
                for (RuleOutcome o : r.outcomes()) {
                    if (o.standing() == Standing.UNRESOLVED) {
                        unknownShares(o.path(), owners);
                    }
                }
                if (!owners.isEmpty()) {
                    String names = String.join(", ", owners);
                    steps.add(step(
                            "step.resolve-ownership",
                            "Resolve the share " + names + " hold" + (owners.size() == 1 ? "s" : "") + " in '"
                                    + r.party() + "' (Red Flag 29): until it is shown to be below 50 %, treat '"
                                    + r.party() + "' as its listed owners' party.",
                            Map.of("party", r.party(), "owners", names)));
                }
            }
        }
        steps.add(step(
                "step.keep-records", "Keep this decision and its documents for five years (15 CFR 762.6).", Map.of()));
        return steps;
    }

    /** The owners on a path whose share is not known (where Red Flag 29 turns). */
    private static void unknownShares(List<Contribution> path, Set<String> into) {
        for (Contribution c : path) {
            if (c.percent() == null) {
                into.add(c.owner());
            }
            unknownShares(c.via(), into);
        }
    }

    private static NextStep step(String code, String text, Map<String, String> params) {
        return new NextStep(code, text, params);
    }
}
