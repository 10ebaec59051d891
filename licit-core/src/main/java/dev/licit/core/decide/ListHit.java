package dev.licit.core.decide;

/** A restricted-party list match for a party, as screening found it (the engine takes it as input). */
public record ListHit(
        String list,
        String entryId,
        String listedName,
        String matchedAlias,
        double score,
        String band,
        String licenseRequirement,
        String licensePolicy,
        String federalRegisterNotice,
        java.util.List<String> sources) {
    /**
     * @param sources the list files the entry was found in (the CSL and OFAC's own file, say): one hit
     *     names them all; empty when not known
     */
    public ListHit {
        sources = sources == null ? java.util.List.of() : java.util.List.copyOf(sources);
    }

    /** A hit whose source files are not known (a stored one, a test's). */
    public ListHit(
            String list,
            String entryId,
            String listedName,
            String matchedAlias,
            double score,
            String band,
            String licenseRequirement,
            String licensePolicy,
            String federalRegisterNotice) {
        this(
                list,
                entryId,
                listedName,
                matchedAlias,
                score,
                band,
                licenseRequirement,
                licensePolicy,
                federalRegisterNotice,
                java.util.List.of());
    }

    public boolean isMatch() {
        return "MATCH".equals(band);
    }

    public boolean isPossible() {
        return "POSSIBLE".equals(band);
    }
}
