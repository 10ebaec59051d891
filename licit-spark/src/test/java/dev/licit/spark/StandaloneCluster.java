package dev.licit.spark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster of this machine: a master and a worker, each its own JVM started from
 * Spark's jars on the test class path ({@code org.apache.spark.deploy.master.Master} and {@code
 * org.apache.spark.deploy.worker.Worker}), bound to 127.0.0.1. The worker starts its executors as Spark
 * does, from a Spark home: here a directory whose {@code jars/} links every jar of the class path,
 * with the module's class directories given as the executors' extra class path.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(120);

    final String masterUrl;
    final String executorClassPath;
    final String executorJavaOptions;
    private final Process master;
    private final Process worker;

    private StandaloneCluster(String masterUrl, String cp, String opts, Process master, Process worker) {
        this.masterUrl = masterUrl;
        this.executorClassPath = cp;
        this.executorJavaOptions = opts;
        this.master = master;
        this.worker = worker;
    }

    static StandaloneCluster start(Path dir) throws IOException, InterruptedException {
        // under target/, not the test's temporary directory: JUnit warns about every link it cleans up there
        Path home = Path.of("target", "standalone-spark-home").toAbsolutePath();
        Path jars = Files.createDirectories(home.resolve("jars"));
        List<String> classDirs = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                classDirs.add(p.toAbsolutePath().toString());
            } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                Path link = jars.resolve(p.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, p.toAbsolutePath());
                }
            }
        }
        // the JVM flags Spark needs on JDK 17+ (the pom's spark.jvm.flags, which this test JVM was started with)
        List<String> flags = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens")
                    || a.startsWith("-Djdk.reflect")
                    || a.startsWith("-Dio.netty")
                    || a.equals("-XX:+IgnoreUnrecognizedVMOptions")) {
                flags.add(a);
            }
        }
        int port = freePort();
        int ui = freePort();
        String url = "spark://127.0.0.1:" + port;
        Process master = java(
                dir.resolve("master.log"),
                home,
                flags,
                List.of(
                        "org.apache.spark.deploy.master.Master",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "" + port,
                        "--webui-port",
                        "" + ui));
        Process worker = null;
        try {
            // the tests' logging keeps Spark's INFO lines quiet: the master's own status page says when it is up
            awaitStatus(master, dir.resolve("master.log"), ui, "\"status\" : \"ALIVE\"");
            worker = java(
                    dir.resolve("worker.log"),
                    home,
                    flags,
                    List.of(
                            "org.apache.spark.deploy.worker.Worker",
                            "--host",
                            "127.0.0.1",
                            "--cores",
                            "2",
                            "--memory",
                            "2g",
                            "--webui-port",
                            "" + freePort(),
                            "--work-dir",
                            Files.createDirectories(dir.resolve("work")).toString(),
                            url));
            awaitStatus(worker, dir.resolve("worker.log"), ui, "\"aliveworkers\" : 1");
        } catch (IOException | RuntimeException | InterruptedException e) {
            master.destroyForcibly();
            if (worker != null) {
                worker.destroyForcibly();
            }
            throw e;
        }
        return new StandaloneCluster(
                url, String.join(File.pathSeparator, classDirs), String.join(" ", flags), master, worker);
    }

    private static Process java(Path log, Path home, List<String> flags, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        cmd.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    /** Waits until the master's JSON status page ({@code /json/}) contains {@code text}. */
    private static void awaitStatus(Process p, Path log, int uiPort, String text)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the process ended: " + Files.readString(log));
            }
            try {
                last = http.send(status, HttpResponse.BodyHandlers.ofString()).body();
                if (last.contains(text)) {
                    return;
                }
            } catch (IOException notYet) {
                // the master is not listening yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("no " + text + " within " + START + ": " + last + " " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : new Process[] {worker, master}) {
            p.destroy();
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt(); // a close must not throw InterruptedException (javac's try lint)
            }
        }
    }
}
