package dev.licit.screening.list;

import java.util.List;
import java.util.Objects;

/**
 * One row of a restricted-party list, in the importer-neutral form every list format is read into.
 *
 * <p>Strings are never null: absent values are empty strings or empty lists, so the matcher and the
 * JSON writer need no null checks. {@code names} holds the primary name first, then the aliases,
 * exactly as published (list boilerplate included); the screener derives its searchable forms.
 *
 * @param list short list code (EL, DPL, SDN, UVL, MEU, ISN, SSI, DTC, PLC, CAP, CMIC, UN ...)
 * @param entryId identifier stable across imports of the same publication
 * @param type Entity, Individual, Vessel, Aircraft, or empty when the list does not say
 * @param countries ISO 3166-1 alpha-2 codes drawn from addresses, nationalities and citizenships
 * @param sources the snapshot's source files that carry this entry (the CSL and OFAC's own file both
 *     carry an SDN entry; the snapshot keeps one entry naming both); empty before an import names them
 */
public record ListEntry(
        String list,
        String entryId,
        String type,
        List<String> names,
        List<String> addresses,
        List<String> countries,
        String programs,
        String federalRegisterNotice,
        String startDate,
        String licenseRequirement,
        String licensePolicy,
        String remarks,
        String sourceUrl,
        List<String> sources) {

    public ListEntry {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(entryId, "entryId");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entry " + entryId + " has no name");
        }
        type = orEmpty(type);
        addresses = List.copyOf(addresses);
        countries = List.copyOf(countries);
        programs = orEmpty(programs);
        federalRegisterNotice = orEmpty(federalRegisterNotice);
        startDate = orEmpty(startDate);
        licenseRequirement = orEmpty(licenseRequirement);
        licensePolicy = orEmpty(licensePolicy);
        remarks = orEmpty(remarks);
        sourceUrl = orEmpty(sourceUrl);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An entry as an importer reads it, before the snapshot names its source files. */
    public ListEntry(
            String list,
            String entryId,
            String type,
            List<String> names,
            List<String> addresses,
            List<String> countries,
            String programs,
            String federalRegisterNotice,
            String startDate,
            String licenseRequirement,
            String licensePolicy,
            String remarks,
            String sourceUrl) {
        this(
                list,
                entryId,
                type,
                names,
                addresses,
                countries,
                programs,
                federalRegisterNotice,
                startDate,
                licenseRequirement,
                licensePolicy,
                remarks,
                sourceUrl,
                List.of());
    }

    /** This entry as found in {@code files}. */
    public ListEntry withSources(List<String> files) {
        return new ListEntry(
                list,
                entryId,
                type,
                names,
                addresses,
                countries,
                programs,
                federalRegisterNotice,
                startDate,
                licenseRequirement,
                licensePolicy,
                remarks,
                sourceUrl,
                files);
    }

    /** The primary (first) name as published. */
    public String name() {
        return names.get(0);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
