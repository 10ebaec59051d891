package dev.licit.screening.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.licit.screening.ListStore;
import dev.licit.screening.list.SnapshotInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The age of each list (issue 17 points 4 and 5), from real fetches over a local HTTP server serving
 * the real files of ../shared/data/lists, and a real store: the publisher's date, the last time a list
 * was confirmed current, and the limit on both sides by one second.
 */
class ListAgesTest {
    static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path home;

    HttpServer server;
    String base;
    /** The Last-Modified the server sends for the CSL, or null for none. */
    final AtomicReference<String> lastModified = new AtomicReference<>();

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        volatile Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/csl.csv", x -> {
            try (x) {
                byte[] body = Files.readAllBytes(LISTS.resolve("csl-sample-115.csv"));
                if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    x.sendResponseHeaders(304, -1);
                    return;
                }
                x.getResponseHeaders().add("Content-Type", "text/csv");
                x.getResponseHeaders().add("ETag", "\"v1\"");
                if (lastModified.get() != null) {
                    x.getResponseHeaders().add("Last-Modified", lastModified.get());
                }
                x.sendResponseHeaders(200, body.length);
                try (OutputStream o = x.getResponseBody()) {
                    o.write(body);
                }
            }
        });
        server.createContext("/gone.csv", x -> {
            try (x) {
                x.sendResponseHeaders(404, -1);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    ListSource csl(String path) {
        return new ListSource(
                "csl",
                URI.create(base + path),
                SourceFormat.CSL_CSV,
                List.of(),
                null,
                null,
                null,
                null,
                50_000_000,
                true,
                null);
    }

    ListFetcher.Report fetch(ListStore lists, String path) throws Exception {
        ListFetcher.Options fast =
                ListFetcher.Options.defaults(Map.of()).withWaits(Duration.ofMillis(800), Duration.ofMillis(20), 1);
        return ListFetcher.fetch(lists, List.of(csl(path)), fast, clock);
    }

    ListAges.Report agesAt(ListStore lists, Instant at) throws IOException {
        SnapshotInfo info = lists.current().info();
        return ListAges.of(info, FetchState.load(lists.directory()), at, WEEK);
    }

    static ListAges.ListAge of(ListAges.Report r, String file) {
        return r.lists().stream().filter(a -> a.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void aFetchedListIsStaleOneSecondAfterTheLimitAndNotOneSecondBefore() throws Exception {
        ListStore lists = new ListStore(home, clock);
        assertThat(fetch(lists, "/csl.csv").exitCode()).isZero();

        ListAges.Report younger = agesAt(lists, T0.plus(WEEK).minusSeconds(1));
        assertThat(of(younger, "csl.csv").stale()).isFalse();
        assertThat(of(younger, "csl.csv").sourceId()).isEqualTo("csl");
        assertThat(younger.warning()).isEmpty();

        ListAges.Report atTheLimit = agesAt(lists, T0.plus(WEEK));
        assertThat(of(atTheLimit, "csl.csv").stale())
                .as("exactly the limit is not older")
                .isFalse();

        ListAges.Report older = agesAt(lists, T0.plus(WEEK).plusSeconds(1));
        assertThat(of(older, "csl.csv").stale()).isTrue();
        assertThat(of(older, "csl.csv").age()).isEqualTo(WEEK.plusSeconds(1));
        assertThat(older.warning())
                .hasValueSatisfying(w -> assertThat(w)
                        .contains("csl.csv (last confirmed 2026-12-01, 7 days)")
                        .contains("older than the 7-day limit")
                        .contains("licit lists fetch"));
        // the curated list beside it is dated but never held against the limit
        ListAges.ListAge curated = of(older, ListStore.CURATED_NAME);
        assertThat(curated.curated()).isTrue();
        assertThat(curated.stale()).isFalse();
        assertThat(curated.publishedAt()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(older.builtInOnly()).isFalse();
    }

    @Test
    void aCheckThatFindsTheListUnchangedConfirmsItCurrent() throws Exception {
        ListStore lists = new ListStore(home, clock);
        fetch(lists, "/csl.csv");
        clock.now = T0.plus(Duration.ofDays(6));
        ListFetcher.Report again = fetch(lists, "/csl.csv");
        assertThat(again.outcomes()).extracting(FetchOutcome::line).containsExactly("csl unchanged");

        ListAges.Report r = agesAt(lists, T0.plus(Duration.ofDays(13)).minusSeconds(1));
        assertThat(of(r, "csl.csv").confirmedAt()).isEqualTo(T0.plus(Duration.ofDays(6)));
        assertThat(of(r, "csl.csv").publishedAt())
                .as("still the file of the first fetch")
                .isEqualTo(T0);
        assertThat(of(r, "csl.csv").stale()).isFalse();
        assertThat(of(agesAt(lists, T0.plus(Duration.ofDays(13)).plusSeconds(1)), "csl.csv")
                        .stale())
                .isTrue();
    }

    @Test
    void aFailedFetchKeepsTheListsAgeAndNamesTheError() throws Exception {
        ListStore lists = new ListStore(home, clock);
        fetch(lists, "/csl.csv");
        clock.now = T0.plus(Duration.ofDays(2));
        ListFetcher.Report failed = fetch(lists, "/gone.csv");
        assertThat(failed.exitCode()).isEqualTo(1);

        ListAges.ListAge csl = of(agesAt(lists, T0.plus(Duration.ofDays(3))), "csl.csv");
        assertThat(csl.confirmedAt()).as("a failure confirms nothing").isEqualTo(T0);
        assertThat(csl.lastError()).contains("HTTP 404");
        assertThat(csl.lastErrorAt()).isEqualTo(T0.plus(Duration.ofDays(2)));

        // a success after the failure clears it
        clock.now = T0.plus(Duration.ofDays(4));
        fetch(lists, "/csl.csv");
        assertThat(of(agesAt(lists, clock.now), "csl.csv").lastError()).isNull();
    }

    @Test
    void thePublishersLastModifiedIsTheListsDateAndOneInTheFutureIsNot() throws Exception {
        lastModified.set("Mon, 30 Nov 2026 17:45:00 GMT");
        ListStore lists = new ListStore(home, clock);
        fetch(lists, "/csl.csv");
        SnapshotInfo.Source csl = lists.current().info().sources().stream()
                .filter(s -> s.file().equals("csl.csv"))
                .findFirst()
                .orElseThrow();
        assertThat(csl.publishedAt()).isEqualTo(Instant.parse("2026-11-30T17:45:00Z"));
        assertThat(ListFetcher.publishedAt("Fri, 01 Jan 2027 00:00:00 GMT", clock))
                .as("a file cannot have changed after now")
                .isEqualTo(T0);
        assertThat(ListFetcher.publishedAt("yesterday", clock)).isEqualTo(T0);
    }

    @Test
    void aHomeWithOnlyTheBuiltInListSaysSo() throws Exception {
        ListAges.Report r = agesAt(new ListStore(home, clock), T0);
        assertThat(r.builtInOnly()).isTrue();
        assertThat(r.stale()).isEmpty();
        assertThat(r.warning())
                .hasValueSatisfying(w -> assertThat(w)
                        .contains("only the built-in curated list (compiled 2026-11-29)")
                        .contains("licit lists fetch"));
    }

    @Test
    void aListImportedByHandIsDatedByItsImport() throws Exception {
        ListStore lists = new ListStore(home, clock);
        lists.importFiles(List.of(LISTS.resolve("csl-sample-12.csv")), false);
        ListAges.ListAge a = of(agesAt(lists, T0.plus(WEEK).plusSeconds(1)), "csl-sample-12.csv");
        assertThat(a.sourceId()).isNull();
        assertThat(a.publishedAt()).isEqualTo(T0);
        assertThat(a.stale()).isTrue();
        assertThat(of(agesAt(lists, T0.plus(WEEK).minusSeconds(1)), "csl-sample-12.csv")
                        .stale())
                .isFalse();
    }

    @Test
    void companionFilesBelongToTheirSource() {
        assertThat(ListAges.fileOf("ofac-sdn", "ofac-sdn.csv")).isTrue();
        assertThat(ListAges.fileOf("ofac-sdn", "ofac-sdn-2.csv")).isTrue();
        assertThat(ListAges.fileOf("csl", "csl-json.json"))
                .as("another source's file")
                .isFalse();
        assertThat(ListAges.fileOf("csl", "csl.csv")).isTrue();
    }

    @Test
    void limitsReadAsAPersonWritesThem() {
        assertThat(ListAges.describe(Duration.ofDays(7))).isEqualTo("7-day");
        assertThat(ListAges.describe(Duration.ofHours(36))).isEqualTo("36-hour");
        assertThat(ListAges.describe(Duration.ofMinutes(90))).isEqualTo("90-minute");
        assertThat(ListAges.describe(Duration.ofSeconds(61))).isEqualTo("61-second");
    }
}
