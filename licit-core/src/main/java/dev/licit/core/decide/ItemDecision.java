package dev.licit.core.decide;

import dev.licit.core.classify.Classification;
import dev.licit.core.explain.Reason;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.util.List;

/**
 * The decision for one order line.
 *
 * @param supersededBy the rules among {@code reasons} whose license requirement a license exception
 *     overcomes for this line (rule id to exception code, such as a presumption of denial overcome by
 *     NAC): their reasons stay, marked, so that a reader does not take them for the verdict
 * @param wouldChange what would change this line's verdict, each with its rule and citation
 */
public record ItemDecision(
        String sku,
        int quantity,
        String catalogId,
        Classification classification,
        Verdict verdict,
        ReviewPolicy reviewPolicy,
        String licenseException,
        List<Reason> reasons,
        List<String> missing,
        java.util.Map<String, String> supersededBy,
        List<VerdictChange> wouldChange) {
    public ItemDecision {
        supersededBy = supersededBy == null ? java.util.Map.of() : java.util.Map.copyOf(supersededBy);
        wouldChange = wouldChange == null ? List.of() : List.copyOf(wouldChange);
    }

    public ItemDecision(
            String sku,
            int quantity,
            String catalogId,
            Classification classification,
            Verdict verdict,
            ReviewPolicy reviewPolicy,
            String licenseException,
            List<Reason> reasons,
            List<String> missing) {
        this(
                sku,
                quantity,
                catalogId,
                classification,
                verdict,
                reviewPolicy,
                licenseException,
                reasons,
                missing,
                java.util.Map.of(),
                List.of());
    }
}
