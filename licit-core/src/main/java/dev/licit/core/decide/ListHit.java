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
        String federalRegisterNotice) {
    public boolean isMatch() {
        return "MATCH".equals(band);
    }

    public boolean isPossible() {
        return "POSSIBLE".equals(band);
    }
}
