package dev.licit.core.rulebook;

import dev.licit.core.provenance.Reliability;
import java.time.LocalDate;

/**
 * What every rulebook entry carries, whatever its kind: its id, the dates it is in force (both
 * inclusive; {@code effectiveTo} null while still in force), how it explains itself and where it
 * comes from.
 *
 * @param overlay the overlay pack the entry came from, or null for the public rulebook
 * @param binds the exporters the entry binds (an is-informed letter binds its addressee), as the
 *     file's {@code binds} names them; empty when it binds every exporter
 * @param origin where it was read from, for messages (not part of the rulebook hash)
 */
public record RuleInfo(
        String id,
        String title,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String summary,
        String citation,
        String federalRegister,
        String source,
        Reliability reliability,
        String note,
        String overlay,
        java.util.List<String> binds,
        Origin origin) {
    public RuleInfo {
        binds = binds == null ? java.util.List.of() : java.util.List.copyOf(binds);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** "[S] 15 CFR 742.6(a)(6)(iii); 88 FR 73458" — how a citation reads in reasons. */
    public String citationText() {
        return federalRegister == null || federalRegister.isBlank() ? citation : citation + "; " + federalRegister;
    }
}
