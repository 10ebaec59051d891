package dev.licit.bench;

import dev.licit.core.ownership.Listing;
import dev.licit.core.ownership.OwnershipCheck;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.OwnershipRule;
import dev.licit.core.ownership.RuleOutcome;
import dev.licit.core.ownership.Standing;
import dev.licit.screening.ownership.OwnershipFormat;
import dev.licit.screening.ownership.OwnershipImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one party's ownership costs inside {@code check}: OwnershipCheck on a party of a large generated
 * graph, its owners' list entries looked up by key as the engine gets them from screening (a map). The
 * graph is made beforehand by {@code licit generate ownership} (the benchmarks depend on the core,
 * screening and the store only), read by the importer {@code licit ownership import} uses. Three kinds of party: one the graph does not know (most parties of most
 * orders), one with owners drawn at random, one that is covered (a listed owner up its chain, so the
 * path is built and put in words). Single-threaded average time per lookup.
 *
 * <pre>
 * ./licit generate ownership --links 2000000 --output /tmp/ownership-2m.csv --seed 1
 * java -jar licit-bench/target/benchmarks.jar OwnershipBenchmark -p graph=/tmp/ownership-2m.csv
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class OwnershipBenchmark {
    private static final LocalDate DAY = LocalDate.parse("2026-12-06");
    private static final List<OwnershipRule> RULES = List.of(
            new OwnershipRule("ofac50", "OFAC 50 % rule", Set.of("SDN"), 50, null),
            new OwnershipRule("affiliates", "BIS Affiliates rule", Set.of("EL", "MEU", "SDN"), 50, "affiliates"));

    /** The graph (plain CSV); its listed entities beside it, as licit generate ownership names them. */
    @Param({"/tmp/ownership-2m.csv"})
    public String graph;

    /**
     * Whether the graph carries its precomputed index (as the store's graph does): true answers a party
     * with no listed owner above it from the index, false walks every party as before it existed.
     */
    @Param({"true", "false"})
    public boolean index;

    private OwnershipGraph ownership;
    private Map<String, List<Listing>> listed;
    private String[] withOwners;
    private String[] covered;
    private final String[] unknown = new String[1024];
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path csv = Path.of(graph);
        String file = csv.getFileName().toString();
        Path roots = csv.resolveSibling(file.substring(0, file.indexOf('.')) + ".listed.csv");
        if (!Files.isRegularFile(csv) || !Files.isRegularFile(roots)) {
            throw new IllegalStateException(csv + " or " + roots + " is missing: make them with ./licit generate"
                    + " ownership --links 2000000 --output " + csv);
        }
        listed = listed(roots);
        List<OwnershipLink> all =
                OwnershipImporter.importPaths(List.of(csv), OwnershipFormat.CSV).links();
        ownership = index ? OwnershipGraph.of(all) : OwnershipGraph.unindexed(all);
        ownership.prepare(DAY); // made when the snapshot is loaded, not inside a lookup
        SplittableRandom rnd = new SplittableRandom(9);
        List<String> owned = new ArrayList<>();
        List<String> coveredParties = new ArrayList<>();
        while (owned.size() < 4096 || (coveredParties.size() < 1024 && owned.size() < 400_000)) {
            String name = all.get(rnd.nextInt(all.size())).owned();
            if (listed.containsKey(OwnershipGraph.key(name))) {
                continue;
            }
            owned.add(name);
            OwnershipResult r = check(name);
            if (r.outcomes().stream().map(RuleOutcome::standing).anyMatch(s -> s == Standing.COVERED)) {
                coveredParties.add(name);
            }
        }
        for (int i = 0; i < unknown.length; i++) {
            unknown[i] = "Penang Edge Compute " + i + " Sdn Bhd";
        }
        withOwners = owned.subList(0, 4096).toArray(String[]::new);
        covered = coveredParties.toArray(String[]::new);
    }

    /** name,list,possible by node key, as the engine gets its owners' hits by key from screening. */
    private static Map<String, List<Listing>> listed(Path roots) throws IOException {
        Map<String, List<Listing>> out = new HashMap<>();
        List<String> lines = Files.readAllLines(roots);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            out.computeIfAbsent(OwnershipGraph.key(f[0]), k -> new ArrayList<>())
                    .add(new Listing(f[1], f[0], null, Boolean.parseBoolean(f[2])));
        }
        return out;
    }

    private List<Listing> listings(String name) {
        return listed.getOrDefault(OwnershipGraph.key(name), List.of());
    }

    /** As the engine asks: by name, or by the key the index holds. */
    private final OwnershipCheck.Listings byKey = new OwnershipCheck.Listings() {
        @Override
        public List<Listing> apply(String name) {
            return listings(name);
        }

        @Override
        public List<Listing> byKey(String key, String name) {
            return listed.getOrDefault(key, List.of());
        }
    };

    private OwnershipResult check(String party) {
        return OwnershipCheck.of(party, "MY", List.of(), ownership, DAY, byKey, RULES);
    }

    @Benchmark
    public OwnershipResult partyUnknownToTheGraph() {
        return check(unknown[next++ & 1023]);
    }

    @Benchmark
    public OwnershipResult partyWithOwners() {
        return check(withOwners[next++ & 4095]);
    }

    @Benchmark
    public OwnershipResult coveredParty() {
        return check(covered[next++ % covered.length]);
    }
}
