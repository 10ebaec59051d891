package dev.licit.core.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a whole rulebook: conditions that do not compile, dates that overlap or leave gaps, broken references. */
public final class RulebookValidator {
    static final Set<String> ITEM_KINDS = Set.of("chip", "hbm", "system");
    /**
     * What a classify entry may apply to: an item kind, or {@code presumption}: an entry tried on an
     * item with the order's facts after the ordinary classification (Note 1 to 3A090.a), needing no catch-all.
     */
    static final Set<String> APPLIES_TO = Set.of("chip", "hbm", "system", CompiledRulebook.PRESUMPTION);

    static final Set<String> REQUIRED_SETTINGS = Set.of(Settings.BIT_LENGTHS, Settings.AI_DIFFUSION_POSTURE);

    private RulebookValidator() {}

    /**
     * Every problem of the rulebook. Conditions are compiled with the process's shared compiler, so
     * the rulebook built from these entries afterwards finds them compiled already.
     */
    public static List<Problem> validate(List<Rule> rules) {
        return validate(rules, PredicateCompiler.shared());
    }

    /** As {@link #validate(List)}, compiling with {@code compiler}. */
    public static List<Problem> validate(List<Rule> rules, PredicateCompiler compiler) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> exceptionCodes = new HashSet<>();
        rules.forEach(r -> {
            ids.add(r.id());
            if (r instanceof ExceptionRule e && e.exception() != null) {
                exceptionCodes.add(e.exception());
            }
        });
        // all conditions type-checked together; only when that fails is each compiled alone to find the bad ones
        List<String> sources = new ArrayList<>();
        for (Rule r : rules) {
            if (r instanceof Rule.Conditional c) {
                sources.add(c.when());
            }
            if (r instanceof ExceptionRule e) {
                e.conditions().forEach(c -> sources.add(c.when()));
            }
            if (r instanceof PolicyRule p) {
                p.conditions().forEach(c -> sources.add(c.when()));
            }
        }
        compiler.check(sources);
        for (Rule r : rules) {
            checkEntry(r, compiler, ids, exceptionCodes, problems);
        }
        checkVersions(rules, problems);
        checkCoverage(rules, problems);
        return problems;
    }

    private static void checkEntry(
            Rule r, PredicateCompiler compiler, Set<String> ids, Set<String> exceptionCodes, List<Problem> problems) {
        if (r instanceof Rule.Conditional c) {
            compile(r, "when", c.when(), compiler, problems);
        }
        switch (r) {
            case ClassifyRule c -> {
                if (c.appliesTo() == null || !APPLIES_TO.contains(c.appliesTo())) {
                    problem(r, "'appliesTo' must be one of " + new java.util.TreeSet<>(APPLIES_TO), problems);
                }
                if (c.eccn() == null) {
                    problem(
                            r,
                            "'then.eccn' is required (use NONE for outside the advanced-computing entries)",
                            problems);
                }
            }
            case RequireRule q -> {
                if (q.verdict() == null || !r.kind().verdicts().contains(q.verdict())) {
                    problem(r, "'then.verdict' must be one of " + r.kind().verdicts(), problems);
                }
                for (String ex : q.overcomeBy()) {
                    if (!exceptionCodes.contains(ex)) {
                        problem(
                                r,
                                "'overcomeBy' names exception '" + ex + "' that no exception entry defines",
                                problems);
                    }
                }
            }
            case ExceptionRule e -> {
                for (Condition c : e.conditions()) {
                    compile(r, "conditions." + c.id(), c.when(), compiler, problems);
                }
                if (e.exception() == null || e.exception().isBlank()) {
                    problem(r, "'exception' (its code, e.g. NAC) is required", problems);
                }
                if (e.verdict() == null || !r.kind().verdicts().contains(e.verdict())) {
                    problem(r, "'then.verdict' must be one of " + r.kind().verdicts(), problems);
                }
            }
            case PolicyRule p -> {
                for (Condition c : p.conditions()) {
                    compile(r, "conditions." + c.id(), c.when(), compiler, problems);
                }
                if (p.requirements().isEmpty()) {
                    problem(r, "'requirements' must name the require entries whose review policy it sets", problems);
                }
                for (String req : p.requirements()) {
                    if (!ids.contains(req)) {
                        problem(r, "'requirements' names unknown rule '" + req + "'", problems);
                    }
                }
                if (p.reviewPolicy() == null) {
                    problem(r, "'then.reviewPolicy' is required", problems);
                }
            }
            case SettingRule s -> {
                if (s.value() == null && !Settings.AI_DIFFUSION_POSTURE.equals(r.id())) {
                    problem(r, "a setting needs a 'value'", problems);
                }
                if (Settings.OWNERSHIP_RULES.equals(r.id()) && s.value() != null) {
                    try {
                        Settings.ownershipRules(s.value());
                    } catch (IllegalArgumentException e) {
                        problem(r, e.getMessage(), problems);
                    }
                }
                if (Settings.AFFILIATES_POSTURE.equals(r.id())
                        && !"applies".equals(String.valueOf(s.value()))
                        && !"suspended".equals(String.valueOf(s.value()))) {
                    problem(r, "'value' must be applies or suspended", problems);
                }
                if (Settings.REVIEWED_THROUGH.equals(r.id())
                        && s.value() != null
                        && Settings.reviewedThrough(s.value()) == null) {
                    problem(
                            r,
                            "'value' must be a date (YYYY-MM-DD): the date through which the rules were reviewed",
                            problems);
                }
            }
            case PresumeRule p -> {
                if (p.summary() == null || p.summary().isBlank()) {
                    problem(r, "a presume entry needs a 'summary' (the check, in words)", problems);
                }
            }
        }
    }

    private static void compile(
            Rule r, String field, String source, PredicateCompiler compiler, List<Problem> problems) {
        if (source == null) {
            return;
        }
        try {
            compiler.compile(source);
        } catch (PredicateCompiler.InvalidPredicateException e) {
            problem(r, "'" + field + "' does not compile: " + e.getMessage(), problems);
        }
    }

    /** Versions of one id must follow each other without overlap and without a gap. */
    private static void checkVersions(List<Rule> rules, List<Problem> problems) {
        Map<String, List<Rule>> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        for (List<Rule> versions : byId.values()) {
            versions.sort(Comparator.comparing(Rule::effectiveFrom));
            for (int i = 1; i < versions.size(); i++) {
                Rule prev = versions.get(i - 1);
                Rule next = versions.get(i);
                if (prev.effectiveTo() == null || !prev.effectiveTo().isBefore(next.effectiveFrom())) {
                    problem(
                            next,
                            "overlaps the version from " + prev.effectiveFrom() + " at " + prev.origin()
                                    + " (end that one the day before " + next.effectiveFrom() + ")",
                            problems);
                } else if (!prev.effectiveTo().plusDays(1).equals(next.effectiveFrom())) {
                    problem(
                            next,
                            "leaves a gap after the version ending " + prev.effectiveTo() + " at "
                                    + prev.origin() + ": " + prev.effectiveTo().plusDays(1) + " to "
                                    + next.effectiveFrom().minusDays(1) + " has no version",
                            problems);
                }
            }
        }
    }

    /** From the first classification date on, every item kind and every setting has an entry every day. */
    private static void checkCoverage(List<Rule> rules, List<Problem> problems) {
        LocalDate start = rules.stream()
                .filter(r -> r instanceof ClassifyRule)
                .map(Rule::effectiveFrom)
                .min(LocalDate::compareTo)
                .orElse(null);
        if (start == null) {
            problems.add(new Problem("rules", 0, null, "the rulebook has no classify entries"));
            return;
        }
        Set<LocalDate> boundaries = new java.util.TreeSet<>();
        rules.forEach(r -> {
            boundaries.add(r.effectiveFrom());
            if (r.effectiveTo() != null) {
                boundaries.add(r.effectiveTo().plusDays(1));
            }
        });
        for (LocalDate d : boundaries) {
            if (d.isBefore(start)) {
                continue;
            }
            for (String kind : ITEM_KINDS) {
                boolean covered = rules.stream()
                        .anyMatch(r -> r instanceof ClassifyRule c
                                && c.overlay() == null
                                && kind.equals(c.appliesTo())
                                && c.inForceOn(d));
                if (!covered) {
                    problems.add(new Problem(
                            "rules",
                            0,
                            null,
                            "no classify entry for " + kind + " items in force on " + d + ": every date from " + start
                                    + " needs one"));
                }
            }
            for (String s : REQUIRED_SETTINGS) {
                if (rules.stream().noneMatch(r -> r instanceof SettingRule && r.id().equals(s) && r.inForceOn(d))) {
                    problems.add(new Problem("rules", 0, s, "setting '" + s + "' is not in force on " + d));
                }
            }
        }
    }

    private static void problem(Rule r, String message, List<Problem> problems) {
        problems.add(new Problem(
                r.origin() == null ? "?" : r.origin().file(),
                r.origin() == null ? 0 : r.origin().line(),
                r.id(),
                message));
    }
}
