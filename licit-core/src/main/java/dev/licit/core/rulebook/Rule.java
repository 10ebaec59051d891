package dev.licit.core.rulebook;

import dev.licit.core.provenance.Reliability;
import java.time.LocalDate;
import java.util.List;

/**
 * One rulebook entry. Entries with the same id are successive versions of one rule; their date
 * ranges must neither overlap nor leave a gap.
 *
 * @param when a CEL predicate over the facts of {@link Facts} (null for settings)
 * @param appliesTo for classify entries: the item kind (chip, hbm, system)
 * @param priority for classify entries: evaluation order, lowest first
 * @param exception for exception entries: the exception's code (NAC, ACA, ...)
 * @param overcomeBy for require entries: exceptions that may overcome the requirement
 * @param requirements for policy entries: ids of the require entries whose review policy it sets
 * @param value for settings: the value
 * @param overlay the overlay pack the entry came from, or null for the public rulebook
 */
public record Rule(String id, RuleKind kind, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
                   String appliesTo, int priority, String when, Outcome then, List<Condition> conditions,
                   String exception, List<String> overcomeBy, List<String> requirements, Object value,
                   String summary, String citation, String federalRegister, String source,
                   Reliability reliability, String note, String overlay, Origin origin) {

    public Rule {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        overcomeBy = overcomeBy == null ? List.of() : List.copyOf(overcomeBy);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        then = then == null ? Outcome.EMPTY : then;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** "[S] 15 CFR 742.6(a)(6)(iii); 88 FR 73458" — how a citation reads in reasons. */
    public String citationText() {
        return federalRegister == null || federalRegister.isBlank() ? citation : citation + "; " + federalRegister;
    }
}
