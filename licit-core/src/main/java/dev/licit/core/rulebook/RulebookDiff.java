package dev.licit.core.rulebook;

import dev.licit.core.country.Country;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed between the rules in force on two dates, in words: entries added, removed and
 * amended (each amendment described field by field) and country-group moves. {@code licit rules
 * diff} and the API print it; the comparison lives here, with the rulebook.
 */
public final class RulebookDiff {
    private RulebookDiff() {}

    /** One amended entry. */
    public record Change(String id, String description) {}

    /** The difference between the versions in force on two dates. */
    public record Diff(
            LocalDate fromVersion,
            String fromSha256,
            LocalDate toVersion,
            String toSha256,
            List<Rule> added,
            List<Rule> removed,
            List<Change> changed,
            List<String> countryGroups) {
        public Diff {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
            countryGroups = List.copyOf(countryGroups);
        }

        /** Both dates fall under the same rules. */
        public boolean sameRules() {
            return fromSha256.equals(toSha256);
        }
    }

    public static Diff between(Rulebook rulebook, LocalDate from, LocalDate to) {
        CompiledRulebook a = rulebook.on(from);
        CompiledRulebook b = rulebook.on(to);
        Map<String, Rule> before = byId(a.rules());
        Map<String, Rule> after = byId(b.rules());
        List<Rule> added = new ArrayList<>();
        List<Rule> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        after.forEach((id, r) -> {
            Rule old = before.get(id);
            if (old == null) {
                added.add(r);
            } else if (!Rulebook.canonical(old).equals(Rulebook.canonical(r))) {
                changed.add(new Change(id, describeChange(old, r)));
            }
        });
        before.forEach((id, r) -> {
            if (!after.containsKey(id)) {
                removed.add(r);
            }
        });
        return new Diff(
                a.from(), a.sha256(), b.from(), b.sha256(), added, removed, changed, groupChanges(rulebook, from, to));
    }

    private static Map<String, Rule> byId(List<Rule> rules) {
        Map<String, Rule> m = new LinkedHashMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        return m;
    }

    public static String describeChange(Rule old, Rule now) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(old.title(), now.title())) {
            parts.add("now \"" + now.title() + "\" (was \"" + old.title() + "\")");
        }
        if (!Objects.equals(Rule.whenOf(old), Rule.whenOf(now))) {
            parts.add("condition now " + squash(Rule.whenOf(now)) + " (was " + squash(Rule.whenOf(old)) + ")");
        }
        if (!Objects.equals(reviewPolicy(old), reviewPolicy(now))) {
            parts.add("review policy now " + reviewPolicy(now) + " (was " + reviewPolicy(old) + ")");
        }
        if (!Objects.equals(verdict(old), verdict(now))) {
            parts.add("verdict now " + verdict(now) + " (was " + verdict(old) + ")");
        }
        if (!overcomeBy(old).equals(overcomeBy(now))) {
            parts.add("license exceptions that overcome it now " + overcomeBy(now) + " (was " + overcomeBy(old) + ")");
        }
        if (!Objects.equals(old.citationText(), now.citationText())) {
            parts.add("citation now " + now.citationText());
        }
        if (!Objects.equals(old.reliability(), now.reliability())) {
            parts.add("reliability now [" + now.reliability() + "] (was [" + old.reliability() + "])");
        }
        if (!Objects.equals(value(old), value(now))) {
            parts.add("value now " + value(now) + " (was " + value(old) + ")");
        }
        if (parts.isEmpty()) {
            parts.add("wording or dates changed (" + now.effectiveFrom() + ")");
        }
        return String.join("; ", parts) + " [" + now.reliability() + "], from " + now.effectiveFrom() + ".";
    }

    // Two versions of one id may be of different kinds: what one kind lacks reads as absent.
    private static ReviewPolicy reviewPolicy(Rule r) {
        return switch (r) {
            case RequireRule q -> q.reviewPolicy();
            case PolicyRule p -> p.reviewPolicy();
            case ClassifyRule c -> null;
            case ExceptionRule e -> null;
            case SettingRule s -> null;
            case PresumeRule p -> null;
        };
    }

    private static Verdict verdict(Rule r) {
        return switch (r) {
            case RequireRule q -> q.verdict();
            case ExceptionRule e -> e.verdict();
            case ClassifyRule c -> null;
            case PolicyRule p -> null;
            case SettingRule s -> null;
            case PresumeRule p -> null;
        };
    }

    private static List<String> overcomeBy(Rule r) {
        return r instanceof RequireRule q ? q.overcomeBy() : List.of();
    }

    private static Object value(Rule r) {
        return r instanceof SettingRule s ? s.value() : null;
    }

    private static String squash(String s) {
        return s == null ? "none" : "'" + s.replaceAll("\\s+", " ") + "'";
    }

    private static List<String> groupChanges(Rulebook rb, LocalDate from, LocalDate to) {
        List<String> out = new ArrayList<>();
        for (Country c : rb.countries().all()) {
            TreeSet<String> a = new TreeSet<>(rb.countries().groupsOn(c.code(), from));
            TreeSet<String> b = new TreeSet<>(rb.countries().groupsOn(c.code(), to));
            if (a.equals(b)) {
                continue;
            }
            TreeSet<String> joined = new TreeSet<>(b);
            joined.removeAll(a);
            TreeSet<String> left = new TreeSet<>(a);
            left.removeAll(b);
            StringBuilder sb = new StringBuilder(c.name() + " (" + c.code() + ")");
            if (!joined.isEmpty()) {
                sb.append(" joined Country Group ").append(String.join(", ", joined));
            }
            if (!left.isEmpty()) {
                sb.append(joined.isEmpty() ? "" : " and")
                        .append(" left Country Group ")
                        .append(String.join(", ", left));
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }
}
