package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/jar-stale}, which decides whether the launcher builds before it runs: every kind of file
 * that goes into the jar makes it build when newer than the jar (a name table or a migration edited
 * without a Java change used to leave the old jar running), and what does not go into it never does.
 */
class JarStaleTest {
    private static final Path SCRIPT =
            Path.of("../bin/jar-stale").toAbsolutePath().normalize();
    private static final Instant BUILT = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aFileThatGoesIntoTheJarAndIsNewerMakesItStale(@TempDir Path root) throws Exception {
        Path jar = tree(root);
        assertThat(stale(root, jar)).as("every file older than the jar").isFalse();
        for (String file : new String[] {
            "licit-screening/src/main/resources/dev/licit/screening/normalize/legal-forms.txt",
            "licit-store/src/main/resources/dev/licit/store/migration/V9__x.sql",
            "licit-core/src/main/java/dev/licit/core/A.java",
            "licit-server/src/main/resources/ui/app.js",
            "rules/rulebook.yaml",
            "data/catalog.csv",
            "overlays/proposed.yaml",
            "licit-core/pom.xml",
            "pom.xml"
        }) {
            touch(root.resolve(file), BUILT.plusSeconds(60));
            assertThat(stale(root, jar)).as(file).isTrue();
            touch(root.resolve(file), BUILT.minusSeconds(60));
            assertThat(stale(root, jar)).as(file + " older again").isFalse();
        }
    }

    @Test
    void testsDocsExamplesAndBuildOutputDoNotMakeItStale(@TempDir Path root) throws Exception {
        Path jar = tree(root);
        for (String file : new String[] {
            "licit-core/src/test/java/dev/licit/core/ATest.java",
            "licit-screening/src/test/resources/golden/screens.tsv",
            "docs/PERFORMANCE.md",
            "examples/orders/a.json",
            "licit-core/target/classes/dev/licit/core/A.class",
            "licit-data/x.csv"
        }) {
            touch(root.resolve(file), BUILT.plusSeconds(60));
        }
        assertThat(stale(root, jar)).isFalse();
    }

    @Test
    void aMissingJarIsStale(@TempDir Path root) throws Exception {
        Path jar = tree(root);
        Files.delete(jar);
        assertThat(stale(root, jar)).isTrue();
    }

    /** A checkout's shape with the jar built at {@link #BUILT} and every file before it. */
    private static Path tree(Path root) throws Exception {
        touch(root.resolve("pom.xml"), BUILT.minusSeconds(3600));
        touch(root.resolve("licit-core/src/main/java/dev/licit/core/A.java"), BUILT.minusSeconds(3600));
        Path jar = root.resolve("licit-cli/target/licit.jar");
        touch(jar, BUILT);
        return jar;
    }

    private static void touch(Path file, Instant time) throws Exception {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, "x");
        }
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    private static boolean stale(Path root, Path jar) throws Exception {
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), root.toString(), jar.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int code = p.exitValue();
        assertThat(code).as(new String(p.getInputStream().readAllBytes())).isIn(0, 1);
        return code == 0;
    }
}
