package dev.licit.cli.batch;

import dev.licit.batch.io.SummaryLine;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.screen.LocalBatchScreen;
import dev.licit.batch.screen.ScreenSummary;
import dev.licit.cli.common.Home;
import dev.licit.cli.common.OutputFormat;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.Thresholds;
import dev.licit.screening.index.ScreenerIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            "Output: CSV id,name,list,entryId,listedName,score,band,matchedAlias,explanation; one row per hit at POSSIBLE or above."
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

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        engine.check();
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
            summary = LocalBatchScreen.run(input, output, screener, engine.threads(), engine.maxRefused, progress);
        }
        if (engine.format == OutputFormat.JSON) {
            SummaryText.json(out, summary);
        } else {
            SummaryText.screen(out, summary, output.toString());
        }
        return 0;
    }
}
