package dev.licit.core.decide;

import dev.licit.core.explain.Reason;
import dev.licit.core.provenance.Reliability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an order declares that the rulebook does not act on yet, where the law may: the December 2026
 * fields (end use, end-user type, region, exporter type) are read and kept, but until rules
 * act on them an order that declares one of these must not leave as a clearance. Each gap holds a
 * clearance (NLR, a license exception, a notification) for review with the control it may touch; a
 * line already under a license requirement or worse keeps its verdict and carries the gap as a reason.
 * The citations name where the control stands ({@code ../shared/reference/regulation-2026.md}
 * sections 1, 4 and 6; owners are decided by the 50 % rules, {@link PartyOwnership}); the judgement that the control may apply is the exporter's [I].
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

    /** Where end-use.yaml decides a military use (Nicaragua only from 2024-03-15; a hold before is the safe side). */
    private static final Set<String> MILITARY_COUNTRIES = Set.of("CN", "MO", "HK", "RU", "BY", "VE", "MM", "KH", "NI");

    static List<Gap> of(Order order) {
        List<Gap> gaps = new ArrayList<>();
        // the rules of end-use.yaml decide 744.23 (D:5, Macau), WMD, and military use in the countries 744.21
        // names; a military use or user elsewhere is not settled by them
        boolean military = order.endUses().contains(EndUse.MILITARY)
                || order.endUses().contains(EndUse.MILITARY_INTELLIGENCE)
                || order.endUserType() == EndUserType.MILITARY;
        if (military && !MILITARY_COUNTRIES.contains(order.destination())) {
            gaps.add(new Gap(
                    "endUse",
                    "MILITARY",
                    "the military and military-intelligence end-use and end-user controls"
                            + " beyond the countries the rulebook names",
                    "15 CFR 744.21; 744.22"));
        }
        return gaps;
    }
}
