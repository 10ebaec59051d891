package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code licit check --no-store} decides without the store: not one of its classes is loaded (the
 * store's database driver, migrations and pool stay out of a dry run's start), while a stored check
 * goes through the store's order desk.
 */
class DryRunLoadsNoStoreTest {
    static final Path ORDER = Path.of("../examples/orders/h200-to-china-2026.json");

    @TempDir
    Path home;

    private List<String> loadedClasses(String... args) throws Exception {
        Path log = home.resolve("classes-" + args.length + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-Dlicit.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                Licit.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(home.resolve("out.txt"))).isZero();
        assertThat(Files.readString(home.resolve("out.txt"))).contains("SO-2026-0142");
        return Files.readAllLines(log);
    }

    @Test
    void aDryRunLoadsNoStoreClass() throws Exception {
        List<String> dry = loadedClasses("check", "--no-store", ORDER.toString());
        assertThat(dry).anyMatch(l -> l.contains("dev.licit.cli.DryRunDesk"));
        assertThat(dry)
                .noneMatch(l -> l.contains(" dev.licit.store.") || l.contains(" org.h2.") || l.contains(" org.jdbi."));

        List<String> stored = loadedClasses("check", ORDER.toString(), "--format", "json");
        assertThat(stored).anyMatch(l -> l.contains(" dev.licit.store.desk.OrderDesk"));
    }
}
