package dev.licit.core.rulebook;

import dev.licit.core.country.Countries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rulebook resolved for one version (a date range over which nothing changes), compiled once
 * and reused for every order decided under it. Immutable and thread-safe.
 */
public final class CompiledRulebook {
    /** The {@code appliesTo} of classify entries tried after the ordinary ones, with the order's facts. */
    public static final String PRESUMPTION = "presumption";

    private final LocalDate from;
    private final LocalDate to;
    private final String sha256;
    private final List<Rule> rules;
    private final Settings settings;
    private final Countries countries;
    private final Map<String, List<CompiledRule<ClassifyRule>>> classifyByKind = new HashMap<>();
    private final List<CompiledRule<RequireRule>> requirements = new ArrayList<>();
    private final List<CompiledRule<PresumeRule>> presumptions = new ArrayList<>();
    private final Map<String, List<CompiledRule<ExceptionRule>>> exceptionsByCode = new LinkedHashMap<>();
    private final Map<String, List<CompiledRule<PolicyRule>>> policiesByRequirement = new HashMap<>();
    private final Map<String, List<String>> groupsByCode = new HashMap<>();
    /**
     * Classifications already made under this version. Classification depends only on the item and
     * the version, and orders repeat the same catalog chips, so each is computed once. Bounded: when
     * full it is cleared rather than grown.
     */
    private final Map<Object, Object> classificationMemo = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MEMO_LIMIT = 50_000;

    CompiledRulebook(
            LocalDate from,
            LocalDate to,
            String sha256,
            List<Rule> rules,
            Settings settings,
            Countries countries,
            PredicateCompiler compiler) {
        this.from = from;
        this.to = to;
        this.sha256 = sha256;
        this.rules = List.copyOf(rules);
        this.settings = settings;
        this.countries = countries;
        for (Rule r : rules) {
            switch (r) {
                case ClassifyRule c ->
                    classifyByKind
                            .computeIfAbsent(c.appliesTo(), k -> new ArrayList<>())
                            .add(compile(c, compiler));
                case RequireRule q -> requirements.add(compile(q, compiler));
                case ExceptionRule e ->
                    exceptionsByCode
                            .computeIfAbsent(e.exception(), k -> new ArrayList<>())
                            .add(new CompiledRule<>(
                                    e,
                                    compiler.compile(e.when()),
                                    e.conditions().stream()
                                            .map(c -> new CompiledRule.CompiledCondition(c, compiler.compile(c.when())))
                                            .toList()));
                case PolicyRule p -> {
                    CompiledRule<PolicyRule> cp = new CompiledRule<>(
                            p,
                            compiler.compile(p.when()),
                            p.conditions().stream()
                                    .map(c -> new CompiledRule.CompiledCondition(c, compiler.compile(c.when())))
                                    .toList());
                    p.requirements()
                            .forEach(req -> policiesByRequirement
                                    .computeIfAbsent(req, k -> new ArrayList<>())
                                    .add(cp));
                }
                case SettingRule s -> {}
                case PresumeRule p -> presumptions.add(compile(p, compiler));
            }
        }
        Comparator<CompiledRule<ClassifyRule>> classifyOrder = Comparator.comparingInt(
                        (CompiledRule<ClassifyRule> c) -> c.rule().priority())
                .thenComparing(c -> c.rule().id());
        Comparator<CompiledRule<PolicyRule>> policyOrder = Comparator.comparingInt(
                        (CompiledRule<PolicyRule> c) -> c.rule().priority())
                .thenComparing(c -> c.rule().id());
        classifyByKind.values().forEach(l -> l.sort(classifyOrder));
        policiesByRequirement.values().forEach(l -> l.sort(policyOrder.reversed()));
        requirements.sort(Comparator.comparing(c -> c.rule().id()));
        presumptions.sort(Comparator.comparing(c -> c.rule().id()));
        countries.all().forEach(c -> groupsByCode.put(c.code(), countries.groupsOn(c.code(), from)));
    }

    private static <R extends Rule & Rule.Conditional> CompiledRule<R> compile(R rule, PredicateCompiler compiler) {
        return new CompiledRule<>(rule, compiler.compile(rule.when()), List.of());
    }

    /** The memoized value for a key, computing it once (thread-safe; bounded). */
    @SuppressWarnings("unchecked")
    public <K, V> V memoize(K key, java.util.function.Function<K, V> compute) {
        Object v = classificationMemo.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (classificationMemo.size() >= MEMO_LIMIT) {
                classificationMemo.clear();
            }
            classificationMemo.put(key, v);
        }
        return (V) v;
    }

    public LocalDate from() {
        return from;
    }

    /** Last day of this version, or null when it is still open-ended. */
    public LocalDate to() {
        return to;
    }

    public String sha256() {
        return sha256;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Settings settings() {
        return settings;
    }

    public Countries countries() {
        return countries;
    }

    public List<CompiledRule<ClassifyRule>> classifyRules(String itemKind) {
        return classifyByKind.getOrDefault(itemKind, List.of());
    }

    /** The checks a clearance presumes, by id. */
    public List<CompiledRule<PresumeRule>> presumptionRules() {
        return presumptions;
    }

    public List<CompiledRule<RequireRule>> requirementRules() {
        return requirements;
    }

    public List<CompiledRule<ExceptionRule>> exceptionRules(String code) {
        return exceptionsByCode.getOrDefault(code, List.of());
    }

    /** Policy entries for a requirement, highest priority first. */
    public List<CompiledRule<PolicyRule>> policyRules(String requirementId) {
        return policiesByRequirement.getOrDefault(requirementId, List.of());
    }

    /** Country groups of a (possibly treated-as) country in this version. */
    public List<String> groupsOf(String code) {
        return groupsByCode.getOrDefault(countries.effectiveCode(code), List.of());
    }
}
