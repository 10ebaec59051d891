package dev.licit.core.decide;

import dev.licit.core.explain.Reason;
import dev.licit.core.rulebook.CompiledRule;
import dev.licit.core.rulebook.Facts;
import dev.licit.core.rulebook.PolicyRule;
import dev.licit.core.rulebook.Truth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conditions of a review policy whose scope holds (the January 2026 case-by-case policy sets
 * seven): the policy replaces the requirement's only when every one is met. One not met, or not
 * shown because the order lacks its input, is named in the decision, so that the exporter sees
 * exactly what keeps the stricter policy (91 FR 1684: missing any condition leaves presumption of denial).
 */
final class PolicyConditions {
    private PolicyConditions() {}

    /** What the conditions came to: all met, or a reason naming each one not met and each not shown. */
    record Outcome(boolean met, Reason reason) {}

    static Outcome check(CompiledRule<PolicyRule> cp, Map<String, Object> facts) {
        List<String> failed = new ArrayList<>();
        List<String> unshown = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        for (CompiledRule.CompiledCondition cc : cp.conditions()) {
            Truth t = cc.when().evaluate(facts);
            String words = cc.condition().summary() == null
                    ? cc.condition().id()
                    : cc.condition().summary();
            if (t.isUnknown()) {
                Set<String> m = new TreeSet<>();
                t.missingFacts().forEach(f -> m.add(Facts.inputFieldOf(f)));
                missing.addAll(m);
                unshown.add(words + " (missing " + String.join(", ", m) + ")");
            } else if (!t.isTrue()) {
                failed.add(words);
            }
        }
        if (failed.isEmpty() && unshown.isEmpty()) {
            return new Outcome(true, null);
        }
        PolicyRule r = cp.rule();
        String title = DecisionEngine.titleOf(r);
        String notMet = String.join("; ", failed);
        String notShown = String.join("; ", unshown);
        String summary =
                "The review policy " + r.reviewPolicy().words() + " (" + title + ") needs every one of its conditions;"
                        + (failed.isEmpty() ? "" : " not met: " + notMet + ".")
                        + (unshown.isEmpty() ? "" : " not shown by the order: " + notShown + ".")
                        + " The stricter policy stands.";
        // a translated template leaves out the part whose value is absent
        Map<String, String> params = new HashMap<>();
        params.put("rule", title);
        if (!notMet.isEmpty()) {
            params.put("notMet", notMet);
        }
        if (!notShown.isEmpty()) {
            params.put("notShown", notShown);
        }
        return new Outcome(
                false, new Reason(r.id(), r.citationText(), r.reliability(), summary, params, "policy.conditions"));
    }
}
