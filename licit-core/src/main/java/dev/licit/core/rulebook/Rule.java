package dev.licit.core.rulebook;

import dev.licit.core.provenance.Reliability;
import java.time.LocalDate;

/**
 * One rulebook entry, one record per kind, each holding only the fields its kind uses (the YAML
 * reader builds them and refuses a field the kind does not use). Entries with the same id are
 * successive versions of one rule; their date ranges must neither overlap nor leave a gap. What
 * every kind carries (id, dates, explanation, provenance) is its {@link RuleInfo}.
 */
public sealed interface Rule permits ClassifyRule, RequireRule, PolicyRule, ExceptionRule, SettingRule, PresumeRule {

    /** An entry with a condition: every kind but a setting. */
    sealed interface Conditional permits ClassifyRule, RequireRule, PolicyRule, ExceptionRule, PresumeRule {
        /** The condition, a CEL predicate over the facts of {@link FactKey}. */
        String when();
    }

    RuleInfo info();

    /** The kind as the YAML names it. */
    default RuleKind kind() {
        return switch (this) {
            case ClassifyRule c -> RuleKind.CLASSIFY;
            case RequireRule r -> RuleKind.REQUIRE;
            case PolicyRule p -> RuleKind.POLICY;
            case ExceptionRule e -> RuleKind.EXCEPTION;
            case SettingRule s -> RuleKind.SETTING;
            case PresumeRule p -> RuleKind.PRESUME;
        };
    }

    /** The condition, or null for a setting. */
    static String whenOf(Rule r) {
        return r instanceof Conditional c ? c.when() : null;
    }

    /** Where the entry sorts among entries of its kind: a classify or policy entry's priority, else 0. */
    static int priorityOf(Rule r) {
        return switch (r) {
            case ClassifyRule c -> c.priority();
            case PolicyRule p -> p.priority();
            case RequireRule q -> 0;
            case ExceptionRule e -> 0;
            case SettingRule s -> 0;
            case PresumeRule p -> 0;
        };
    }

    default String id() {
        return info().id();
    }

    default String title() {
        return info().title();
    }

    default LocalDate effectiveFrom() {
        return info().effectiveFrom();
    }

    default LocalDate effectiveTo() {
        return info().effectiveTo();
    }

    default String summary() {
        return info().summary();
    }

    default String citation() {
        return info().citation();
    }

    default String federalRegister() {
        return info().federalRegister();
    }

    default String source() {
        return info().source();
    }

    default Reliability reliability() {
        return info().reliability();
    }

    default String note() {
        return info().note();
    }

    /** The exporters the entry binds (an is-informed letter); empty when it binds every exporter. */
    default java.util.List<String> binds() {
        return info().binds();
    }

    /** The overlay pack the entry came from, or null for the public rulebook. */
    default String overlay() {
        return info().overlay();
    }

    default Origin origin() {
        return info().origin();
    }

    default boolean inForceOn(LocalDate date) {
        return info().inForceOn(date);
    }

    /** "[S] 15 CFR 742.6(a)(6)(iii); 88 FR 73458" — how a citation reads in reasons. */
    default String citationText() {
        return info().citationText();
    }
}
