package dev.licit.screening;

import dev.licit.core.decide.ListHit;

/**
 * One list entry a party's name resembles.
 *
 * @param list short list code: EL, DPL, SDN, UVL, MEU, ISN, SSI, DTC, PLC, CAP, CMIC, UN ...
 * @param listedName the entry's primary name as published
 * @param matchedAlias the name or alias of the entry that scored best
 * @param score 0 to 1, after country and address corroboration
 * @param sources the list files that carry the entry (one hit even when the CSL and OFAC's file both do)
 */
public record ScreeningMatch(
        String list,
        String entryId,
        String listedName,
        String matchedAlias,
        double score,
        Band band,
        String licenseRequirement,
        String licensePolicy,
        String federalRegisterNotice,
        Explanation explanation,
        java.util.List<String> sources) {

    public ScreeningMatch {
        sources = sources == null ? java.util.List.of() : java.util.List.copyOf(sources);
    }

    /** The engine's form of this match (what a decision cites); the explanation stays with screening. */
    public ListHit toListHit() {
        return new ListHit(
                list,
                entryId,
                listedName,
                matchedAlias,
                score,
                band.name(),
                licenseRequirement,
                licensePolicy,
                federalRegisterNotice,
                sources);
    }
}
