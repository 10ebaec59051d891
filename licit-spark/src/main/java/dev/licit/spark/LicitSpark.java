package dev.licit.spark;

import dev.licit.batch.io.SummaryLine;
import dev.licit.batch.ownership.CoveredRule;
import dev.licit.batch.ownership.CoveredSummary;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.replay.ReplayPlan;
import dev.licit.batch.replay.RulebookSource;
import dev.licit.core.io.InputException;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.RulebookException;
import dev.licit.screening.ListStore;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the Spark child JVM that {@code licit batch screen} and {@code licit replay} start with
 * {@code --engine spark} (it can also be run by hand or through spark-submit). Options are the CLI's,
 * already checked by it; the summary goes to standard output as one {@link SummaryLine}, progress and
 * errors to standard error. Exit codes as the CLI's: 0 ran, 2 bad input, 1 internal failure.
 *
 * <pre>
 * screen --input FILE --output FILE --home DIR [--ownership FILE --date DATE [--affiliates applies|suspended]]
 *        [--master URL] [--max-refused N]
 * replay --orders FILE --output FILE [--rules DIR | --as-of DATE] [--baseline-as-of DATE] [--all-changes]
 *        [--master URL] [--max-refused N]
 * covered --graph FILE --listed FILE --output FILE --date DATE [--affiliates applies|suspended] [--master URL]
 * </pre>
 */
public final class LicitSpark {
    private static final Set<String> FLAGS = Set.of("--all-changes");

    private LicitSpark() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            if (args.length == 0 || !List.of("screen", "replay", "covered").contains(args[0])) {
                throw new IllegalArgumentException("usage: LicitSpark screen|replay|covered --OPTION VALUE ...");
            }
            Map<String, String> o = options(args);
            if (args[0].equals("covered")) {
                out.println(SummaryLine.of(covered(o)));
                out.flush();
                return 0;
            }
            Progress progress = new Progress(
                    errWriter,
                    args[0].equals("screen") ? "parties" : "orders",
                    Long.parseLong(o.getOrDefault("--progress-seconds", "5")) * 1000);
            long maxRefused = Long.parseLong(o.getOrDefault("--max-refused", "0"));
            Object summary;
            if (args[0].equals("screen")) {
                var snapshot = new ListStore(Path.of(required(o, "--home"))).current();
                SparkBatchScreen.Ownership ownership = ownership(o);
                SparkSession spark = SparkSessions.create(o.get("--master"), "licit batch screen");
                try {
                    summary = SparkBatchScreen.run(
                            spark,
                            Path.of(required(o, "--input")),
                            Path.of(required(o, "--output")),
                            snapshot,
                            ownership,
                            maxRefused,
                            progress);
                } finally {
                    spark.stop();
                }
            } else {
                ReplayPlan plan = plan(o);
                SparkSession spark = SparkSessions.create(o.get("--master"), "licit replay");
                try {
                    summary = SparkReplay.run(
                            spark,
                            Path.of(required(o, "--orders")),
                            Path.of(required(o, "--output")),
                            plan,
                            maxRefused,
                            progress);
                } finally {
                    spark.stop();
                }
            }
            out.println(SummaryLine.of(summary));
            out.flush();
            return 0;
        } catch (InputException | RulebookException | IllegalArgumentException e) {
            errWriter.println("licit: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            errWriter.println("licit: internal failure in the Spark job: " + e);
            if (System.getenv("LICIT_DEBUG") != null) {
                e.printStackTrace(errWriter);
            }
            return 1;
        }
    }

    /** The ownership side of {@code screen}: null without {@code --ownership}. */
    private static SparkBatchScreen.Ownership ownership(Map<String, String> o) {
        String file = o.get("--ownership");
        LocalDate day = date(o, "--date");
        if (file == null) {
            if (day != null || o.containsKey("--affiliates")) {
                throw new IllegalArgumentException("--date and --affiliates go with --ownership");
            }
            return null;
        }
        if (day == null) {
            throw new IllegalArgumentException(
                    "--ownership needs --date: the day its links and the 50 % rules are read on");
        }
        try {
            return new SparkBatchScreen.Ownership(SourceFile.read(Path.of(file)), day, o.get("--affiliates"));
        } catch (ImportException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static CoveredSummary covered(Map<String, String> o) throws IOException {
        LocalDate day = date(o, "--date");
        if (day == null) {
            throw new IllegalArgumentException("--date is required");
        }
        List<CoveredRule> rules =
                CoveredRule.inForce(RulebookLoader.loadDefault().on(day), o.get("--affiliates"));
        SparkSession spark = SparkSessions.create(o.get("--master"), "licit ownership covered");
        try {
            return SparkCovered.run(
                    spark,
                    Path.of(required(o, "--graph")),
                    Path.of(required(o, "--listed")),
                    Path.of(required(o, "--output")),
                    day,
                    rules);
        } finally {
            spark.stop();
        }
    }

    /** The plan from the options, as {@code licit replay} builds it. */
    static ReplayPlan plan(Map<String, String> o) {
        String rules = o.get("--rules");
        LocalDate asOf = date(o, "--as-of");
        RulebookSource candidate = rules == null ? RulebookSource.shipped() : RulebookSource.capture(Path.of(rules));
        return new ReplayPlan(
                RulebookSource.shipped(), date(o, "--baseline-as-of"), candidate, asOf, o.containsKey("--all-changes"));
    }

    private static LocalDate date(Map<String, String> o, String name) {
        String v = o.get(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not a date of the form YYYY-MM-DD");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (FLAGS.contains(args[i])) {
                o.put(args[i], "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                o.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
        }
        return o;
    }

    private static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }
}
