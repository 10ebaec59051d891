package dev.licit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.Home;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Party;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.io.InputException;
import dev.licit.core.io.OrderReader;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.RulebookException;
import dev.licit.cli.store.StoreJson;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.time.Today;
import dev.licit.screening.Screener;
import dev.licit.store.Actor;
import dev.licit.store.LicitStore;
import dev.licit.store.decision.NewDecision;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.review.ReviewedScreening;
import dev.licit.store.review.ScreenedParty;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Decide orders: classify every item, screen every party, apply the rules in force, cite every step;"
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

    @Parameters(arity = "1..*", paramLabel = "ORDER.json",
            description = "Order files in the contract's shape, or - alone to read orders as JSON Lines (one order per line) from standard input.")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class, description = "Apply the rules of this date instead of the order's date.")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text, json, or jsonl (one decision per line, streamed) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--posture", paramLabel = "NAME=VALUE", description = "Enforcement posture, e.g. ai-diffusion=enforced.")
    Map<String, String> posture = Map.of();

    @Option(names = "--no-screen", description = "Do not screen parties against the restricted-party lists.")
    boolean noScreen;

    @Option(names = "--no-store", description = "A dry run: decide without recording (no decisionId, no cases, no license lookup).")
    boolean noStore;

    @Mixin
    RulebookOptions rules;

    @Mixin
    StoreOptions store;

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

    /** What deciding one input came to. */
    private sealed interface Outcome {
    }

    /** A line of a stream that cannot be decided; the message names the line. */
    private record Refused(String message) implements Outcome {
    }

    /** @param screened the store's screening of each party (empty when not screened through the store) */
    private record Decided(OrderInput input, Order order, Decision decision, List<ScreenedParty> screened,
                           String decidedAt) implements Outcome {
    }

    /** An outcome ready to print: with its stored decision when it was recorded. */
    private record Done(Outcome outcome, StoredDecision stored) {
    }

    @Override
    public Integer call() {
        Progress progress = new Progress(spec.commandLine().getErr(), System::nanoTime);
        if (!List.of("text", "json", "jsonl").contains(format)) {
            throw new IllegalArgumentException("--format must be text, json or jsonl, not '" + format + "'");
        }
        boolean stream = files.stream().anyMatch(f -> f.toString().equals(OrderLines.STDIN));
        if (stream && files.size() > 1) {
            throw new IllegalArgumentException("'-' reads orders from standard input and must be the only order argument;"
                    + " check the files in a separate run (or use ./- for a file named '-')");
        }
        String aiDiffusion = null;
        for (Map.Entry<String, String> e : posture.entrySet()) {
            if (!e.getKey().equals("ai-diffusion") || !List.of("enforced", "not-enforced").contains(e.getValue())) {
                throw new IllegalArgumentException("--posture takes ai-diffusion=enforced or ai-diffusion=not-enforced");
            }
            aiDiffusion = e.getValue();
        }
        // the list index and the store (opened, migrated, its journal replayed) are more than half of
        // the start: both get ready on their own threads while this one loads the rules and the orders
        Executor beside = r -> Thread.ofPlatform().name("licit-check-start").daemon(true).start(r);
        CompletableFuture<Screener> screener = noScreen ? null
                : CompletableFuture.supplyAsync(() -> PartyScreening.screener(Home.resolve()), beside);
        CompletableFuture<LicitStore> opened = noStore ? null : CompletableFuture.supplyAsync(store::open, beside);
        try {
            return decideAll(stream, aiDiffusion, screener, opened, progress);
        } finally {
            if (screener != null) {
                // a run refused early (a bad file) must not leave it writing the list snapshot into the home
                screener.exceptionally(e -> null).join();
            }
        }
    }

    private int decideAll(boolean stream, String aiDiffusion, CompletableFuture<Screener> screener,
                          CompletableFuture<LicitStore> opened, Progress progress) {
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
                    opened.thenAccept(LicitStore::close).join();
                } catch (CompletionException closing) {
                    e.addSuppressed(closing.getCause());
                }
            }
            throw e;
        }
        // a stream's count is not known ahead: with --format json it is always an array
        boolean oneObject = !stream && files.size() == 1;
        Run run = new Run(rulebook, reader, aiDiffusion, oneObject, progress);
        if (noStore) {
            run.screening = noScreen ? PartyScreening.none() : PartyScreening.of(loaded(screener));
            run.all(inputs);
        } else {
            try (LicitStore st = loaded(opened)) {
                run.db = st;
                run.actor = store.actor();
                if (noScreen) {
                    run.screening = PartyScreening.none();
                } else {
                    run.reviewed = st.screening(loaded(screener));
                }
                run.all(inputs);
            }
        }
        return run.refused > 0 ? 2 : 0;
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
    private final class Run {
        private final Rulebook rulebook;
        private final OrderReader reader;
        private final String aiDiffusion;
        private final boolean oneObject;
        private final Progress progress;
        private final PrintWriter out = spec.commandLine().getOut();
        private final PrintWriter err = spec.commandLine().getErr();
        private final DecisionEngine engine;
        /** Where decisions are recorded, and by whom; null for a dry run. */
        LicitStore db;
        Actor actor;
        /** Screening through the store (cleared false positives stay cleared), or null. */
        ReviewedScreening reviewed;
        /** Plain screening (dry run, or none), used when {@link #reviewed} is null. */
        PartyScreening screening;
        long decided;
        long refused;
        /** The open JSON array of {@code --format json} with more than one order, or null. */
        private JsonGenerator array;

        Run(Rulebook rulebook, OrderReader reader, String aiDiffusion, boolean oneObject, Progress progress) {
            this.rulebook = rulebook;
            this.reader = reader;
            this.aiDiffusion = aiDiffusion;
            this.oneObject = oneObject;
            this.progress = progress;
            this.engine = new DecisionEngine(rulebook);
        }

        void all(Iterator<OrderInput> inputs) {
            progress.deciding();
            try {
                if ("json".equals(format) && !oneObject) {
                    array = DecisionJson.MAPPER.createGenerator(out);
                    // the generator must not close standard output when it is done
                    array.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    array.writeStartArray();
                }
                new InOrder<OrderInput, Outcome, Done>(this::decide, this::record, this::print, out::flush,
                        Runtime.getRuntime().availableProcessors(), DECIDE_AHEAD, IN_FLIGHT).run(inputs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                // also when a file stops the run: what was printed stays valid JSON
                closeArray();
                progress.finish(decided, refused);
            }
        }

        /** On a worker thread: read (a stream's line), screen and decide one order. */
        private Outcome decide(OrderInput in) {
            Order order = in.order();
            try {
                if (order == null) {
                    order = reader.readLine(in.source(), in.line(), in.text(), asOf == null);
                }
                List<ScreenedParty> screened = reviewed == null ? List.of() : reviewed.screen(order.parties());
                List<List<ListHit>> hits = new ArrayList<>();
                for (int p = 0; p < order.parties().size(); p++) {
                    Party party = order.parties().get(p);
                    hits.add(reviewed == null ? screening.screen(party) : screened.get(p).standing());
                }
                Decision d = engine.decide(order, hits, asOf, aiDiffusion);
                return new Decided(in, order, d, screened, Today.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
            } catch (InputException | RulebookException | IllegalArgumentException e) {
                if (!in.fromStream()) {
                    throw e; // a file: stop the run with the message a single file always gave
                }
                // the reader's messages name the line already; the engine's (e.g. a date before the rules) do not
                return new Refused(order == null ? e.getMessage() : in.source() + ":" + in.line() + ": " + e.getMessage());
            }
        }

        /** On the caller's thread, in input order: hand the decision to the store's group commit. */
        private CompletableFuture<Done> record(Outcome o) {
            if (db == null || !(o instanceof Decided d)) {
                return CompletableFuture.completedFuture(new Done(o, null));
            }
            String snapshot = reviewed == null ? null : reviewed.snapshotId();
            return db.decisions().submit(new NewDecision(d.order(), d.input().text(), d.decision(), snapshot,
                    d.screened(), actor)).thenApply(sd -> new Done(o, sd));
        }

        /** On the caller's thread, in input order, once the decision is durable. */
        private void print(Done done) {
            if (done.outcome() instanceof Refused r) {
                refused++;
                err.println("licit: " + r.message());
                err.flush();
            } else {
                Decided d = (Decided) done.outcome();
                try {
                    if (db == null) {
                        printDryRun(d);
                    } else {
                        printRecorded(d.decision(), done.stored());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                decided++;
            }
            progress.update(decided);
        }

        private void printRecorded(Decision d, StoredDecision sd) throws IOException {
            switch (format) {
                case "jsonl" -> {
                    StoreJson.writeLine(out, sd.document());
                    out.println();
                }
                case "json" -> {
                    if (array == null) {
                        out.println(sd.document());
                    } else {
                        DecisionJson.MAPPER.writeTree(array, DecisionJson.MAPPER.readTree(sd.document()));
                    }
                }
                default -> printText(d, sd);
            }
        }

        private void printDryRun(Decided d) throws IOException {
            String snapshot = reviewed == null ? screening.snapshotId() : reviewed.snapshotId();
            switch (format) {
                case "jsonl" -> out.println(DecisionJson.decision(d.decision(), d.decidedAt(), snapshot).toString());
                case "json" -> {
                    ObjectNode node = DecisionJson.decision(d.decision(), d.decidedAt(), snapshot);
                    if (array == null) {
                        Output.json(out, node);
                    } else {
                        DecisionJson.MAPPER.writeTree(array, node);
                    }
                }
                default -> DecisionText.print(out, d.decision(), rulebook, snapshot);
            }
        }

        private void printText(Decision d, StoredDecision sd) throws IOException {
            StringWriter text = new StringWriter();
            PrintWriter w = new PrintWriter(text);
            DecisionText.print(w, d, rulebook, sd.listSnapshot());
            w.flush();
            out.print(text.toString().stripTrailing());
            out.println();
            JsonNode auth = DecisionJson.MAPPER.readTree(sd.document()).path("authorization");
            out.println("Authorization: " + auth.path("status").asText() + (auth.path("shippable").asBoolean()
                    ? " (may ship)" : " (may not ship)") + ": " + auth.path("detail").asText());
            out.println("Recorded as " + sd.id() + (sd.caseId() == null ? "" : "; case " + sd.caseId() + " opened for review"));
            out.println();
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
