package dev.licit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.core.country.Country;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.ClassifyRule;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.ExceptionRule;
import dev.licit.core.rulebook.PolicyRule;
import dev.licit.core.rulebook.PresumeRule;
import dev.licit.core.rulebook.Problem;
import dev.licit.core.rulebook.RequireRule;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Rule;
import dev.licit.core.rulebook.RuleKind;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.SettingRule;
import dev.licit.core.rulebook.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Validate, show and compare the rulebook.",
        subcommands = {
            RulesCommand.Validate.class,
            RulesCommand.Show.class,
            RulesCommand.Diff.class,
            RulesCommand.Versions.class
        })
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description =
                    "Check rule files: schema, conditions that do not compile, versions that overlap or leave gaps.")
    static final class Validate implements Callable<Integer> {
        @Option(
                names = "--rules",
                paramLabel = "DIR",
                description = "The rules directory (default: the shipped rulebook).")
        Path rulesDir;

        @Option(
                names = "--overlay",
                paramLabel = "DIR",
                description = "Overlay packs to validate with it (repeatable).")
        List<Path> overlays = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RulebookLoader.Loaded loaded = RulebookLoader.read(rulesDir, overlays);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!loaded.problems().isEmpty()) {
                for (Problem p : loaded.problems()) {
                    err.println(p);
                }
                err.println(loaded.problems().size() + " problem(s) in " + loaded.files()
                        + " file(s); the rulebook cannot be used.");
                err.flush();
                return 2;
            }
            Rulebook rb = Rulebook.of(loaded.rules(), RulebookLoader.defaultCountries());
            long ids = loaded.rules().stream().map(Rule::id).distinct().count();
            out.println("OK: " + loaded.rules().size() + " entries (" + ids + " rules) in " + loaded.files()
                    + " file(s); " + rb.versionStarts().size() + " versions from " + rb.start() + ".");
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "The rulebook in force on a date, with its content hash.")
    static final class Show implements Callable<Integer> {
        @Mixin
        DateOption asOf;

        @Mixin
        TextOrJsonFormat format;

        @Mixin
        RulebookOptions rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate date = asOf.date();
            CompiledRulebook rb = rules.load().on(date);
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                ObjectNode o = DecisionJson.MAPPER.createObjectNode();
                o.put("asOf", date.toString());
                o.put("version", rb.from().toString());
                o.put("validTo", rb.to() == null ? null : rb.to().toString());
                o.put("sha256", rb.sha256());
                o.put(
                        "reviewedThrough",
                        rb.settings().reviewedThrough() == null
                                ? null
                                : rb.settings().reviewedThrough().toString());
                ArrayNode arr = o.putArray("rules");
                rb.rules().forEach(r -> arr.add(DecisionJson.MAPPER.valueToTree(Rulebook.canonical(r))));
                Output.json(out, o);
                return 0;
            }
            out.println("Rulebook in force on " + date + ": version " + rb.from() + " (valid "
                    + (rb.to() == null ? "from " + rb.from() + " onward" : rb.from() + " to " + rb.to()) + ")");
            out.println("sha256 " + rb.sha256());
            if (rb.settings().reviewedThrough() != null) {
                out.println("Rules reviewed through " + rb.settings().reviewedThrough()
                        + (date.isAfter(rb.settings().reviewedThrough())
                                ? ": " + date + " is later; check for rules published since"
                                : ""));
            }
            for (RuleKind kind : RuleKind.values()) {
                List<Rule> of =
                        rb.rules().stream().filter(r -> r.kind() == kind).toList();
                if (of.isEmpty()) {
                    continue;
                }
                out.println();
                out.println(heading(kind) + ":");
                for (Rule r : of) {
                    out.println("  [" + r.reliability() + "] " + r.id() + ": " + (r.title() == null ? "" : r.title()));
                    out.println("      " + r.citationText() + "; in force " + r.effectiveFrom()
                            + (r.effectiveTo() == null ? " onward" : " to " + r.effectiveTo())
                            + (r.overlay() == null ? "" : "; overlay " + r.overlay()));
                    if (Rule.whenOf(r) != null) {
                        out.println("      when " + Rule.whenOf(r).replaceAll("\\s+", " "));
                    }
                }
            }
            out.println();
            out.println("Tags: [P] primary source, [S] secondary, [N] third-party notes, [I] inference.");
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "versions",
            mixinStandardHelpOptions = true,
            description = "Every rulebook version (date ranges over which nothing changes) and its hash.")
    static final class Versions implements Callable<Integer> {
        @Mixin
        RulebookOptions rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Rulebook rb = rules.load();
            PrintWriter out = spec.commandLine().getOut();
            for (LocalDate d : rb.versionStarts()) {
                CompiledRulebook c = rb.on(d);
                out.println(d + "  " + (c.to() == null ? "onward    " : "to " + c.to()) + "  "
                        + c.sha256().substring(0, 16) + "  " + c.rules().size() + " entries");
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "diff",
            mixinStandardHelpOptions = true,
            description = "What changed between the rules in force on two dates, in words.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DATE1", converter = Dates.class)
        LocalDate from;

        @Parameters(index = "1", paramLabel = "DATE2", converter = Dates.class)
        LocalDate to;

        @Mixin
        TextOrJsonFormat format;

        @Mixin
        RulebookOptions rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Rulebook rulebook = rules.load();
            CompiledRulebook a = rulebook.on(from);
            CompiledRulebook b = rulebook.on(to);
            Map<String, Rule> before = byId(a.rules());
            Map<String, Rule> after = byId(b.rules());
            List<Rule> added = new ArrayList<>();
            List<Rule> removed = new ArrayList<>();
            List<String[]> changed = new ArrayList<>();
            after.forEach((id, r) -> {
                Rule old = before.get(id);
                if (old == null) {
                    added.add(r);
                } else if (!Rulebook.canonical(old).equals(Rulebook.canonical(r))) {
                    changed.add(new String[] {id, describeChange(old, r)});
                }
            });
            before.forEach((id, r) -> {
                if (!after.containsKey(id)) {
                    removed.add(r);
                }
            });
            List<String> groups = groupChanges(rulebook, from, to);
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                ObjectNode o = DecisionJson.MAPPER.createObjectNode();
                o.put("from", from.toString())
                        .put("fromVersion", a.from().toString())
                        .put("fromSha256", a.sha256());
                o.put("to", to.toString()).put("toVersion", b.from().toString()).put("toSha256", b.sha256());
                ArrayNode ad = o.putArray("added");
                added.forEach(r -> ad.addObject()
                        .put("id", r.id())
                        .put("title", r.title())
                        .put("citation", r.citationText())
                        .put("reliability", r.reliability().name())
                        .put("effectiveFrom", r.effectiveFrom().toString()));
                ArrayNode rm = o.putArray("removed");
                removed.forEach(r -> rm.addObject()
                        .put("id", r.id())
                        .put("title", r.title())
                        .put("citation", r.citationText())
                        .put("reliability", r.reliability().name()));
                ArrayNode ch = o.putArray("changed");
                changed.forEach(c -> ch.addObject().put("id", c[0]).put("change", c[1]));
                ArrayNode cg = o.putArray("countryGroups");
                groups.forEach(cg::add);
                Output.json(out, o);
                return 0;
            }
            out.println("From " + from + " (version " + a.from() + ") to " + to + " (version " + b.from() + "):");
            if (a.sha256().equals(b.sha256())) {
                out.println("  No change: both dates fall under the same rules (sha256 "
                        + a.sha256().substring(0, 12) + ").");
                out.flush();
                return 0;
            }
            for (Rule r : added) {
                out.println("  + New [" + r.reliability() + "] " + title(r) + " (" + r.citationText()
                        + "), in force from " + r.effectiveFrom() + ".");
            }
            for (Rule r : removed) {
                out.println("  - No longer in force [" + r.reliability() + "] " + title(r) + " (" + r.citationText()
                        + ")" + (r.effectiveTo() == null ? "" : ", ended " + r.effectiveTo()) + ".");
            }
            for (String[] c : changed) {
                out.println("  ~ Amended " + c[0] + ": " + c[1]);
            }
            for (String g : groups) {
                out.println("  * " + g);
            }
            out.flush();
            return 0;
        }

        private static Map<String, Rule> byId(List<Rule> rules) {
            Map<String, Rule> m = new LinkedHashMap<>();
            rules.forEach(r -> m.put(r.id(), r));
            return m;
        }

        private static String title(Rule r) {
            return r.title() == null ? r.id() : r.id() + ": " + r.title();
        }

        static String describeChange(Rule old, Rule now) {
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
                parts.add("license exceptions that overcome it now " + overcomeBy(now) + " (was " + overcomeBy(old)
                        + ")");
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

    private static String heading(RuleKind kind) {
        return switch (kind) {
            case SETTING -> "Settings";
            case CLASSIFY -> "Classification (tried in priority order)";
            case REQUIRE -> "License requirements";
            case EXCEPTION -> "License exceptions";
            case POLICY -> "Review policies";
            case PRESUME -> "Checks every clearance presumes";
        };
    }
}
