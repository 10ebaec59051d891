package dev.licit.core.rulebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.licit.core.country.Countries;
import dev.licit.core.country.Country;
import dev.licit.core.country.Membership;
import dev.licit.core.json.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All rulebook entries over all dates, with the country directory. It resolves to a
 * {@link CompiledRulebook} for any date on or after its start; each version is compiled once.
 */
public final class Rulebook {
    private final List<Rule> rules;
    private final Countries countries;
    private final Map<String, Object> settingOverrides;
    private final List<LocalDate> versionStarts;
    /** The one that validated the entries: it remembers their conditions, so versions compile nothing again. */
    private final PredicateCompiler compiler;

    private final Map<LocalDate, CompiledRulebook> compiled = new ConcurrentHashMap<>();

    private Rulebook(
            List<Rule> rules, Countries countries, Map<String, Object> settingOverrides, PredicateCompiler compiler) {
        this.rules = List.copyOf(rules);
        this.countries = countries;
        this.settingOverrides = Map.copyOf(settingOverrides);
        this.compiler = compiler;
        this.versionStarts = computeVersionStarts();
    }

    /**
     * Validates and builds; throws {@link RulebookException} listing every problem. Entries already
     * validated (as {@code RulebookLoader} does) cost little here: their conditions are remembered by
     * the shared compiler, and the remaining checks are cheap.
     */
    public static Rulebook of(List<Rule> rules, Countries countries) {
        return of(rules, countries, PredicateCompiler.shared());
    }

    /** As {@link #of(List, Countries)}, with a compiler of the caller's (tests count its compilations). */
    static Rulebook of(List<Rule> rules, Countries countries, PredicateCompiler compiler) {
        List<Problem> problems = RulebookValidator.validate(rules, compiler);
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return new Rulebook(rules, countries, Map.of(), compiler);
    }

    /**
     * The same rulebook with settings overridden (e.g. {@code bitLengths.tf32=19},
     * {@code aiDiffusionPosture=enforced}); the override is part of the content hash.
     */
    public Rulebook withSettingOverrides(Map<String, Object> overrides) {
        Map<String, Object> merged = new TreeMap<>(settingOverrides);
        merged.putAll(overrides);
        return new Rulebook(rules, countries, merged, compiler);
    }

    /** Adds overlay entries (an exporter's own binding instructions); validated together. */
    public Rulebook withOverlay(List<Rule> overlayRules) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(overlayRules);
        List<Problem> problems = RulebookValidator.validate(all, compiler);
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return new Rulebook(all, countries, settingOverrides, compiler);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Countries countries() {
        return countries;
    }

    /** The first date any version covers. */
    public LocalDate start() {
        return versionStarts.getFirst();
    }

    public List<LocalDate> versionStarts() {
        return versionStarts;
    }

    /** The compiled rulebook in force on a date. */
    public CompiledRulebook on(LocalDate date) {
        LocalDate from = versionStartFor(date)
                .orElseThrow(() -> new IllegalArgumentException("no rulebook before " + start()
                        + ": the advanced-computing rules modelled start on that date (asked for " + date + ")"));
        return compiled.computeIfAbsent(from, this::compile);
    }

    public Optional<LocalDate> versionStartFor(LocalDate date) {
        LocalDate found = null;
        for (LocalDate s : versionStarts) {
            if (!s.isAfter(date)) {
                found = s;
            } else {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Rule> rulesInForce(LocalDate date) {
        return rules.stream()
                .filter(r -> r.inForceOn(date))
                .sorted(Comparator.comparing(Rule::kind)
                        .thenComparing(Rule::priorityOf)
                        .thenComparing(Rule::id))
                .toList();
    }

    private CompiledRulebook compile(LocalDate from) {
        int i = versionStarts.indexOf(from);
        LocalDate to = i + 1 < versionStarts.size() ? versionStarts.get(i + 1).minusDays(1) : null;
        List<Rule> inForce = rulesInForce(from);
        Map<String, Object> settingValues = new LinkedHashMap<>();
        inForce.forEach(r -> {
            if (r instanceof SettingRule s) {
                settingValues.put(s.id(), s.value());
            }
        });
        applyOverrides(settingValues);
        return new CompiledRulebook(
                from,
                to,
                hash(inForce, settingValues, from),
                inForce,
                Settings.from(settingValues),
                countries,
                compiler);
    }

    @SuppressWarnings("unchecked")
    private void applyOverrides(Map<String, Object> values) {
        settingOverrides.forEach((key, v) -> {
            int dot = key.indexOf('.');
            if (dot < 0) {
                values.put(key, v);
            } else {
                String head = key.substring(0, dot);
                Map<String, Object> nested = values.get(head) instanceof Map<?, ?> m
                        ? new LinkedHashMap<>((Map<String, Object>) m)
                        : new LinkedHashMap<>();
                nested.put(key.substring(dot + 1), v);
                values.put(head, nested);
            }
        });
    }

    private String hash(List<Rule> inForce, Map<String, Object> settings, LocalDate date) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(
                "rules",
                inForce.stream()
                        .sorted(Comparator.comparing(Rule::id))
                        .map(Rulebook::canonical)
                        .toList());
        doc.put("settings", settings);
        Map<String, Object> groups = new TreeMap<>();
        for (Country c : countries.all()) {
            List<String> g = countries.groupsOn(c.code(), date);
            if (!g.isEmpty() || c.treatedAs() != null) {
                groups.put(c.code(), c.treatedAs() == null ? g : "treatedAs:" + c.treatedAs());
            }
        }
        doc.put("countryGroups", groups);
        try {
            byte[] bytes = Json.CANONICAL.writeValueAsBytes(doc);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the rulebook", e);
        }
    }

    /**
     * The entry as data, without where it was read from: what the hash covers, and what
     * {@code licit rules show} and {@code /v1/rules} print. The keys are the YAML's; only the fields
     * the entry's kind has are written, and the verdict and review policy as the constants' names,
     * the words the YAML gives them in.
     */
    public static Map<String, Object> canonical(Rule r) {
        Map<String, Object> m = new TreeMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind().key());
        put(m, "title", r.title());
        m.put("effectiveFrom", r.effectiveFrom().toString());
        put(m, "effectiveTo", r.effectiveTo() == null ? null : r.effectiveTo().toString());
        put(m, "when", Rule.whenOf(r));
        if (Rule.priorityOf(r) != 0) {
            m.put("priority", Rule.priorityOf(r));
        }
        Map<String, Object> then = new TreeMap<>();
        switch (r) {
            case ClassifyRule c -> {
                put(m, "appliesTo", c.appliesTo());
                put(then, "eccn", c.eccn());
                put(then, "paragraph", c.paragraph());
            }
            case RequireRule q -> {
                put(then, "verdict", nameOf(q.verdict()));
                put(then, "reviewPolicy", nameOf(q.reviewPolicy()));
                if (!q.overcomeBy().isEmpty()) {
                    m.put("overcomeBy", q.overcomeBy());
                }
            }
            case ExceptionRule e -> {
                put(m, "exception", e.exception());
                put(then, "verdict", nameOf(e.verdict()));
                put(then, "waitDays", e.waitDays());
                putConditions(m, e.conditions());
            }
            case PolicyRule p -> {
                put(then, "reviewPolicy", nameOf(p.reviewPolicy()));
                if (!p.requirements().isEmpty()) {
                    m.put("requirements", p.requirements());
                }
                putConditions(m, p.conditions());
            }
            case SettingRule s -> put(m, "value", s.value());
            case PresumeRule p -> {}
        }
        if (!then.isEmpty()) {
            m.put("then", then);
        }
        put(m, "summary", r.summary());
        m.put("citation", r.citation());
        put(m, "federalRegister", r.federalRegister());
        m.put("source", r.source());
        m.put("reliability", r.reliability().name());
        put(m, "note", r.note());
        put(m, "overlay", r.overlay());
        if (!r.binds().isEmpty()) {
            m.put("binds", r.binds());
        }
        return m;
    }

    private static void putConditions(Map<String, Object> m, List<Condition> conditions) {
        if (!conditions.isEmpty()) {
            m.put(
                    "conditions",
                    conditions.stream()
                            .map(c -> {
                                Map<String, Object> cm = new TreeMap<>();
                                cm.put("id", c.id());
                                cm.put("when", c.when());
                                put(cm, "summary", c.summary());
                                return cm;
                            })
                            .toList());
        }
    }

    private static String nameOf(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private List<LocalDate> computeVersionStarts() {
        LocalDate start = rules.stream()
                .filter(r -> r instanceof ClassifyRule)
                .map(Rule::effectiveFrom)
                .min(LocalDate::compareTo)
                .orElseThrow(() -> new RulebookException(
                        List.of(new Problem("rules", 0, null, "the rulebook has no classify entries"))));
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(start);
        for (Rule r : rules) {
            starts.add(r.effectiveFrom());
            if (r.effectiveTo() != null) {
                starts.add(r.effectiveTo().plusDays(1));
            }
        }
        starts.addAll(countries.boundaries());
        return List.copyOf(starts.tailSet(start, true));
    }

    /** Membership changes of the country directory are part of versions too. */
    public List<Membership> membershipsChangingOn(LocalDate date) {
        List<Membership> out = new ArrayList<>();
        for (Country c : countries.all()) {
            for (Membership m : c.memberships()) {
                if (date.equals(m.from()) || (m.to() != null && date.equals(m.to().plusDays(1)))) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
