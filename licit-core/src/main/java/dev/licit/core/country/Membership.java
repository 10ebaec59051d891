package dev.licit.core.country;

import dev.licit.core.provenance.Reliability;
import java.time.LocalDate;

/** A country's membership of a country group (15 CFR 740 Supp. 1) over a date range (inclusive). */
public record Membership(
        String group, LocalDate from, LocalDate to, String source, Reliability reliability, String note) {
    public boolean inForceOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
