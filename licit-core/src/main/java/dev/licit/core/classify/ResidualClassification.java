package dev.licit.core.classify;

import dev.licit.core.provenance.Reliability;
import java.util.List;
import java.util.Optional;

/**
 * What Licit says about an item it finds outside 3A090 and 4A090 (ECCN {@code NONE} in the rulebook's
 * terms), instead of leaving "NONE" to read as "no classification needed" (issue 18, point 7).
 * {@code NONE} only says that the advanced-computing entries do not catch the item: the item is still
 * EAR99 or under another ECCN, and an export filing needs that.
 *
 * <p>Candidates are offered only when Licit's references (shared/reference/regulation*.md) give what
 * decides between them, with the citation and tag of each. They do not today: they name 3A991, 4A994
 * and 5A992 only where a destination rule reaches them (Russia and Belarus, 15 CFR 746.8 [P]) and
 * EAR99 only in the destination rules of part 746, with no parameters that decide between them, so
 * {@link #candidates} is empty and {@link #summary} says why. An invented candidate would read as a
 * classification Licit made.
 *
 * @param textKey the key of the translated text (data/i18n/rules.LANG.yaml)
 * @param candidates residual ECCNs the references support, each with what decides it; empty today
 */
public record ResidualClassification(
        String textKey, String summary, List<Candidate> candidates, String citation, Reliability reliability) {

    /** A residual ECCN with what decides for it, cited. */
    public record Candidate(String eccn, String decidedBy, String citation, Reliability reliability) {}

    public static final String TEXT_KEY = "residual.outside";

    static final String SUMMARY = "Outside 3A090 and 4A090 under the rules modelled: this is not the item's"
            + " classification. The item is EAR99 or under another ECCN on the Commerce Control List, which Licit"
            + " does not determine. Licit's references name 3A991, 4A994 and 5A992 only where a destination rule"
            + " reaches them (Russia and Belarus, 15 CFR 746.8) and give nothing that decides between them and"
            + " EAR99, so no candidate is offered: classify the item against the Commerce Control List (15 CFR 774,"
            + " Supplement No. 1) before the export filing (EEI in AES), and check the order again if its ECCN"
            + " meets a destination rule that treats listed items and EAR99 apart (Syria, 15 CFR 746.9).";

    static final String CITATION = "15 CFR 774, Supplement No. 1; 15 CFR 746.8; 15 CFR 746.9";

    public ResidualClassification {
        candidates = List.copyOf(candidates);
    }

    /** The guidance for a classification outside the advanced-computing entries; empty for any other. */
    public static Optional<ResidualClassification> of(Classification c) {
        if (c == null || !c.isClassified() || !"NONE".equals(c.eccn())) {
            return Optional.empty();
        }
        // [I]: that NONE is not a classification is a reading of the references, which state no candidate
        return Optional.of(new ResidualClassification(TEXT_KEY, SUMMARY, List.of(), CITATION, Reliability.I));
    }
}
