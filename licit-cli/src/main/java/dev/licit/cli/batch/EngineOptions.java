package dev.licit.cli.batch;

import dev.licit.cli.common.FormatChoice;
import dev.licit.cli.common.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the batch commands: which engine, where Spark runs, how many bad rows a run tolerates. */
final class EngineOptions {
    @Option(
            names = "--engine",
            defaultValue = "local",
            paramLabel = "local|spark",
            description =
                    "local: this process, streaming, all cores (default); spark: an Apache Spark job in its own JVM.")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master for --engine spark (default local[*]; e.g. local[2], spark://host:7077, yarn).")
    String master;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads of the local engine (default: one per core).")
    Integer threads;

    @Option(
            names = "--max-refused",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "Rows that may be refused (unreadable, missing name, bad country) before the run fails and writes nothing (default ${DEFAULT-VALUE}).")
    long maxRefused;

    @Option(
            names = "--format",
            defaultValue = "text",
            converter = FormatChoice.TextOrJson.class,
            completionCandidates = FormatChoice.TextOrJson.class,
            description = "The summary's format: " + FormatChoice.DESCRIPTION)
    OutputFormat format;

    @Option(names = "--quiet", description = "No progress lines on standard error.")
    boolean quiet;

    @Option(
            names = "--progress-seconds",
            defaultValue = "5",
            paramLabel = "S",
            description = "Seconds between progress lines (default ${DEFAULT-VALUE}).")
    int progressSeconds;

    boolean spark() {
        return engine.equals("spark");
    }

    /** @throws IllegalArgumentException for a combination that makes no sense */
    void check() {
        if (!List.of("local", "spark").contains(engine)) {
            throw new IllegalArgumentException("--engine must be local or spark, not '" + engine + "'");
        }
        if (master != null && !spark()) {
            throw new IllegalArgumentException("--master applies to --engine spark only");
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new IllegalArgumentException("--threads must be from 1 to 256, not " + threads);
        }
        if (threads != null && spark()) {
            throw new IllegalArgumentException(
                    "--threads applies to --engine local; Spark's parallelism comes from --master (local[N])");
        }
        if (maxRefused < 0) {
            throw new IllegalArgumentException("--max-refused must be 0 or more, not " + maxRefused);
        }
        if (progressSeconds < 1) {
            throw new IllegalArgumentException("--progress-seconds must be at least 1, not " + progressSeconds);
        }
    }

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The child process's options that come from here. */
    List<String> sparkArgs() {
        List<String> args = new ArrayList<>();
        if (master != null) {
            args.add("--master");
            args.add(master);
        }
        args.add("--max-refused");
        args.add(Long.toString(maxRefused));
        args.add("--progress-seconds");
        args.add(Integer.toString(quiet ? 1_000_000 : progressSeconds));
        return args;
    }
}
