package dev.licit.core.decide;

import dev.licit.core.classify.Classification;
import dev.licit.core.explain.Reason;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.util.List;

/** The decision for one order line. */
public record ItemDecision(
        String sku,
        int quantity,
        String catalogId,
        Classification classification,
        Verdict verdict,
        ReviewPolicy reviewPolicy,
        String licenseException,
        List<Reason> reasons,
        List<String> missing) {}
