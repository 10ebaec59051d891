package dev.licit.cli.batch;

import dev.licit.batch.io.SummaryLine;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.screen.LocalBatchScreen;
import dev.licit.batch.screen.OwnershipScreen;
import dev.licit.batch.screen.ScreenSummary;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.Home;
import dev.licit.cli.common.OutputFormat;
import dev.licit.core.decide.AffiliatesPosture;
import dev.licit.core.io.InputException;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.Thresholds;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.index.ScreenerIndex;
import java.io.IOException;
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
import picocli.CommandLine.Spec;

/**
 * {@code licit batch screen}: every party of a CSV or Parquet file against the current list snapshot,
 * hits at POSSIBLE or above to a CSV file, a summary on standard output.
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screen every party of a file against the current list snapshot of LICIT_HOME.",
            "Input: CSV with a header holding id,name,country (address optional), or Parquet with those columns.",
            "Output: CSV id,name,list,entryId,listedName,score,band,matchedAlias,explanation; one row per hit at POSSIBLE or above.",
            "With --ownership: each party's owners up the graph are screened too; a party covered, unresolved or doubtful",
            "under a 50 %% rule gets a row (band COVERED, UNRESOLVED or DOUBTFUL, entryId ownership:RULE) and the file an",
            "ownership column with the path in words."
        })
final class BatchScreenCommand implements Callable<Integer> {
    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "Parties: CSV (optionally .gz) or Parquet.")
    Path input;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "FILE",
            description = "Hits CSV; written only when the run succeeds.")
    Path output;

    @Option(
            names = "--ownership",
            paramLabel = "FILE",
            description = "Ownership links (the plain CSV owner,owned,percent,startDate,endDate,source): screen each"
                    + " party's owners and write the ownership path (both engines, the same rows).")
    Path ownership;

    @Option(
            names = "--date",
            converter = Dates.class,
            paramLabel = "DATE",
            description = "With --ownership: the day the links and the 50 %% rules are read on (required with it).")
    LocalDate date;

    @Option(
            names = "--affiliates",
            paramLabel = "applies|suspended",
            description = "With --ownership: the posture on the Affiliates rule after 2026-11-09 (default: the"
                    + " rulebook's, applies [I]).")
    String affiliates;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        engine.check();
        if (ownership == null && (date != null || affiliates != null)) {
            throw new IllegalArgumentException("--date and --affiliates go with --ownership");
        }
        if (ownership != null && date == null) {
            throw new IllegalArgumentException(
                    "--ownership needs --date: the day its links and the 50 % rules are read on");
        }
        if (affiliates != null && AffiliatesPosture.parse(affiliates).isEmpty()) {
            throw new IllegalArgumentException("--affiliates takes applies or suspended, not '" + affiliates + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScreenSummary summary;
        if (engine.spark()) {
            List<String> args = new ArrayList<>(List.of(
                    "screen",
                    "--input",
                    input.toAbsolutePath().toString(),
                    "--output",
                    output.toAbsolutePath().toString(),
                    "--home",
                    Home.resolve().toString()));
            if (ownership != null) {
                // the child reads the graph as this process would and sends its bytes to every executor
                args.addAll(List.of("--ownership", ownership.toAbsolutePath().toString(), "--date", date.toString()));
                if (affiliates != null) {
                    args.addAll(List.of("--affiliates", affiliates));
                }
            }
            args.addAll(engine.sparkArgs());
            SparkChild.Result r = SparkChild.run(args, err);
            if (r.exit() != 0 || r.summaryLine() == null) {
                return r.exit() == 2 ? 2 : 1;
            }
            summary = SummaryLine.read(r.summaryLine(), ScreenSummary.class);
        } else {
            Progress progress =
                    engine.quiet ? Progress.silent() : new Progress(err, "parties", engine.progressSeconds * 1000L);
            Screener screener = ScreenerIndex.current(new ListStore(Home.resolve()), Thresholds.DEFAULT);
            OwnershipScreen owners = ownership == null ? null : ownershipScreen(screener);
            summary = LocalBatchScreen.run(
                    input, output, screener, owners, engine.threads(), engine.maxRefused, progress);
        }
        if (engine.format == OutputFormat.JSON) {
            SummaryText.json(out, summary);
        } else {
            SummaryText.screen(out, summary, output.toString());
        }
        return 0;
    }

    private OwnershipScreen ownershipScreen(Screener screener) {
        SourceFile graph;
        try {
            graph = SourceFile.read(ownership);
        } catch (ImportException e) {
            throw new InputException(e.getMessage());
        }
        return OwnershipScreen.of(screener, graph, date, affiliates);
    }
}
