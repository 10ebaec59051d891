package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the caches behind a fast start change in a decision: nothing. Every scenario order is decided
 * with the prepared screening index absent (the screener is built from the snapshot) and present
 * (read from the file), stored and not, and the decisions are the same byte for byte apart from
 * when they were made and their id in the store.
 */
class StartupCachesTest {
    static final Path SHARED = Path.of(System.getProperty("licit.shared", "../../shared"));

    @TempDir
    static Path home;

    @BeforeAll
    static void homeWithLists() {
        System.setProperty("licit.home", home.toString());
        Path lists = SHARED.resolve("data/lists");
        Cli r = Cli.run(
                "lists",
                "import",
                lists.resolve("ofac-sdn.csv").toString(),
                lists.resolve("ofac-alt.csv").toString(),
                lists.resolve("ofac-add.csv").toString(),
                lists.resolve("csl-sample-115.csv").toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    static List<Path> scenarios() throws Exception {
        try (Stream<Path> s = Files.list(SHARED.resolve("data/scenarios"))) {
            return s.filter(p -> p.getFileName().toString().matches("P\\d+\\.json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void importWritesTheSnapshotsIndex() throws Exception {
        try (Stream<Path> s = Files.list(home.resolve("lists/index"))) {
            assertThat(s.map(p -> p.getFileName().toString()).toList())
                    .anyMatch(n -> n.matches("snap-[0-9a-f]{12}\\.idx"));
        }
    }

    @Test
    void decisionsAreTheSameWithAndWithoutThePreparedIndex() throws Exception {
        List<Path> orders = scenarios();
        assertThat(orders).hasSizeGreaterThan(10);
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        orders.forEach(p -> args.add(p.toString()));
        List<String> dry = new ArrayList<>(args);
        dry.add(1, "--no-store");

        deleteIndex();
        String builtDry = run(dry);
        String indexedDry = run(dry);
        assertThat(home.resolve("lists/index")).isNotEmptyDirectory();
        deleteIndex();
        String builtStored = run(args);
        String indexedStored = run(args);

        assertThat(indexedDry).isEqualTo(builtDry);
        assertThat(indexedStored).isEqualTo(builtStored);
        assertThat(builtDry).contains("\"verdict\"").contains("\"band\" : \"MATCH\"");
        assertThat(builtStored).contains("\"authorization\"");
    }

    private static String run(List<String> args) {
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out()
                .replaceAll("\"decidedAt\" ?: ?\"[^\"]+\"", "")
                .replaceAll("\"decisionId\" ?: ?\"[^\"]+\"", "")
                .replaceAll("\"caseId\" ?: ?\\d+", "");
    }

    private static void deleteIndex() throws Exception {
        Path dir = home.resolve("lists/index");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
