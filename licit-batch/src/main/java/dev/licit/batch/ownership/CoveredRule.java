package dev.licit.batch.ownership;

import dev.licit.batch.screen.OwnershipScreen;
import dev.licit.core.ownership.OwnershipRule;
import dev.licit.core.rulebook.CompiledRulebook;
import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;

/** A 50 % rule as the covered set needs it, serializable for Spark's executors. */
public record CoveredRule(String id, List<String> lists, double thresholdPercent) implements Serializable {
    public CoveredRule {
        lists = List.copyOf(new TreeSet<>(lists));
    }

    public static CoveredRule of(OwnershipRule rule) {
        return new CoveredRule(rule.id(), List.copyOf(rule.lists()), rule.thresholdPercent());
    }

    /**
     * The rulebook's 50 % rules on its date that the Affiliates posture leaves on, as the decision
     * engine reads them: {@link OwnershipScreen#rulesOn}, the one place the posture is read for batch
     * jobs, so the covered set and the batch screen cannot leave on different rules.
     *
     * @param affiliatesPosture applies, suspended, or null for the rulebook's own reading
     */
    public static List<CoveredRule> inForce(CompiledRulebook rb, String affiliatesPosture) {
        return OwnershipScreen.rulesOn(rb, affiliatesPosture).stream()
                .map(CoveredRule::of)
                .toList();
    }
}
