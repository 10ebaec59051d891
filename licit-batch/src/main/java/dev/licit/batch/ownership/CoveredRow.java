package dev.licit.batch.ownership;

import dev.licit.batch.io.Csv;
import java.io.Serializable;
import java.util.Comparator;

/**
 * One entity under one rule in the covered set: listed itself, or covered, unresolved or doubtful
 * through its owners (an entity that is clear under a rule has no row).
 *
 * @param key the node key (rows are sorted by it, then by the rule's place in the rulebook)
 * @param name the smallest spelling of the name among the links
 * @param ruleOrder the rule's place in the rulebook
 * @param share the aggregate share held by listed and covered owners on known shares and confirmed matches
 * @param lists the list codes behind the standing, space-separated
 */
public record CoveredRow(
        String key, String name, int ruleOrder, String rule, CoveredStanding standing, String share, String lists)
        implements Serializable {
    public static final String HEADER = "entity,rule,standing,share,lists";

    public static final Comparator<CoveredRow> ORDER =
            Comparator.comparing(CoveredRow::key).thenComparingInt(CoveredRow::ruleOrder);

    public String csv() {
        return Csv.line(name, rule, standing.name(), share, lists);
    }
}
