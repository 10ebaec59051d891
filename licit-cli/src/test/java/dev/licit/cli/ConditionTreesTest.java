package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's memo of checked condition trees ({@code -Dlicit.cache}) changes nothing in a
 * decision: every scenario order is decided in new processes without the memo, with an empty one
 * (which the run fills) and with the filled one, and the three outputs are the same byte for byte.
 * The last run makes its programs from the trees: CEL's compiler is never loaded.
 */
class ConditionTreesTest {
    static final Path SHARED = Path.of(System.getProperty("licit.shared", "../../shared"));

    @TempDir
    Path home;

    private String decide(Path cache, Path classLog, List<String> orders) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dlicit.home=" + home));
        if (cache != null) {
            command.add("-Dlicit.cache=" + cache);
        }
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Licit.class.getName()));
        command.addAll(List.of("check", "--no-store", "--format", "json"));
        command.addAll(orders);
        Path out = Files.createTempFile(home, "out-", ".json");
        Process p = new ProcessBuilder(command)
                .redirectError(home.resolve("err.txt").toFile())
                .redirectOutput(out.toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(home.resolve("err.txt"))).isIn(0, 1);
        return Files.readString(out).replaceAll("\"decidedAt\" ?: ?\"[^\"]+\"", "");
    }

    @Test
    void decisionsAreTheSameWithoutTheMemoWithAnEmptyOneAndWithItsTrees() throws Exception {
        List<String> orders;
        try (Stream<Path> s = Files.list(SHARED.resolve("data/scenarios"))) {
            orders = s.filter(p -> p.getFileName().toString().matches("P\\d+\\.json"))
                    .sorted()
                    .map(Path::toString)
                    .toList();
        }
        assertThat(orders).hasSizeGreaterThan(10);
        Path cache = home.resolve("cache");
        Path classes = home.resolve("classes.log");

        String without = decide(null, null, orders);
        String filling = decide(cache, null, orders);
        try (Stream<Path> trees = Files.list(cache.resolve("cel-checked/trees"))) {
            assertThat(trees.count()).as("one tree per condition evaluated").isGreaterThan(10);
        }
        String fromTrees = decide(cache, classes, orders);

        assertThat(without).contains("\"verdict\"").contains("LICENSE_REQUIRED");
        assertThat(filling).isEqualTo(without);
        assertThat(fromTrees).isEqualTo(without);
        assertThat(Files.readAllLines(classes))
                .as("the programs were made from the trees, without CEL's compiler")
                .anyMatch(l -> l.contains(" dev.cel.runtime."))
                .noneMatch(l -> l.contains(" dev.cel.compiler.CelCompilerImpl "));
    }
}
