package dev.licit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.json.Json;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.Problem;
import dev.licit.core.rulebook.Rule;
import dev.licit.core.rulebook.RuleKind;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.RulebookDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
final class RulesCommand extends CommandGroup {
    RulesCommand() {
        super(true);
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
        RulesOnDate rules;

        @Mixin
        TextOrJsonFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate date = rules.date();
            CompiledRulebook rb = rules.rulebook();
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                ObjectNode o = Json.PRETTY.createObjectNode();
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
                rb.rules().forEach(r -> arr.add(Json.PRETTY.valueToTree(Rulebook.canonical(r))));
                JsonOutput.print(out, o);
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
            RulebookDiff.Diff diff = RulebookDiff.between(rules.load(), from, to);
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                ObjectNode o = Json.PRETTY.createObjectNode();
                o.put("from", from.toString())
                        .put("fromVersion", diff.fromVersion().toString())
                        .put("fromSha256", diff.fromSha256());
                o.put("to", to.toString())
                        .put("toVersion", diff.toVersion().toString())
                        .put("toSha256", diff.toSha256());
                ArrayNode ad = o.putArray("added");
                diff.added()
                        .forEach(r -> ad.addObject()
                                .put("id", r.id())
                                .put("title", r.title())
                                .put("citation", r.citationText())
                                .put("reliability", r.reliability().name())
                                .put("effectiveFrom", r.effectiveFrom().toString()));
                ArrayNode rm = o.putArray("removed");
                diff.removed()
                        .forEach(r -> rm.addObject()
                                .put("id", r.id())
                                .put("title", r.title())
                                .put("citation", r.citationText())
                                .put("reliability", r.reliability().name()));
                ArrayNode ch = o.putArray("changed");
                diff.changed().forEach(c -> ch.addObject().put("id", c.id()).put("change", c.description()));
                ArrayNode cg = o.putArray("countryGroups");
                diff.countryGroups().forEach(cg::add);
                JsonOutput.print(out, o);
                return 0;
            }
            out.println("From " + from + " (version " + diff.fromVersion() + ") to " + to + " (version "
                    + diff.toVersion() + "):");
            if (diff.sameRules()) {
                out.println("  No change: both dates fall under the same rules (sha256 "
                        + diff.fromSha256().substring(0, 12) + ").");
                out.flush();
                return 0;
            }
            for (Rule r : diff.added()) {
                out.println("  + New [" + r.reliability() + "] " + title(r) + " (" + r.citationText()
                        + "), in force from " + r.effectiveFrom() + ".");
            }
            for (Rule r : diff.removed()) {
                out.println("  - No longer in force [" + r.reliability() + "] " + title(r) + " (" + r.citationText()
                        + ")" + (r.effectiveTo() == null ? "" : ", ended " + r.effectiveTo()) + ".");
            }
            for (RulebookDiff.Change c : diff.changed()) {
                out.println("  ~ Amended " + c.id() + ": " + c.description());
            }
            for (String g : diff.countryGroups()) {
                out.println("  * " + g);
            }
            out.flush();
            return 0;
        }

        private static String title(Rule r) {
            return r.title() == null ? r.id() : r.id() + ": " + r.title();
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
