package dev.licit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.Durations;
import dev.licit.cli.common.FormatChoice;
import dev.licit.cli.common.Home;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.store.StoreChoice;
import dev.licit.cli.store.StoreJson;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.decide.AffiliatesPosture;
import dev.licit.core.decide.AiDiffusionPosture;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.io.InputException;
import dev.licit.core.io.OrderReader;
import dev.licit.core.json.Json;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.RulebookException;
import dev.licit.screening.Screener;
import dev.licit.screening.fetch.ListAges;
import dev.licit.screening.fetch.ListAgesJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code licit check}: decides orders and, unless {@code --no-store}, records each decision in the
 * store and prints it only once it is durably committed (with its {@code decisionId} and
 * {@code authorization}: whether a license or NAC notification on file lets it ship).
 *
 * <p>Orders come from files, or with {@code -} as JSON Lines from standard input. Either way they
 * stream through {@link InOrder}: decided on a worker per core, handed to the store's group commit
 * in input order (so decision ids and the audit trail follow the input), printed in input order as
 * each becomes durable, with a bounded number in flight. Files are all read and checked before the
 * first is decided, as a single file always was: a bad file stops the run before anything is
 * recorded. A bad line of a stream is refused on standard error with its line number and the other
 * lines are still decided; the exit code is then 2.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Decide orders: classify every item, screen every party, apply the rules in force, cite every step;"
                        + " record each decision in the store before printing it.")
final class CheckCommand implements Callable<Integer> {
    /**
     * Orders handed to the store and not yet printed. The group commit takes up to 256 at a time, so
     * this keeps it fed with whole groups; more only keeps more decisions alive through each young
     * collection (measured over 20,000 orders: 2,048 in flight gave 10 to 20% more pause time than
     * 256 or 512, and no more throughput).
     */
    static final int IN_FLIGHT = 1_024;
    /** Inputs read ahead of the store (being decided, or decided and waiting for their turn). */
    static final int DECIDE_AHEAD = 256;

    @Parameters(
            arity = "1..*",
            paramLabel = "ORDER.json",
            description =
                    "Order files in the contract's shape, or - alone to read orders as JSON Lines (one order per line) from standard input.")
    List<Path> files;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = Dates.class,
            description = "Apply the rules of this date instead of the order's date.")
    LocalDate asOf;

    @Option(
            names = "--format",
            defaultValue = "text",
            converter = FormatChoice.TextJsonOrJsonl.class,
            completionCandidates = FormatChoice.TextJsonOrJsonl.class,
            description = FormatChoice.DESCRIPTION + " jsonl: one decision per line, streamed.")
    OutputFormat format;

    @Option(
            names = "--posture",
            paramLabel = "NAME=VALUE",
            description = "Posture, repeatable: ai-diffusion=enforced|not-enforced,"
                    + " affiliates=applies|suspended (the Affiliates rule from 2026-11-10).")
    Map<String, String> posture = Map.of();

    @Option(names = "--no-screen", description = "Do not screen parties against the restricted-party lists.")
    boolean noScreen;

    @Option(
            names = "--list-max-age",
            paramLabel = "AGE",
            converter = Durations.class,
            defaultValue = "7d",
            description = "A list not confirmed current for longer than AGE (90s, 30m, 6h, 7d) is stale: the check"
                    + " warns on standard error and every stored decision made with it carries the warning"
                    + " (default: ${DEFAULT-VALUE}, as licit serve).")
    Duration listMaxAge;

    @Option(
            names = "--no-store",
            description = "A dry run: decide without recording (no decisionId, no cases, no license lookup).")
    boolean noStore;

    @Mixin
    RulebookOptions rules;

    /** Options only: a dry run must not load the store's classes. */
    @Mixin
    StoreChoice store;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final Clock clock;

    /**
     * @param stdin where {@code -} reads orders from (tests give their own)
     * @param clock what stamps {@code decidedAt}
     */
    CheckCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    /** What deciding one input came to: a value, or a line of a stream refused (its message names the line). */
    private sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {}

        record Refused<T>(String message) implements Outcome<T> {}
    }

    @Override
    public Integer call() {
        Progress progress = new Progress(spec.commandLine().getErr(), System::nanoTime);
        if (!listMaxAge.isPositive()) {
            throw new IllegalArgumentException("--list-max-age must be positive");
        }
        boolean stream = files.stream().anyMatch(f -> f.toString().equals(OrderLines.STDIN));
        if (stream && files.size() > 1) {
            throw new IllegalArgumentException(
                    "'-' reads orders from standard input and must be the only order argument;"
                            + " check the files in a separate run (or use ./- for a file named '-')");
        }
        AiDiffusionPosture aiDiffusion = null;
        AffiliatesPosture affiliates = null;
        for (Map.Entry<String, String> e : posture.entrySet()) {
            if (e.getKey().equals("ai-diffusion")
                    && AiDiffusionPosture.parse(e.getValue()).isPresent()) {
                aiDiffusion = AiDiffusionPosture.parse(e.getValue()).orElseThrow();
            } else if (e.getKey().equals("affiliates")
                    && AffiliatesPosture.parse(e.getValue()).isPresent()) {
                affiliates = AffiliatesPosture.parse(e.getValue()).orElseThrow();
            } else {
                throw new IllegalArgumentException("--posture takes ai-diffusion=enforced, ai-diffusion=not-enforced,"
                        + " affiliates=applies or affiliates=suspended; got " + e.getKey() + "=" + e.getValue());
            }
        }
        Postures postures = new Postures(aiDiffusion, affiliates);
        // the list index and the store (opened, migrated, its journal replayed) are more than half of
        // the start: both get ready on their own threads while this one loads the rules and the orders
        Executor beside =
                r -> Thread.ofPlatform().name("licit-check-start").daemon(true).start(r);
        CompletableFuture<Screener> screener =
                noScreen ? null : CompletableFuture.supplyAsync(() -> PartyScreening.screener(Home.resolve()), beside);
        CompletableFuture<AutoCloseable> opened =
                noStore ? null : CompletableFuture.supplyAsync(() -> StoreRun.open(store, clock), beside);
        try {
            return decideAll(stream, postures, screener, opened, progress);
        } finally {
            if (screener != null) {
                // a run refused early (a bad file) must not leave it writing the list snapshot into the home
                screener.exceptionally(e -> null).join();
            }
        }
    }

    private int decideAll(
            boolean stream,
            Postures postures,
            CompletableFuture<Screener> screener,
            CompletableFuture<AutoCloseable> opened,
            Progress progress) {
        Rulebook rulebook;
        OrderReader reader;
        Iterator<OrderInput> inputs;
        try {
            rulebook = rules.load();
            ChipCatalog catalog = CatalogReader.loadDefault();
            reader = new OrderReader(rulebook.countries(), catalog);
            inputs = stream ? new OrderLines(stdin) : readFiles(reader).iterator();
        } catch (RuntimeException e) {
            if (opened != null) {
                // refused before the store was used: close it (once open) rather than leave it to the JVM's exit
                try {
                    opened.thenAccept(CheckCommand::closeQuietly).join();
                } catch (CompletionException closing) {
                    e.addSuppressed(closing.getCause());
                }
            }
            throw e;
        }
        // a stream's count is not known ahead: with --format json it is always an array
        boolean oneObject = !stream && files.size() == 1;
        DecisionEngine engine = new DecisionEngine(rulebook);
        ListAges.Report ages = null;
        if (!noScreen) {
            // said once, before the decisions: standard output carries only results
            ages = StoreRun.ages(
                    Home.resolve(), clock, loaded(screener).snapshot().info(), listMaxAge);
            ages.warning().ifPresent(w -> {
                PrintWriter err = spec.commandLine().getErr();
                err.println("licit: warning: " + w);
                err.flush();
            });
        }
        if (noStore) {
            PartyScreening screening = noScreen ? null : PartyScreening.of(loaded(screener));
            return new Run<>(
                            rulebook,
                            reader,
                            postures,
                            oneObject,
                            progress,
                            new DryRunDesk(engine, screening, clock, ages))
                    .all(inputs);
        }
        // the only place the check touches the store: a dry run never loads it
        return StoreRun.run(
                loaded(opened),
                engine,
                noScreen ? null : loaded(screener),
                Home.resolve(),
                store,
                clock,
                listMaxAge,
                desk -> new Run<>(rulebook, reader, postures, oneObject, progress, desk).all(inputs));
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** What a start-up thread made, or its failure as it was thrown there. */
    private static <T> T loaded(CompletableFuture<T> made) {
        try {
            return made.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** Every file read and checked before any is decided: one bad file refuses the run (exit 2), as ever. */
    private List<OrderInput> readFiles(OrderReader reader) {
        List<OrderInput> inputs = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(f + ": cannot read: " + e.getMessage());
            }
            inputs.add(new OrderInput(f.toString(), 0, text, reader.read(f.toString(), text, asOf == null)));
        }
        return inputs;
    }

    /** One run of the command: decides (in parallel), records and prints (in order) every input. */
    private final class Run<D> {
        private final Rulebook rulebook;
        private final OrderReader reader;
        private final Postures postures;
        private final boolean oneObject;
        private final Progress progress;
        private final CheckDesk<D> desk;
        private final PrintWriter out = spec.commandLine().getOut();
        private final PrintWriter err = spec.commandLine().getErr();
        long decided;
        long refused;
        /** The open JSON array of {@code --format json} with more than one order, or null. */
        private JsonGenerator array;

        Run(
                Rulebook rulebook,
                OrderReader reader,
                Postures postures,
                boolean oneObject,
                Progress progress,
                CheckDesk<D> desk) {
            this.rulebook = rulebook;
            this.reader = reader;
            this.postures = postures;
            this.oneObject = oneObject;
            this.progress = progress;
            this.desk = desk;
        }

        /** Decides every input; the exit code (2 when a line of a stream was refused). */
        int all(Iterator<OrderInput> inputs) {
            progress.deciding();
            try {
                if (format == OutputFormat.JSON && !oneObject) {
                    array = Json.PRETTY.createGenerator(out);
                    // the generator must not close standard output when it is done
                    array.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    array.writeStartArray();
                }
                new InOrder<OrderInput, Outcome<D>, Outcome<CheckDesk.Checked>>(
                                this::take,
                                this::record,
                                this::print,
                                out::flush,
                                Runtime.getRuntime().availableProcessors(),
                                DECIDE_AHEAD,
                                IN_FLIGHT)
                        .run(inputs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                // also when a file stops the run: what was printed stays valid JSON
                closeArray();
                progress.finish(decided, refused);
            }
            return refused > 0 ? 2 : 0;
        }

        /** On the reader thread, in input order: the desk's decider for this input (a stored decision's stamp). */
        private java.util.function.Supplier<Outcome<D>> take(OrderInput in) {
            CheckDesk.Decider<D> decider = desk.next();
            return () -> decide(in, decider);
        }

        /** On a worker thread: read (a stream's line), screen and decide one order. */
        private Outcome<D> decide(OrderInput in, CheckDesk.Decider<D> decider) {
            Order order = in.order();
            try {
                if (order == null) {
                    order = reader.readLine(in.source(), in.line(), in.text(), asOf == null);
                }
                return new Outcome.Done<>(decider.decide(order, in.text(), asOf, postures));
            } catch (InputException | RulebookException | IllegalArgumentException e) {
                if (!in.fromStream()) {
                    throw e; // a file: stop the run with the message a single file always gave
                }
                // the reader's messages name the line already; the engine's (e.g. a date before the rules) do not
                return new Outcome.Refused<>(
                        order == null ? e.getMessage() : in.source() + ":" + in.line() + ": " + e.getMessage());
            }
        }

        /** On the caller's thread, in input order: record the decision (the store's group commit, or nothing). */
        private CompletableFuture<Outcome<CheckDesk.Checked>> record(Outcome<D> o) {
            return switch (o) {
                case Outcome.Refused<D> r -> CompletableFuture.completedFuture(new Outcome.Refused<>(r.message()));
                case Outcome.Done<D> d -> desk.record(d.value()).thenApply(Outcome.Done::new);
            };
        }

        /** On the caller's thread, in input order, once the decision is final (durable when stored). */
        private void print(Outcome<CheckDesk.Checked> o) {
            switch (o) {
                case Outcome.Refused<CheckDesk.Checked> r -> {
                    refused++;
                    err.println("licit: " + r.message());
                    err.flush();
                }
                case Outcome.Done<CheckDesk.Checked> d -> {
                    try {
                        switch (d.value()) {
                            case CheckDesk.DryRun dry -> printDryRun(dry);
                            case CheckDesk.Recorded rec -> printRecorded(rec);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    decided++;
                }
            }
            progress.update(decided);
        }

        private void printRecorded(CheckDesk.Recorded r) throws IOException {
            switch (format) {
                case JSONL -> {
                    StoreJson.writeLine(out, r.document());
                    out.println();
                }
                case JSON -> {
                    String shown = Json.indentStored(r.document());
                    if (array == null) {
                        out.println(shown);
                    } else {
                        array.writeRawValue(shown);
                    }
                }
                default -> {
                    StringWriter text = new StringWriter();
                    PrintWriter w = new PrintWriter(text);
                    DecisionText.print(w, r.decision(), rulebook, r.listSnapshot());
                    w.flush();
                    out.print(text.toString().stripTrailing());
                    out.println();
                    out.println("Authorization: " + r.authorization()
                            + (r.shippable() ? " (may ship)" : " (may not ship)") + ": " + r.authorizationDetail());
                    out.println("Recorded as " + r.id()
                            + (r.caseId() == null ? "" : "; case " + r.caseId() + " opened for review"));
                    out.println();
                }
            }
        }

        private void printDryRun(CheckDesk.DryRun d) throws IOException {
            switch (format) {
                case JSONL -> out.println(dryRunJson(d).toString());
                case JSON -> {
                    ObjectNode node = dryRunJson(d);
                    if (array == null) {
                        JsonOutput.print(out, node);
                    } else {
                        Json.PRETTY.writeTree(array, node);
                    }
                }
                default -> DecisionText.print(out, d.decision(), rulebook, d.listSnapshot());
            }
        }

        /** A dry run's decision as JSON, with each list's date where a stored decision has it. */
        private static ObjectNode dryRunJson(CheckDesk.DryRun d) {
            ObjectNode node = DecisionJson.decision(d.decision(), d.decidedAt(), d.listSnapshot());
            if (d.lists() != null) {
                node.set("lists", ListAgesJson.forDecision(d.lists(), node.objectNode()));
            }
            return node;
        }

        private void closeArray() {
            if (array == null) {
                return;
            }
            try {
                array.writeEndArray();
                array.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            array = null;
            out.println();
            out.flush();
        }
    }
}
