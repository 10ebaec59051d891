package dev.licit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.licit.cli.store.StoreJson;
import dev.licit.cli.store.StoreOptions;
import dev.licit.screening.ListStore;
import dev.licit.screening.Thresholds;
import dev.licit.screening.index.ScreenerIndex;
import dev.licit.store.LicitStore;
import dev.licit.store.decision.NewDecision;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.review.ReviewedScreening;
import dev.licit.store.review.ScreenedParty;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Decide orders: classify every item, screen every party, apply the rules in force, cite every step;"
                + " record each decision in the store before printing it.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ORDER.json", description = "Order files in the contract's shape.")
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

    @Override
    public Integer call() {
        if (!List.of("text", "json", "jsonl").contains(format)) {
            throw new IllegalArgumentException("--format must be text, json or jsonl, not '" + format + "'");
        }
        String aiDiffusion = null;
        for (Map.Entry<String, String> e : posture.entrySet()) {
            if (!e.getKey().equals("ai-diffusion") || !List.of("enforced", "not-enforced").contains(e.getValue())) {
                throw new IllegalArgumentException("--posture takes ai-diffusion=enforced or ai-diffusion=not-enforced");
            }
            aiDiffusion = e.getValue();
        }
        Rulebook rulebook = rules.load();
        ChipCatalog catalog = CatalogReader.loadDefault();
        OrderReader reader = new OrderReader(rulebook.countries(), catalog);
        List<Order> orders = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(f + ": cannot read: " + e.getMessage());
            }
            orders.add(reader.read(f.toString(), text, asOf == null));
            texts.add(text);
        }
        if (!noStore) {
            return decideAndRecord(rulebook, orders, texts, aiDiffusion);
        }
        PartyScreening screening = noScreen ? PartyScreening.none() : PartyScreening.open(Home.resolve());
        DecisionEngine engine = new DecisionEngine(rulebook);
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode all = DecisionJson.MAPPER.createArrayNode();
        for (Order order : orders) {
            List<List<ListHit>> hits = new ArrayList<>();
            for (Party p : order.parties()) {
                hits.add(screening.screen(p));
            }
            Decision d = engine.decide(order, hits, asOf, aiDiffusion);
            String decidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            if ("jsonl".equals(format)) {
                out.println(DecisionJson.decision(d, decidedAt, screening.snapshotId()).toString());
                out.flush();
            } else if ("json".equals(format)) {
                ObjectNode node = DecisionJson.decision(d, decidedAt, screening.snapshotId());
                if (orders.size() == 1) {
                    Output.json(out, node);
                } else {
                    all.add(node);
                }
            } else {
                DecisionText.print(out, d, rulebook, screening.snapshotId());
            }
        }
        if ("json".equals(format) && orders.size() > 1) {
            Output.json(out, all);
        }
        out.flush();
        return 0;
    }

    /**
     * Screens with the store's memory of review (cleared false positives stay cleared), decides,
     * hands every decision to the store's group commit at once, then prints each, in order, as soon
     * as it is durable.
     */
    private int decideAndRecord(Rulebook rulebook, List<Order> orders, List<String> texts, String aiDiffusion) {
        PrintWriter out = spec.commandLine().getOut();
        try (LicitStore st = store.open()) {
            ReviewedScreening screening = null;
            if (!noScreen) {
                try {
                    screening = st.screening(ScreenerIndex.current(new ListStore(Home.resolve()), Thresholds.DEFAULT));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the list snapshot under " + Home.resolve(), e);
                }
            }
            DecisionEngine engine = new DecisionEngine(rulebook);
            List<CompletableFuture<StoredDecision>> pending = new ArrayList<>();
            List<Decision> decisions = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                Order order = orders.get(i);
                List<ScreenedParty> parties = screening == null ? List.of() : screening.screen(order.parties());
                List<List<ListHit>> hits = new ArrayList<>();
                for (int p = 0; p < order.parties().size(); p++) {
                    hits.add(parties.isEmpty() ? List.of() : parties.get(p).standing());
                }
                Decision d = engine.decide(order, hits, asOf, aiDiffusion);
                decisions.add(d);
                pending.add(st.decisions().submit(new NewDecision(order, texts.get(i), d,
                        screening == null ? null : screening.snapshotId(), parties, store.actor())));
            }
            ArrayNode all = DecisionJson.MAPPER.createArrayNode();
            for (int i = 0; i < pending.size(); i++) {
                StoredDecision sd = durable(pending.get(i));
                switch (format) {
                    case "jsonl" -> {
                        out.println(StoreJson.line(sd.document()));
                        out.flush();
                    }
                    case "json" -> {
                        if (orders.size() == 1) {
                            out.println(sd.document());
                            out.flush();
                        } else {
                            all.add(DecisionJson.MAPPER.readTree(sd.document()));
                        }
                    }
                    default -> printText(out, decisions.get(i), rulebook, sd);
                }
            }
            if ("json".equals(format) && orders.size() > 1) {
                Output.json(out, all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return 0;
    }

    private static StoredDecision durable(CompletableFuture<StoredDecision> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private static void printText(PrintWriter out, Decision d, Rulebook rulebook, StoredDecision sd) throws IOException {
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
        out.flush();
    }
}
