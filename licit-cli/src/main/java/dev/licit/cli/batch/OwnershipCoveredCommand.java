package dev.licit.cli.batch;

import dev.licit.batch.io.SummaryLine;
import dev.licit.batch.ownership.CoveredRule;
import dev.licit.batch.ownership.CoveredSummary;
import dev.licit.batch.ownership.LocalCovered;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.RunClock;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.time.Today;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code licit ownership covered}: the covered set of a whole ownership graph, in one process or on Spark. */
@Command(
        name = "covered",
        mixinStandardHelpOptions = true,
        description = {
            "Every entity of an ownership graph (the plain CSV owner,owned,percent,startDate,endDate,source) that is",
            "covered under each 50 %% rule in force on the date, given the listed entities (CSV name,list,possible):",
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

    @Option(
            names = "--engine",
            defaultValue = "local",
            paramLabel = "local|spark",
            description = "local (one process, default) or spark (a Spark job, one component of the graph a task).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark (default local[*]).")
    String master;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = date != null ? date : Today.utc(RunClock.of(spec));
        List<CoveredRule> rules =
                CoveredRule.inForce(RulebookLoader.loadDefault().on(day), affiliates);
        CoveredSummary s;
        if (engine.equals("spark")) {
            SparkChild.Result r = viaSpark(day);
            if (r.exit() != 0) {
                return r.exit(); // the child said why on standard error
            }
            s = SummaryLine.read(r.summaryLine(), CoveredSummary.class);
        } else if (engine.equals("local") && master == null) {
            s = LocalCovered.run(graph, listed, output, day, rules);
        } else {
            throw new IllegalArgumentException("--engine is local or spark, and --master goes with spark only");
        }
        print(spec.commandLine().getOut(), s, day, rules);
        return 0;
    }

    private SparkChild.Result viaSpark(LocalDate day) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "covered",
                "--graph",
                graph.toString(),
                "--listed",
                listed.toString(),
                "--output",
                output.toString(),
                "--date",
                day.toString()));
        if (affiliates != null) {
            args.addAll(List.of("--affiliates", affiliates));
        }
        if (master != null) {
            args.addAll(List.of("--master", master));
        }
        return SparkChild.run(args, spec.commandLine().getErr());
    }

    private void print(PrintWriter out, CoveredSummary s, LocalDate day, List<CoveredRule> rules) {
        out.printf(
                Locale.ROOT,
                "covered set on %s (%s, %s): %,d links, %,d entities in %.1f s (read %.1f s, computed %.1f s)%n",
                day,
                String.join(", ", rules.stream().map(CoveredRule::id).toList()),
                s.engine(),
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
    }
}
