package dev.licit.core.decide;

import dev.licit.core.rulebook.CompiledRulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the compliance officer does next, in words, for the order's verdict. */
final class NextSteps {
    private NextSteps() {
    }

    static List<String> of(Verdict verdict, ReviewPolicy policy, String exception, List<ItemDecision> items,
                           List<PartyResult> parties, LocalDate earliest, CompiledRulebook rb) {
        List<String> steps = new ArrayList<>();
        Set<String> eccns = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        for (ItemDecision d : items) {
            if (d.verdict() == verdict && d.classification().eccn() != null && !"NONE".equals(d.classification().eccn())) {
                eccns.add(d.classification().eccn());
            }
            missing.addAll(d.missing());
        }
        switch (verdict) {
            case PROHIBITED -> steps.add("Do not proceed: a party is barred from all dealings (see the reasons). "
                    + "Escalate to legal; do not ship, transfer or service.");
            case HOLD -> {
                if (!missing.isEmpty()) {
                    steps.add("Hold the order and obtain the missing data: " + String.join(", ", missing)
                            + "; then check again.");
                }
                for (PartyResult p : parties) {
                    if (p.matches().stream().anyMatch(ListHit::isPossible)) {
                        steps.add("Hold the order: a reviewer must confirm or clear the possible list match for '"
                                + p.party().name() + "'.");
                    }
                }
                if (steps.isEmpty()) {
                    steps.add("Hold the order for review (see the reasons).");
                }
            }
            case LICENSE_REQUIRED -> steps.add("Apply for a BIS export license in SNAP-R"
                    + (eccns.isEmpty() ? "" : " for ECCN " + String.join(", ", eccns))
                    + (policy == null ? "" : "; expect " + policy.words())
                    + ". Do not ship until the license is granted.");
            case NOTIFICATION_REQUIRED -> steps.add("File a License Exception " + exception
                    + " notification in SNAP-R (Block 9 must include \"" + exception + "\") with the TPP, "
                    + "performance density and a datasheet showing datacenter or consumer design and marketing; "
                    + "ship no earlier than " + earliest + " and only once BIS has returned its notification number "
                    + "(AES code C67).");
            case LICENSE_EXCEPTION -> steps.add("Ship under License Exception " + exception
                    + ("ACA".equals(exception) ? " (AES code C68)" : "")
                    + "; record the exception in the export filing and keep the records.");
            case NLR -> steps.add("No license required under the rules modelled for " + rb.from()
                    + (rb.to() == null ? " onward" : " to " + rb.to()) + ": ship as NLR.");
        }
        steps.add("Keep this decision and its documents for five years (15 CFR 762.6).");
        return steps;
    }
}
