package dev.licit.cli.batch;

import dev.licit.batch.io.SummaryLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a licit-spark job in a child JVM, so Spark's 280 MB of jars never enter the licit CLI jar.
 *
 * <p>The child's class path is {@code licit-spark/target/licit-spark.jar} plus {@code licit-spark/target/lib/*},
 * which the build lays out beside the CLI's own jar (override with {@code LICIT_SPARK_DIR}, the directory
 * holding both). The child runs on the same {@code java} as the CLI, with the {@code --add-opens} flags Spark
 * needs ({@code target/spark-jvm.flags}, written by licit-spark's build) and {@code LICIT_SPARK_JAVA_OPTS}.
 * Its standard error (progress, Spark's warnings) streams through to ours as it comes; its standard output
 * carries one {@link SummaryLine}.
 */
final class SparkChild {
    static final String MAIN = "dev.licit.spark.LicitSpark";

    /** The child's exit code and its summary line (null when it printed none). */
    record Result(int exit, String summaryLine) {}

    private SparkChild() {}

    static Result run(List<String> args, PrintWriter err) throws IOException {
        Path dir = sparkDir();
        Path jar = dir.resolve("licit-spark.jar");
        Path lib = dir.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new IllegalStateException("the Spark engine is not built: " + jar + " or " + lib
                    + " is missing (run ./mvnw -DskipTests install at the repository root, or set LICIT_SPARK_DIR)");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(javaCommand());
        cmd.addAll(flags(dir));
        String extra = System.getenv("LICIT_SPARK_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(Arrays.asList(extra.strip().split("\\s+")));
        }
        cmd.add("-cp");
        cmd.add(jar + java.io.File.pathSeparator + lib.resolve("*"));
        cmd.add(MAIN);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        p.getOutputStream().close();
        Thread errPump = new Thread(
                () -> pump(new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8)), err),
                "licit-spark-stderr");
        errPump.setDaemon(true);
        errPump.start();
        String summary = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(SummaryLine.PREFIX)) {
                    summary = line;
                } else {
                    synchronized (err) {
                        err.println(line); // standard output carries results only
                        err.flush();
                    }
                }
            }
        }
        try {
            int exit = p.waitFor();
            errPump.join();
            return new Result(exit, summary);
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the Spark job ran", e);
        }
    }

    private static void pump(BufferedReader in, PrintWriter err) {
        try (in) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            }
        } catch (IOException e) {
            // the child ended
        }
    }

    /** The java that runs this CLI, so the child has the same JDK. */
    static String javaCommand() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static List<String> flags(Path dir) throws IOException {
        List<String> flags = new ArrayList<>();
        Path file = dir.resolve("spark-jvm.flags");
        if (Files.isRegularFile(file)) {
            flags.addAll(Arrays.asList(
                    Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+")));
        }
        if (Runtime.version().feature() >= 24) {
            // Spark and Hadoop still use sun.misc.Unsafe and System.loadLibrary; allowed explicitly, without a warning
            flags.add("--sun-misc-unsafe-memory-access=allow");
            flags.add("--enable-native-access=ALL-UNNAMED");
        }
        return flags;
    }

    /** {@code LICIT_SPARK_DIR}, else {@code licit-spark/target} beside the module this CLI was loaded from. */
    static Path sparkDir() {
        String configured = System.getProperty("licit.spark.dir", System.getenv("LICIT_SPARK_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        try {
            Path here = Path.of(SparkChild.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            // licit-cli/target/licit.jar or licit-cli/target/classes: two levels up is licit-cli
            Path module = here.getParent().getParent();
            return module.resolveSibling("licit-spark").resolve("target");
        } catch (URISyntaxException | NullPointerException e) {
            throw new UncheckedIOException(
                    new IOException("cannot tell where the licit CLI was loaded from; set LICIT_SPARK_DIR", e));
        }
    }
}
