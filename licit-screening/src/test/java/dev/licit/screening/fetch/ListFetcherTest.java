package dev.licit.screening.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.licit.screening.ListStore;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.ListImporter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lists fetch} against a real local HTTP server serving the real list files of
 * ../shared/data/lists, with the faults a publisher's server or the network inflict. After every
 * failure the current snapshot is the one before: nothing is half-switched.
 */
class ListFetcherTest {
    static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    @TempDir
    Path home;

    HttpServer server;
    String base;
    /** What each path answers: a status and behaviour set by the test. */
    final Map<String, Handler> routes = new ConcurrentHashMap<>();

    interface Handler {
        void handle(HttpExchange x) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            Handler h = routes.get(x.getRequestURI().getPath());
            try {
                if (h == null) {
                    x.sendResponseHeaders(404, -1);
                } else {
                    h.handle(x);
                }
            } catch (IOException e) {
                // a client that gave up on a stalled body
            } finally {
                x.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static Handler file(String name, String type) {
        return x -> {
            byte[] body = Files.readAllBytes(LISTS.resolve(name));
            String etag = "\"" + ListImporter.sha256(body).substring(0, 16) + "\"";
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            x.getResponseHeaders().add("Content-Type", type);
            x.getResponseHeaders().add("ETag", etag);
            x.sendResponseHeaders(200, body.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        };
    }

    ListSource source(String id, String path, SourceFormat format) {
        return new ListSource(
                id, URI.create(base + path), format, List.of(), null, null, null, null, 50_000_000, true, null);
    }

    ListFetcher.Options fast() {
        return ListFetcher.Options.defaults(Map.of()).withWaits(Duration.ofMillis(800), Duration.ofMillis(50), 3);
    }

    ListFetcher.Report fetch(ListStore lists, ListFetcher.Options o, ListSource... sources) throws Exception {
        return ListFetcher.fetch(lists, List.of(sources), o, Clock.systemUTC());
    }

    @Test
    void goodFilesAreTakenAndAnUnchangedOneIsNotDownloadedAgain() throws Exception {
        routes.put("/csl.csv", file("csl-sample-115.csv", "text/csv"));
        routes.put("/un.xml", file("un-consolidated.xml", "application/xml"));
        ListStore lists = new ListStore(home);
        ListFetcher.Report r = fetch(
                lists,
                fast(),
                source("csl", "/csl.csv", SourceFormat.CSL_CSV),
                source("un", "/un.xml", SourceFormat.UN_XML));
        assertThat(r.outcomes())
                .extracting(FetchOutcome::line)
                .containsExactly("csl updated 115 entries", "un updated 1003 entries");
        assertThat(r.exitCode()).isZero();
        assertThat(r.after()).isNotNull();
        assertThat(lists.currentId()).contains(r.after().id());
        assertThat(r.after().sources()).extracting(s -> s.file()).contains("csl.csv", "un.xml");

        AtomicInteger full = new AtomicInteger();
        Handler counted = file("csl-sample-115.csv", "text/csv");
        routes.put("/csl.csv", x -> {
            if (x.getRequestHeaders().getFirst("If-None-Match") == null) {
                full.incrementAndGet();
            }
            counted.handle(x);
        });
        ListFetcher.Report again = fetch(
                lists,
                fast(),
                source("csl", "/csl.csv", SourceFormat.CSL_CSV),
                source("un", "/un.xml", SourceFormat.UN_XML));
        assertThat(again.outcomes()).extracting(FetchOutcome::line).containsExactly("csl unchanged", "un unchanged");
        assertThat(again.after()).as("nothing to switch").isNull();
        assertThat(full.get()).as("the conditional request got a 304").isZero();
        assertThat(lists.currentId()).contains(r.after().id());
    }

    /** Fetches a good CSL first, then the faulty source; the snapshot must stay the good one. */
    private FetchOutcome afterGoodFetch(Handler fault, SourceFormat format, ListFetcher.Options o) throws Exception {
        routes.put("/csl.csv", file("csl-sample-115.csv", "text/csv"));
        ListStore lists = new ListStore(home);
        ListFetcher.Report first = fetch(lists, o, source("csl", "/csl.csv", SourceFormat.CSL_CSV));
        String good = lists.currentId().orElseThrow();
        assertThat(first.exitCode()).isZero();
        routes.put("/bad", fault);
        ListFetcher.Report r = fetch(lists, o, source("csl", "/bad", format));
        assertThat(r.after()).isNull();
        assertThat(lists.currentId()).as("nothing half-switched").contains(good);
        return r.outcomes().getFirst();
    }

    @Test
    void notFoundAndServerErrorsFail() throws Exception {
        FetchOutcome o = afterGoodFetch(x -> x.sendResponseHeaders(404, -1), SourceFormat.CSL_CSV, fast());
        assertThat(o).isInstanceOf(FetchOutcome.Failed.class);
        assertThat(o.line()).contains("HTTP 404");
        AtomicInteger calls = new AtomicInteger();
        o = afterGoodFetch(
                x -> {
                    calls.incrementAndGet();
                    x.sendResponseHeaders(500, -1);
                },
                SourceFormat.CSL_CSV,
                fast());
        assertThat(o.line()).contains("failed: HTTP 500").contains("after 3 attempts");
        assertThat(calls.get()).as("retried with backoff").isEqualTo(3);
    }

    @Test
    void aServerErrorThatPassesIsRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Handler good = file("csl-sample-12.csv", "text/csv");
        routes.put("/flaky", x -> {
            if (calls.incrementAndGet() == 1) {
                x.sendResponseHeaders(503, -1);
            } else {
                good.handle(x);
            }
        });
        ListFetcher.Report r = fetch(new ListStore(home), fast(), source("csl", "/flaky", SourceFormat.CSL_CSV));
        assertThat(r.outcomes().getFirst().line()).isEqualTo("csl updated 13 entries");
    }

    @Test
    void aStalledBodyFails() throws Exception {
        FetchOutcome o = afterGoodFetch(
                x -> {
                    x.getResponseHeaders().add("Content-Type", "text/csv");
                    x.sendResponseHeaders(200, 100_000);
                    OutputStream out = x.getResponseBody();
                    out.write("_id,source,".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                SourceFormat.CSL_CSV,
                fast().withWaits(Duration.ofMillis(600), Duration.ofMillis(10), 1));
        assertThat(o).isInstanceOf(FetchOutcome.Failed.class);
        assertThat(o.line()).contains("stalled");
    }

    @Test
    void aTruncatedBodyFails() throws Exception {
        byte[] body = Files.readAllBytes(LISTS.resolve("csl-sample-115.csv"));
        FetchOutcome o = afterGoodFetch(
                x -> {
                    x.getResponseHeaders().add("Content-Type", "text/csv");
                    x.sendResponseHeaders(200, body.length);
                    x.getResponseBody().write(body, 0, body.length / 2);
                    x.getResponseBody().flush();
                },
                SourceFormat.CSL_CSV,
                fast().withWaits(Duration.ofMillis(800), Duration.ofMillis(10), 1));
        assertThat(o).isInstanceOf(FetchOutcome.Failed.class);
    }

    @Test
    void aWrongChecksumIsRefused() throws Exception {
        routes.put("/csl.csv", file("csl-sample-115.csv", "text/csv"));
        ListSource s = new ListSource(
                "csl",
                URI.create(base + "/csl.csv"),
                SourceFormat.CSL_CSV,
                List.of(),
                null,
                null,
                "0".repeat(64),
                null,
                50_000_000,
                true,
                null);
        ListStore lists = new ListStore(home);
        ListFetcher.Report r = fetch(lists, fast(), s);
        assertThat(r.outcomes().getFirst().line()).startsWith("csl refused: checksum");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(lists.currentId()).isEmpty();
        routes.put("/csl.csv.sha256", x -> {
            byte[] sum = (ListImporter.sha256(Files.readAllBytes(LISTS.resolve("csl-sample-115.csv"))) + "  csl.csv\n")
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/plain");
            x.sendResponseHeaders(200, sum.length);
            x.getResponseBody().write(sum);
        });
        ListSource published = new ListSource(
                "csl",
                URI.create(base + "/csl.csv"),
                SourceFormat.CSL_CSV,
                List.of(),
                null,
                null,
                null,
                URI.create(base + "/csl.csv.sha256"),
                50_000_000,
                true,
                null);
        assertThat(fetch(lists, fast(), published).outcomes().getFirst().line()).isEqualTo("csl updated 115 entries");
    }

    @Test
    void aListThatShrinksByHalfIsRefusedUnlessAccepted() throws Exception {
        routes.put("/csl.csv", file("csl-sample-115.csv", "text/csv"));
        ListStore lists = new ListStore(home);
        ListSource s = source("csl", "/csl.csv", SourceFormat.CSL_CSV);
        fetch(lists, fast(), s);
        String good = lists.currentId().orElseThrow();
        routes.put("/csl.csv", file("csl-sample-12.csv", "text/csv"));
        ListFetcher.Report r = fetch(lists, fast(), s);
        assertThat(r.outcomes().getFirst().line()).contains("refused: it has 13 entries where the last fetch had 115");
        assertThat(lists.currentId()).contains(good);
        ListFetcher.Report accepted = fetch(lists, fast().withAcceptShrink(true), s);
        assertThat(accepted.outcomes().getFirst().line()).isEqualTo("csl updated 13 entries");
        assertThat(lists.currentId().orElseThrow()).isNotEqualTo(good);
    }

    @Test
    void aRedirectToHttpAnHtmlPageAndTheWrongFormatAreRefused() throws Exception {
        FetchOutcome redirect = afterGoodFetch(
                x -> {
                    x.getResponseHeaders().add("Location", base + "/csl.csv");
                    x.sendResponseHeaders(302, -1);
                },
                SourceFormat.CSL_CSV,
                fast());
        assertThat(redirect.line()).contains("refused: redirected to http://").contains("only to https");
        FetchOutcome html = afterGoodFetch(
                x -> {
                    byte[] b = "<html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8);
                    x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                    x.sendResponseHeaders(200, b.length);
                    x.getResponseBody().write(b);
                },
                SourceFormat.CSL_CSV,
                fast());
        assertThat(html.line()).contains("refused: content type text/html");
        FetchOutcome wrong = afterGoodFetch(file("csl-sample-12.csv", "text/csv"), SourceFormat.UN_XML, fast());
        assertThat(wrong.line()).contains("refused:").contains("un-xml");
    }

    @Test
    void anOfflineMirrorIsReadWithTheSameChecks() throws Exception {
        Path mirror = home.resolve("mirror");
        Files.createDirectories(mirror);
        Files.copy(LISTS.resolve("un-consolidated.xml"), mirror.resolve("consolidated.xml"));
        ListSource un = new ListSource(
                "un",
                URI.create("https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
                SourceFormat.UN_XML,
                List.of(),
                null,
                null,
                null,
                null,
                50_000_000,
                true,
                null);
        ListStore lists = new ListStore(home);
        ListFetcher.Report r = fetch(lists, fast().withFromDir(mirror), un);
        assertThat(r.outcomes().getFirst().line()).isEqualTo("un updated 1003 entries");
        Files.writeString(mirror.resolve("consolidated.xml"), "<html>not a list</html>");
        String good = lists.currentId().orElseThrow();
        ListFetcher.Report bad = fetch(lists, fast().withFromDir(mirror), un);
        assertThat(bad.outcomes().getFirst()).isInstanceOf(FetchOutcome.Refused.class);
        assertThat(lists.currentId()).contains(good);
    }

    @Test
    void aHandImportedCopyOfAFetchedListIsLeftOut() throws Exception {
        ListStore lists = new ListStore(home);
        lists.importFiles(List.of(LISTS.resolve("csl-sample-12.csv"), LISTS.resolve("bis-dpl.txt")), true);
        routes.put("/csl.csv", file("csl-sample-115.csv", "text/csv"));
        ListFetcher.Report r = fetch(lists, fast(), source("csl", "/csl.csv", SourceFormat.CSL_CSV));
        assertThat(r.replacedByHand()).containsExactly("csl-sample-12.csv");
        assertThat(r.after().sources())
                .extracting(s -> s.file())
                .contains("csl.csv", "bis-dpl.txt")
                .doesNotContain("csl-sample-12.csv");
    }

    @Test
    void theSourcesFileIsStrictAndTheShippedOneReads() throws Exception {
        assertThat(ListSources.shipped()).extracting(ListSource::id).contains("csl", "un", "ofac-sdn", "eu-fsf", "uk");
        assertThat(ListSources.shipped().stream().filter(ListSource::enabled).map(ListSource::id))
                .containsExactly("csl", "un");
        assertThatThrownBy(
                        () -> ListSources.parse(
                                "s.yaml",
                                "sources:\n  - id: csl\n    url: https://example.org/a.csv\n    format: csl-csv\n  - id: un\n    url: https://example.org/b.xml\n    formt: un-xml\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("s.yaml:5")
                .hasMessageContaining("unknown field 'formt'");
        assertThatThrownBy(() -> ListSources.parse(
                        "s.yaml", "sources:\n  - id: csl\n    url: ftp://example.org/a.csv\n    format: csl-csv\n"))
                .hasMessageContaining("https, http or file");
        assertThatThrownBy(() -> ListSources.parse(
                        "s.yaml", "sources:\n  - id: csl\n    url: https://example.org/a.csv\n    format: csv\n"))
                .hasMessageContaining("format 'csv' is not one of");
        Optional<ListSource> none =
                ListSources.parse("s.yaml", "sources: []\n").stream().findFirst();
        assertThat(none).isEmpty();
    }
}
