package dev.licit.cli.batch;

import dev.licit.batch.io.SummaryLine;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.replay.LocalReplay;
import dev.licit.batch.replay.ReplayPlan;
import dev.licit.batch.replay.ReplaySummary;
import dev.licit.batch.replay.RulebookSource;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code licit replay}: an order history decided under the baseline rulebook and under a candidate (a
 * proposed rulebook directory, or the shipped rules as of another date); every order whose verdict
 * changes goes to the output with the reasons of both sides, and the impact report to standard output.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replay an order history under another rulebook and report the orders whose verdict changes.",
            "Baseline: the shipped rules at each order's date (or --baseline-as-of). Candidate: --rules DIR at each order's"
                    + " date, or the shipped rules --as-of DATE. Parties are not screened: both sides decide with no list hits.",
            "Output: JSON Lines, one line per order whose verdict changes (with --all-changes also review-policy and"
                    + " license-exception changes)."
        })
public final class ReplayCommand implements Callable<Integer> {
    @Option(
            names = "--orders",
            required = true,
            paramLabel = "FILE",
            description = "Orders, JSON Lines (one order per line in the contract's shape; .gz read too).")
    Path orders;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Candidate candidate;

    static final class Candidate {
        @Option(
                names = "--rules",
                paramLabel = "DIR",
                description = "The candidate: a rules directory (a proposed rulebook), applied at each order's date.")
        Path rules;

        @Option(
                names = "--as-of",
                paramLabel = "DATE",
                converter = Dates.class,
                description = "The candidate: the shipped rules as of this date.")
        LocalDate asOf;
    }

    @Option(
            names = "--baseline-as-of",
            paramLabel = "DATE",
            converter = Dates.class,
            description = "Decide the baseline with the shipped rules of this date instead of each order's date.")
    LocalDate baselineAsOf;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "FILE",
            description = "Changed orders, JSON Lines; written only when the run succeeds.")
    Path output;

    @Option(
            names = "--all-changes",
            description = "Also write orders whose verdict stays but whose review policy or license exception moves.")
    boolean allChanges;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        engine.check();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReplaySummary summary;
        if (engine.spark()) {
            List<String> args = new ArrayList<>(List.of(
                    "replay",
                    "--orders",
                    orders.toAbsolutePath().toString(),
                    "--output",
                    output.toAbsolutePath().toString()));
            if (candidate.rules != null) {
                RulebookSource.capture(
                        candidate.rules); // refuse a broken rulebook here, naming its files, before Spark starts
                args.addAll(List.of("--rules", candidate.rules.toAbsolutePath().toString()));
            } else {
                args.addAll(List.of("--as-of", candidate.asOf.toString()));
            }
            if (baselineAsOf != null) {
                args.addAll(List.of("--baseline-as-of", baselineAsOf.toString()));
            }
            if (allChanges) {
                args.add("--all-changes");
            }
            args.addAll(engine.sparkArgs());
            SparkChild.Result r = SparkChild.run(args, err);
            if (r.exit() != 0 || r.summaryLine() == null) {
                return r.exit() == 2 ? 2 : 1;
            }
            summary = SummaryLine.read(r.summaryLine(), ReplaySummary.class);
        } else {
            Progress progress =
                    engine.quiet ? Progress.silent() : new Progress(err, "orders", engine.progressSeconds * 1000L);
            RulebookSource proposed =
                    candidate.rules == null ? RulebookSource.shipped() : RulebookSource.capture(candidate.rules);
            ReplayPlan plan =
                    new ReplayPlan(RulebookSource.shipped(), baselineAsOf, proposed, candidate.asOf, allChanges);
            summary = LocalReplay.run(orders, output, plan, engine.threads(), engine.maxRefused, progress);
        }
        if (engine.format == OutputFormat.JSON) {
            SummaryText.json(out, summary);
        } else {
            SummaryText.replay(out, summary, output.toString());
        }
        return 0;
    }
}
