package dev.licit.bench;

import dev.licit.core.catalog.CatalogEntry;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.OrderItem;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.Role;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process decision: classify every item, apply the rules, no store, no screening (list hits
 * are inputs). One thread, so the figure is per core. Orders vary in chip, destination, headquarters,
 * date (so several rulebook versions are in play), export origin and size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class DecisionBenchmark {
    private static final String[] DESTINATIONS = {
        "CN", "VN", "DE", "IL", "MO", "HK", "AE", "SA", "BR", "IN", "KP", "NI", "KH", "JP", "RU"
    };
    private static final String[] DATES = {
        "2023-06-01", "2023-12-01", "2024-06-01", "2025-02-01", "2025-11-01", "2026-02-01", "2026-08-01"
    };
    private static final List<String> CERTS = List.of(
            "US_SUPPLY_SUFFICIENT", "NO_FOUNDRY_DIVERSION", "RECIPIENT_SECURITY_PROCEDURES", "US_THIRD_PARTY_TESTING");

    private DecisionEngine engine;
    private Order[] orders;
    private List<List<ListHit>> noHits;
    private int next;

    @Setup
    public void setUp() {
        Rulebook rulebook = RulebookLoader.loadDefault();
        engine = new DecisionEngine(rulebook);
        ChipCatalog catalog = CatalogReader.loadDefault();
        List<CatalogEntry> chips = new ArrayList<>(catalog.entries());
        Random random = new Random(42);
        orders = new Order[4096];
        for (int i = 0; i < orders.length; i++) {
            String dest = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
            String hq = random.nextInt(4) == 0 ? "CN" : dest;
            int lines = 1 + random.nextInt(3);
            List<OrderItem> items = new ArrayList<>();
            for (int l = 0; l < lines; l++) {
                CatalogEntry c = chips.get(random.nextInt(chips.size()));
                items.add(new OrderItem(c.id(), 1 + random.nextInt(16), 10000.0, c.id(), c.spec()));
            }
            orders[i] = new Order(
                    "BENCH-" + i,
                    LocalDate.parse(DATES[random.nextInt(DATES.length)]),
                    random.nextInt(5) == 0 ? "SG" : "US",
                    dest,
                    List.of(new Party(Role.END_USER, "End User " + i, dest, hq, null)),
                    items,
                    random.nextBoolean() ? CERTS : List.of(),
                    null);
        }
        noHits = List.of(List.of());
        // every rulebook version is compiled once, before measuring
        for (Order o : orders) {
            engine.decide(ScreenedOrder.withHits(o, noHits), null, null);
        }
    }

    /**
     * Every order carries a chip never seen before (random datasheet figures), so the per-version
     * classification memo cannot help: the cost of a full classification plus the rules.
     */
    @Benchmark
    public Decision decideOrderWithUnseenChip() {
        Order o = orders[next++ & (orders.length - 1)];
        double fp8 = 50 + (next * 7919L % 5000);
        ChipSpec chip = new ChipSpec(
                "Bench",
                "unseen-" + next,
                (next & 1) == 0,
                Map.of(Precision.FP8, fp8),
                300.0 + (next % 700),
                64.0 + (next % 900),
                500.0 + (next % 7000));
        Order fresh = new Order(
                o.id(),
                o.date(),
                o.exportFrom(),
                o.destination(),
                o.parties(),
                List.of(new OrderItem("unseen", 8, 1000.0, null, chip)),
                o.certifications(),
                null);
        return engine.decide(ScreenedOrder.withHits(fresh, noHits), null, null);
    }

    @Benchmark
    public Decision decideOrder() {
        Order o = orders[next++ & (orders.length - 1)];
        return engine.decide(ScreenedOrder.withHits(o, noHits), null, null);
    }
}
