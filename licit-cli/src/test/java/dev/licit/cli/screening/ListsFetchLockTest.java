package dev.licit.cli.screening;

import static dev.licit.cli.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.licit.cli.testing.CliRun;
import dev.licit.cli.testing.TempHome;
import dev.licit.screening.ListStore;
import dev.licit.screening.fetch.FetchLock;
import dev.licit.screening.fetch.ListFetcher;
import dev.licit.server.lists.ListRefresher;
import dev.licit.store.LicitStore;
import dev.licit.store.common.StoreConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code licit lists fetch} takes the fetch lock the server's scheduled fetch takes (issue 17): while
 * another fetcher of the home holds it, the command waits at most {@code --lock-wait}, then gives up
 * with exit 1 and a message saying why, and the current snapshot stays. Two real fetchers each time:
 * another JVM process holding the lock, and two commands (and a server's refresher) racing over a
 * publisher whose first download is held open.
 */
class ListsFetchLockTest extends TempHome {
    private static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    HttpServer server;
    String base;
    /** Opened by the test to let the first download of {@code /held/} finish. */
    final CountDownLatch release = new CountDownLatch(1);
    /** Counted down when a download of {@code /held/} has begun. */
    final CountDownLatch downloading = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            boolean held = path.startsWith("/held/");
            Path f = LISTS.resolve(path.substring(held ? "/held/".length() : 1));
            if (!Files.isRegularFile(f)) {
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            if (held) {
                downloading.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] b = Files.readAllBytes(f);
            x.sendResponseHeaders(200, b.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(b);
            }
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private Path sources(String path) throws Exception {
        Path f = home.resolve("sources-" + System.nanoTime() + ".yaml");
        Files.writeString(f, "sources:\n  - {id: csl, url: " + base + path + ", format: csl-csv}\n");
        return f;
    }

    /** A second JVM holding the home's fetch lock, as a server's scheduled fetch does; closed stdin lets it go. */
    private static Process holder(Path listsDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        FetchLockHolder.class.getName(),
                        listsDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).as("the other process took the lock").isEqualTo("locked");
        return p;
    }

    @Test
    void aFetchWaitsForAnotherProcessHoldingTheLockThenGivesUpOrGoesOn() throws Exception {
        Path file = sources("/csl-sample-115.csv");
        Process other = holder(home.resolve("lists"));
        try {
            long began = System.nanoTime();
            CliRun gaveUp = run("lists", "fetch", "--sources", file.toString(), "--no-store", "--lock-wait", "1s");
            long waitedMs = (System.nanoTime() - began) / 1_000_000;
            assertThat(gaveUp.exit()).as(gaveUp.err()).isEqualTo(1);
            assertThat(gaveUp.out()).isEmpty();
            assertThat(gaveUp.err())
                    .contains("another fetch or import of this home's lists is running")
                    .contains(".refresh.lock")
                    .contains("gave up after waiting 1s")
                    .contains("the current snapshot stays");
            assertThat(waitedMs).as("it waited about the second it was given").isBetween(900L, 30_000L);
            assertThat(Files.exists(home.resolve("lists/current")))
                    .as("nothing switched")
                    .isFalse();

            // a longer wait: the command goes on as soon as the other process lets the lock go
            CompletableFuture<CliRun> waiting = CompletableFuture.supplyAsync(
                    () -> run("lists", "fetch", "--sources", file.toString(), "--no-store", "--lock-wait", "2m"));
            Thread.sleep(1_000);
            assertThat(waiting).as("still waiting while the lock is held").isNotDone();
            other.getOutputStream().close();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            CliRun fetched = waiting.get(60, TimeUnit.SECONDS);
            assertThat(fetched.exit()).as(fetched.err()).isZero();
            assertThat(fetched.out()).isEqualTo("csl updated 115 entries\n");
            assertThat(Files.exists(home.resolve("lists/current"))).isTrue();
        } finally {
            other.destroyForcibly();
        }
        // and the lock is free again once the command is done
        try (FetchLock free = FetchLock.tryAcquire(home.resolve("lists"))) {
            assertThat(free).isNotNull();
        }
    }

    @Test
    void anImportTakesTheSameLockAndLeavesTheSnapshotAloneWhileAnotherProcessHoldsIt() throws Exception {
        Path file = LISTS.resolve("csl-sample-12.csv");
        Process other = holder(home.resolve("lists"));
        try {
            CliRun gaveUp = run("lists", "import", file.toString(), "--no-store", "--lock-wait", "0s");
            assertThat(gaveUp.exit()).as(gaveUp.err()).isEqualTo(1);
            assertThat(gaveUp.err())
                    .contains("licit lists import: another fetch or import of this home's lists is running")
                    .contains("the current snapshot stays");
            assertThat(Files.exists(home.resolve("lists/current"))).isFalse();
        } finally {
            other.getOutputStream().close();
            other.waitFor(30, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
        CliRun imported = run("lists", "import", file.toString(), "--no-store", "--lock-wait", "0s");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(Files.exists(home.resolve("lists/current"))).isTrue();
        assertThat(run("lists", "import", file.toString(), "--no-store", "--lock-wait", "-1s")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void whileACommandFetchesAnotherCommandAndTheServersRefresherKeepOff() throws Exception {
        Path slow = sources("/held/csl-sample-115.csv");
        Path quick = sources("/csl-sample-12.csv");
        CompletableFuture<CliRun> first =
                CompletableFuture.supplyAsync(() -> run("lists", "fetch", "--sources", slow.toString(), "--no-store"));
        assertThat(downloading.await(30, TimeUnit.SECONDS))
                .as("the first fetch is downloading")
                .isTrue();

        CliRun second = run("lists", "fetch", "--sources", quick.toString(), "--no-store", "--lock-wait", "0s");
        assertThat(second.exit()).as(second.err()).isEqualTo(1);
        assertThat(second.err()).contains("another fetch or import of this home's lists is running");

        // a server's scheduled fetch over the same home skips its run instead of switching under the command
        try (LicitStore store = LicitStore.open(StoreConfig.embedded(home))) {
            ListRefresher refresher = new ListRefresher(
                    home,
                    new ListStore(home),
                    store,
                    ListFetcher.Options.defaults(Map.of()),
                    Clock.systemUTC(),
                    () -> {});
            ListRefresher.Run skipped = refresher.runOnce();
            assertThat(skipped).isInstanceOf(ListRefresher.Run.Skipped.class);
        }
        assertThat(Files.exists(home.resolve("lists/current"))).isFalse();

        release.countDown();
        CliRun done = first.get(60, TimeUnit.SECONDS);
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).isEqualTo("csl updated 115 entries\n");
        String snapshot = Files.readString(home.resolve("lists/current")).strip();

        // the second command, run again once the first is done, takes the lock and its own file
        CliRun again = run("lists", "fetch", "--sources", quick.toString(), "--no-store", "--accept-shrink");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("csl updated 13 entries\n");
        assertThat(Files.readString(home.resolve("lists/current")).strip()).isNotEqualTo(snapshot);
    }
}
