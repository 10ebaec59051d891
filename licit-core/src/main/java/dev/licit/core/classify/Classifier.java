package dev.licit.core.classify;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.chip.Metrics;
import dev.licit.core.chip.MetricsCalculator;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.explain.Reason;
import dev.licit.core.explain.Templates;
import dev.licit.core.rulebook.ClassifyRule;
import dev.licit.core.rulebook.CompiledRule;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.FactKey;
import dev.licit.core.rulebook.Facts;
import dev.licit.core.rulebook.Rule;
import dev.licit.core.rulebook.Truth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Classifies an item under the rulebook in force: the classify entries for its kind are tried in
 * priority order and the first that holds decides. An entry that cannot be decided because a fact
 * is missing stops the walk: the result is INDETERMINATE and names the missing input, because a
 * later entry could only be reached by assuming the missing value (never a silent "not controlled").
 */
public final class Classifier {

    public Classification classify(ItemSpec item, CompiledRulebook rulebook) {
        return rulebook.memoize(item, i -> classifyFresh(i, rulebook));
    }

    private Classification classifyFresh(ItemSpec item, CompiledRulebook rulebook) {
        MetricsCalculator calculator = new MetricsCalculator(rulebook.settings().bitLengths());
        if (item instanceof SystemSpec system) {
            return classifySystem(system, rulebook, calculator);
        }
        Metrics metrics = calculator.of(item);
        Map<String, Object> facts = ItemFacts.of(item, metrics, List.of());
        return walk(item.kind(), modelOf(item), metrics, facts, rulebook, List.of());
    }

    private Classification classifySystem(SystemSpec system, CompiledRulebook rulebook, MetricsCalculator calc) {
        List<Classification> parts = new ArrayList<>();
        Double maxTpp = null;
        for (SystemSpec.Component c : system.chips()) {
            Classification part = classify(c.chip(), rulebook);
            parts.add(part);
            maxTpp = max(maxTpp, part.metrics().tpp());
        }
        // A system is as advanced as the most advanced chip in it; its TPP for display and for the
        // review-policy thresholds is that of its strongest chip [I: regulation.md 2.2 gives no system formula].
        Metrics metrics = new Metrics(maxTpp, null, null, null);
        Map<String, Object> facts = ItemFacts.of(system, metrics, parts);
        Classification c = walk(system.kind(), system.model(), metrics, facts, rulebook, parts);
        if (!c.isClassified()) {
            Set<String> missing = new LinkedHashSet<>(c.missing());
            parts.forEach(p -> p.missing().forEach(m -> missing.add("system.chips[" + parts.indexOf(p) + "]." + m)));
            missing.remove(FactKey.ALL_CHIPS_CLASSIFIED.inputField());
            return new Classification(
                    c.kind(), c.model(), c.metrics(), null, null, c.status(), List.copyOf(missing), c.reasons(), parts);
        }
        return c;
    }

    private Classification walk(
            String kind,
            String model,
            Metrics metrics,
            Map<String, Object> facts,
            CompiledRulebook rulebook,
            List<Classification> parts) {
        for (CompiledRule<ClassifyRule> cr : rulebook.classifyRules(kind)) {
            Truth t = cr.when().evaluate(facts);
            ClassifyRule r = cr.rule();
            if (t.isTrue()) {
                String eccn = r.eccn();
                FactKey.ECCN.put(facts, eccn);
                return new Classification(
                        kind,
                        model,
                        metrics,
                        eccn,
                        r.paragraph(),
                        Classification.Status.CLASSIFIED,
                        List.of(),
                        List.of(reason(r, facts)),
                        parts);
            }
            if (t.isUnknown()) {
                List<String> missing = new ArrayList<>(new TreeSet<>(
                        t.missingFacts().stream().map(Facts::inputFieldOf).toList()));
                String title = r.title() == null ? r.id() : r.title();
                String fields = String.join(", ", missing);
                String summary = "Cannot decide " + title + ": missing " + fields + " (" + r.when() + ")";
                Reason undecided = new Reason(
                        r.id(),
                        r.citationText(),
                        r.reliability(),
                        summary,
                        Map.of("rule", title, "missing", fields, "condition", r.when()),
                        "undecided.classification");
                return new Classification(
                        kind,
                        model,
                        metrics,
                        null,
                        null,
                        Classification.Status.INDETERMINATE,
                        missing,
                        List.of(undecided),
                        parts);
            }
        }
        // The validator guarantees a catch-all entry per kind; reaching here means a rulebook defect.
        throw new IllegalStateException(
                "no classify entry matched a " + kind + " item under the rulebook of " + rulebook.from());
    }

    static Reason reason(Rule r, Map<String, Object> facts) {
        String summary = r.summary() != null ? Templates.render(r.summary(), facts) : r.title();
        return new Reason(r.id(), r.citationText(), r.reliability(), summary, Templates.params(r.summary(), facts));
    }

    private static String modelOf(ItemSpec item) {
        return switch (item) {
            case ChipSpec c -> c.model();
            case dev.licit.core.chip.HbmSpec h -> h.model();
            case SystemSpec s -> s.model();
        };
    }

    private static Double max(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
