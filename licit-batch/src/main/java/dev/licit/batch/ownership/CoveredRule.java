package dev.licit.batch.ownership;

import dev.licit.core.ownership.OwnershipRule;
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
}
