package dev.licit.core.decide;

import dev.licit.core.classify.Classification;
import dev.licit.core.explain.Reason;
import dev.licit.core.explain.Templates;
import dev.licit.core.rulebook.ClassifyRule;
import dev.licit.core.rulebook.CompiledRule;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.Facts;
import dev.licit.core.rulebook.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The presumptions a rulebook sets on top of the ordinary classification ({@code appliesTo:
 * presumption}; today Note 1 to 3A090.a, the foundry and OSAT due diligence). They turn on who
 * exports (the order) and how the IC was made (the line), which the item alone does not carry, so
 * they are tried here rather than in the classifier, whose result is shared by every order. An
 * item already 3A090.a keeps its own paragraph; one an entry cannot decide for want of a figure
 * becomes indeterminate, naming it, and is held when a requirement turns on its ECCN.
 */
final class Note1Presumption {
    private Note1Presumption() {}

    /** The classification after the presumptions; {@code presumed} when one holds (the item is then also datacenter). */
    record Result(Classification classification, boolean presumed) {}

    static Result apply(Classification c, Map<String, Object> facts, CompiledRulebook rb) {
        if (c.isClassified() && "3A090.a".equals(c.eccn())) {
            return new Result(c, false);
        }
        for (CompiledRule<ClassifyRule> cr : rb.classifyRules(CompiledRulebook.PRESUMPTION)) {
            Truth t = cr.when().evaluate(facts);
            ClassifyRule r = cr.rule();
            String title = DecisionEngine.titleOf(r);
            if (t.isTrue()) {
                List<Reason> reasons = new ArrayList<>(c.reasons());
                String summary = Templates.render(r.summary(), facts);
                reasons.add(new Reason(
                        r.id(), r.citationText(), r.reliability(), summary, Templates.params(r.summary(), facts)));
                return new Result(
                        new Classification(
                                c.kind(),
                                c.model(),
                                c.metrics(),
                                r.eccn(),
                                r.paragraph(),
                                Classification.Status.CLASSIFIED,
                                List.of(),
                                reasons,
                                c.components()),
                        true);
            }
            if (t.isUnknown()) {
                Set<String> missing = new TreeSet<>(c.missing());
                Set<String> needed = new TreeSet<>();
                t.missingFacts().forEach(f -> needed.add(Facts.inputFieldOf(f)));
                missing.addAll(needed);
                String fields = String.join(", ", needed);
                List<Reason> reasons = new ArrayList<>(c.reasons());
                reasons.add(new Reason(
                        r.id(),
                        r.citationText(),
                        r.reliability(),
                        "Cannot decide " + title + ": missing " + fields + " (" + r.when() + ")",
                        Map.of("rule", title, "missing", fields, "condition", r.when()),
                        "undecided.classification"));
                return new Result(
                        new Classification(
                                c.kind(),
                                c.model(),
                                c.metrics(),
                                null,
                                null,
                                Classification.Status.INDETERMINATE,
                                List.copyOf(missing),
                                reasons,
                                c.components()),
                        false);
            }
        }
        return new Result(c, false);
    }
}
