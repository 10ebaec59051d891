package dev.licit.core.decide;

import dev.licit.core.explain.Reason;
import dev.licit.core.provenance.Reliability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an order declares that the rulebook does not act on yet, where the law may: the December 2026
 * fields (end use, end-user type, region, owners, exporter type) are read and kept, but until rules
 * act on them an order that declares one of these must not leave as a clearance. Each gap holds a
 * clearance (NLR, a license exception, a notification) for review with the control it may touch; a
 * line already under a license requirement or worse keeps its verdict and carries the gap as a reason.
 * The citations name where the control stands ({@code ../shared/reference/regulation-2026.md}
 * sections 1, 3, 4 and 6); the judgement that the control may apply is the exporter's [I].
 */
final class UnmodelledInputs {
    private UnmodelledInputs() {}

    /** One declared input the rules do not act on yet. */
    record Gap(String input, String value, String control, String citation) {
        /** @param held whether the gap holds the line (else a license requirement already stands) */
        Reason reason(boolean held) {
            return new Reason(
                    "unmodelled." + input,
                    citation,
                    Reliability.I,
                    "The order declares " + input + " " + value
                            + ", which " + control + " may turn on; this version of the rulebook does not decide that"
                            + (held
                                    ? ", so the line is held for review."
                                    : "; check it before applying for the license."),
                    Map.of("input", input, "value", value, "control", control),
                    held ? "unmodelled.input.held" : "unmodelled.input");
        }
    }

    private static final Set<EndUse> ADVANCED_COMPUTING =
            Set.of(EndUse.SUPERCOMPUTER, EndUse.ADVANCED_NODE_IC_PRODUCTION);
    private static final Set<EndUse> MILITARY = Set.of(EndUse.MILITARY, EndUse.MILITARY_INTELLIGENCE);

    static List<Gap> of(Order order) {
        List<Gap> gaps = new ArrayList<>();
        for (EndUse use : order.endUses()) {
            if (ADVANCED_COMPUTING.contains(use)) {
                gaps.add(new Gap("endUse", use.name(), "the advanced-computing end-use controls", "15 CFR 744.23(a)"));
            } else if (MILITARY.contains(use)) {
                gaps.add(new Gap(
                        "endUse",
                        use.name(),
                        "the military and military-intelligence end-use controls",
                        "15 CFR 744.21; 744.22"));
            } else if (use == EndUse.WMD) {
                gaps.add(new Gap(
                        "endUse",
                        use.name(),
                        "the weapons of mass destruction end-use controls",
                        "15 CFR 744.2-744.4; 744.6"));
            }
        }
        if (order.endUserType() == EndUserType.MILITARY) {
            gaps.add(new Gap("endUserType", "MILITARY", "the military end-user controls", "15 CFR 744.21"));
        }
        for (Party p : order.parties()) {
            if (!p.owners().isEmpty()) {
                gaps.add(new Gap(
                        "owners",
                        "of " + p.name(),
                        "the affiliates (50 %) rule and OFAC's 50 % rule",
                        "15 CFR 744.11 (90 FR 47201); 31 CFR 501 (OFAC 50 % guidance)"));
            }
        }
        if (order.exporter() != null
                && (order.exporter().type() == ExporterType.FOUNDRY
                        || order.exporter().type() == ExporterType.OSAT)) {
            gaps.add(new Gap(
                    "exporter.type",
                    order.exporter().type().name(),
                    "the foundry and OSAT due diligence",
                    "Note 1 to 3A090.a (90 FR 5298)"));
        }
        return gaps;
    }
}
