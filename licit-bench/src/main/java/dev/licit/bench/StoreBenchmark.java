package dev.licit.bench;

import dev.licit.core.catalog.CatalogEntry;
import dev.licit.core.catalog.ChipCatalog;
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
import dev.licit.store.LicitStore;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.decision.NewDecision;
import dev.licit.store.decision.StoredDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable decisions per second with the embedded store (H2 file under a temporary LICIT_HOME), as a
 * server sees them: many request threads, each recording a decision and waiting until it is
 * committed and fsynced ({@code DecisionService.record} returns only then). Group commit lets
 * concurrent decisions share a commit and an fsync. Each operation builds the decision document
 * (contract JSON, authorization with a license lookup for LICENSE_REQUIRED orders), writes the
 * decision, its parties, its audit event and, for HOLD and LICENSE_REQUIRED, its case.
 *
 * <p>The orders are decided once in setup (the engine's own cost is DecisionBenchmark's).
 *
 * <pre>java -jar licit-bench/target/benchmarks.jar StoreBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(32)
public class StoreBenchmark {
    private static final String[] DESTINATIONS = {"CN", "VN", "DE", "IL", "AE", "SA", "BR", "IN", "JP", "SG"};
    private static final String[] DATES = {"2023-12-01", "2024-06-01", "2025-02-01", "2026-02-01"};

    /** Connections in the pool (the writer holds one; license lookups and reads take the others). */
    @Param({"8"})
    public int poolSize;

    private Path home;
    private LicitStore store;
    private NewDecision[] decisions;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        home = Files.createTempDirectory("licit-store-bench-");
        store = LicitStore.open(StoreConfig.embedded(home).withPoolSize(poolSize));
        DecisionEngine engine = new DecisionEngine(RulebookLoader.loadDefault());
        ChipCatalog catalog = CatalogReader.loadDefault();
        List<CatalogEntry> chips = new ArrayList<>(catalog.entries());
        Random random = new Random(7);
        decisions = new NewDecision[2048];
        Actor actor = Actor.of("bench");
        for (int i = 0; i < decisions.length; i++) {
            String dest = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
            String date = DATES[random.nextInt(DATES.length)];
            CatalogEntry c = chips.get(random.nextInt(chips.size()));
            int quantity = 1 + random.nextInt(16);
            Order order = new Order(
                    "BENCH-" + i,
                    LocalDate.parse(date),
                    "US",
                    dest,
                    List.of(new Party(Role.END_USER, "End User " + i, dest, dest, null)),
                    List.of(new OrderItem(c.id(), quantity, 20000.0, c.id(), c.spec())),
                    List.of(),
                    null);
            String json = "{\"id\": \"BENCH-" + i + "\", \"date\": \"" + date
                    + "\", \"exportFrom\": \"US\", \"destination\": \""
                    + dest + "\", \"parties\": [{\"role\": \"END_USER\", \"name\": \"End User " + i
                    + "\", \"country\": \""
                    + dest + "\"}], \"items\": [{\"catalogId\": \"" + c.id() + "\", \"quantity\": " + quantity
                    + ", \"unitValueUsd\": 20000}]}";
            Decision d = engine.decide(ScreenedOrder.withHits(order, List.of(List.<ListHit>of())), null, null);
            decisions[i] = new NewDecision(order, json, d, null, List.of(), actor);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (var walk = Files.walk(home)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One decision recorded and durable. */
    @Benchmark
    public StoredDecision recordDurably() {
        return store.decisions().record(decisions[Math.floorMod(next.getAndIncrement(), decisions.length)]);
    }
}
