package dev.licit.cli.screening;

import dev.licit.batch.ownership.CoveredRule;
import dev.licit.batch.ownership.CoveredSummary;
import dev.licit.batch.ownership.LocalCovered;
import dev.licit.cli.common.Dates;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.ownership.OwnershipRule;
import dev.licit.core.rulebook.CompiledRulebook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code licit ownership covered}: the covered set of a whole ownership graph, in one process. */
@Command(
        name = "covered",
        mixinStandardHelpOptions = true,
        description = {
            "Every entity of an ownership graph (the plain CSV owner,owned,percent,startDate,endDate,source) that is",
            "covered under each 50 % rule in force on the date, given the listed entities (CSV name,list,possible):",
            "one row per entity and rule, entity,rule,standing,share,lists, standing LISTED, POSSIBLY_LISTED, COVERED,",
            "UNRESOLVED (Red Flag 29) or DOUBTFUL, the same as `licit check` gives a party of the graph."
        })
public final class OwnershipCoveredCommand implements Callable<Integer> {
    @Option(names = "--graph", required = true, paramLabel = "FILE", description = "The ownership links (plain CSV).")
    Path graph;

    @Option(
            names = "--listed",
            required = true,
            paramLabel = "FILE",
            description = "The listed entities: name,list,possible.")
    Path listed;

    @Option(names = "--output", required = true, paramLabel = "FILE")
    Path output;

    @Option(
            names = "--date",
            converter = Dates.class,
            paramLabel = "DATE",
            description = "The links and rules in force on this date (default: today, UTC).")
    LocalDate date;

    @Option(
            names = "--affiliates",
            paramLabel = "applies|suspended",
            description = "The posture on the Affiliates rule after 2026-11-09 (default: the rulebook's, applies [I]).")
    String affiliates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = date != null ? date : LocalDate.now(ZoneOffset.UTC);
        List<CoveredRule> rules = rules(RulebookLoader.loadDefault().on(day), affiliates);
        CoveredSummary s = LocalCovered.run(graph, listed, output, day, rules);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "covered set on %s (%s): %,d links, %,d entities in %.1f s (read %.1f s, computed %.1f s)%n",
                day,
                String.join(", ", rules.stream().map(CoveredRule::id).toList()),
                s.links(),
                s.entities(),
                s.seconds(),
                s.readSeconds(),
                s.computeSeconds());
        s.byStanding().forEach((k, v) -> out.printf(Locale.ROOT, "  %-28s %,d%n", k, v));
        out.printf(
                Locale.ROOT,
                "  cycles %,d (%,d entities), self-links %,d (left out)%n",
                s.cycles(),
                s.entitiesInCycles(),
                s.selfLinks());
        for (List<String> c : s.cycleExamples()) {
            out.println("    cycle among: " + String.join(", ", c));
        }
        out.println("rows written to " + output);
        out.flush();
        return 0;
    }

    /** The rulebook's 50 % rules on the date that the posture leaves on (as the decision engine reads them). */
    static List<CoveredRule> rules(CompiledRulebook rb, String affiliatesPosture) {
        boolean applies;
        if (affiliatesPosture == null) {
            applies = rb.settings().affiliatesApplies();
        } else {
            applies = switch (affiliatesPosture) {
                case "applies" -> true;
                case "suspended" -> false;
                default ->
                    throw new IllegalArgumentException(
                            "--affiliates takes applies or suspended, not '" + affiliatesPosture + "'");
            };
        }
        List<CoveredRule> out = new ArrayList<>();
        for (OwnershipRule r : rb.settings().ownershipRules()) {
            if (r.posture() == null || applies) {
                out.add(CoveredRule.of(r));
            }
        }
        return out;
    }
}
