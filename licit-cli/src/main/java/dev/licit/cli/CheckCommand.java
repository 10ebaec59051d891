package dev.licit.cli;

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

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Decide orders: classify every item, screen every party, apply the rules in force, cite every step.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ORDER.json", description = "Order files in the contract's shape.")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class, description = "Apply the rules of this date instead of the order's date.")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--posture", paramLabel = "NAME=VALUE", description = "Enforcement posture, e.g. ai-diffusion=enforced.")
    Map<String, String> posture = Map.of();

    @Option(names = "--no-screen", description = "Do not screen parties against the restricted-party lists.")
    boolean noScreen;

    @Mixin
    RulebookOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!List.of("text", "json").contains(format)) {
            throw new IllegalArgumentException("--format must be text or json, not '" + format + "'");
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
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(f + ": cannot read: " + e.getMessage());
            }
            orders.add(reader.read(f.toString(), text, asOf == null));
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
            if ("json".equals(format)) {
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
}
