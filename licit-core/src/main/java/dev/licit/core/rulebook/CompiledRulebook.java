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
    private final LocalDate from;
    private final LocalDate to;
    private final String sha256;
    private final List<Rule> rules;
    private final Settings settings;
    private final Countries countries;
    private final Map<String, List<CompiledRule>> classifyByKind = new HashMap<>();
    private final List<CompiledRule> requirements = new ArrayList<>();
    private final Map<String, List<CompiledRule>> exceptionsByCode = new LinkedHashMap<>();
    private final Map<String, List<CompiledRule>> policiesByRequirement = new HashMap<>();
    private final Map<String, List<String>> groupsByCode = new HashMap<>();
    /**
     * Classifications already made under this version. Classification depends only on the item and
     * the version, and orders repeat the same catalog chips, so each is computed once. Bounded: when
     * full it is cleared rather than grown.
     */
    private final Map<Object, Object> classificationMemo = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 50_000;

    CompiledRulebook(LocalDate from, LocalDate to, String sha256, List<Rule> rules, Settings settings,
                     Countries countries, PredicateCompiler compiler) {
        this.from = from;
        this.to = to;
        this.sha256 = sha256;
        this.rules = List.copyOf(rules);
        this.settings = settings;
        this.countries = countries;
        for (Rule r : rules) {
            if (r.kind() == RuleKind.SETTING) {
                continue;
            }
            CompiledRule cr = new CompiledRule(r, compiler.compile(r.when()), r.conditions().stream()
                    .map(c -> new CompiledRule.CompiledCondition(c, compiler.compile(c.when()))).toList());
            switch (r.kind()) {
                case CLASSIFY -> classifyByKind.computeIfAbsent(r.appliesTo(), k -> new ArrayList<>()).add(cr);
                case REQUIRE -> requirements.add(cr);
                case EXCEPTION -> exceptionsByCode.computeIfAbsent(r.exception(), k -> new ArrayList<>()).add(cr);
                case POLICY -> r.requirements().forEach(req ->
                        policiesByRequirement.computeIfAbsent(req, k -> new ArrayList<>()).add(cr));
                default -> { }
            }
        }
        Comparator<CompiledRule> byPriority = Comparator.comparingInt((CompiledRule c) -> c.rule().priority())
                .thenComparing(c -> c.rule().id());
        classifyByKind.values().forEach(l -> l.sort(byPriority));
        policiesByRequirement.values().forEach(l -> l.sort(byPriority.reversed()));
        requirements.sort(Comparator.comparing(c -> c.rule().id()));
        countries.all().forEach(c -> groupsByCode.put(c.code(), countries.groupsOn(c.code(), from)));
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

    public List<CompiledRule> classifyRules(String itemKind) {
        return classifyByKind.getOrDefault(itemKind, List.of());
    }

    public List<CompiledRule> requirementRules() {
        return requirements;
    }

    public List<CompiledRule> exceptionRules(String code) {
        return exceptionsByCode.getOrDefault(code, List.of());
    }

    /** Policy entries for a requirement, highest priority first. */
    public List<CompiledRule> policyRules(String requirementId) {
        return policiesByRequirement.getOrDefault(requirementId, List.of());
    }

    /** Country groups of a (possibly treated-as) country in this version. */
    public List<String> groupsOf(String code) {
        return groupsByCode.getOrDefault(countries.effectiveCode(code), List.of());
    }
}
