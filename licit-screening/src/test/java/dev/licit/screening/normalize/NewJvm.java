package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of these tests in a JVM of its own, so that what it checks (which ICU
 * transliterators a process builds) is not already done by other tests of this JVM.
 */
final class NewJvm {
    private NewJvm() {}

    /** The lines the class printed (standard output and error), once it exited 0 within two minutes. */
    static List<String> run(Path dir, Class<?> main, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(out)).isZero();
        return Files.readAllLines(out);
    }
}
