package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.licit.core.json.Json;
import dev.licit.screening.fetch.ListFetcher;
import dev.licit.server.lists.ListRefresher;
import dev.licit.store.audit.AuditEntry;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.keys.KeyRole;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code licit serve --refresh-lists} (issue 17 points 4 and 5) with real parts only: a local HTTP
 * server publishing the real list files of ../shared/data/lists (and faults), the home's
 * {@code lists/sources.yaml} pointing at it, a real server over a real store. The server fetches at
 * start, switches without a restart, keeps the last good snapshot when a fetch fails, and every
 * decision names its lists' dates, with a warning once one is older than the limit.
 */
class ListRefreshTest {
    static final ObjectMapper JSON = Json.COMPACT;
    static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    @TempDir
    Path home;

    HttpServer publisher;
    /** What the publisher sends for /csl.csv: a file of ../shared/data/lists, or a fault. */
    final AtomicReference<Publication> csl = new AtomicReference<>();

    /** One behaviour of the publisher's server. */
    sealed interface Publication {
        record File(String name) implements Publication {}

        record Status(int code) implements Publication {}

        /** The file cut in the middle of a row, as a dropped connection leaves it. */
        record Truncated(String name) implements Publication {}
    }

    /** The store's and server's one clock, moved by the test. */
    static final class TestClock extends Clock {
        volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

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
    void publish() throws IOException {
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publisher.createContext("/csl.csv", this::serve);
        publisher.setExecutor(Executors.newFixedThreadPool(2));
        publisher.start();
        Files.createDirectories(home.resolve("lists"));
        Files.writeString(
                home.resolve("lists/sources.yaml"),
                "sources:\n  - id: csl\n    url: http://127.0.0.1:"
                        + publisher.getAddress().getPort() + "/csl.csv\n    format: csl-csv\n");
    }

    @AfterEach
    void stopPublisher() {
        publisher.stop(0);
    }

    private void serve(HttpExchange x) throws IOException {
        try (x) {
            switch (csl.get()) {
                case Publication.Status s -> x.sendResponseHeaders(s.code(), -1);
                case Publication.File f -> send(x, Files.readAllBytes(LISTS.resolve(f.name())));
                case Publication.Truncated t -> {
                    byte[] whole = Files.readAllBytes(LISTS.resolve(t.name()));
                    send(x, java.util.Arrays.copyOf(whole, whole.length / 2 + 7));
                }
            }
        }
    }

    private static void send(HttpExchange x, byte[] body) throws IOException {
        String etag = "\"" + sha(body) + "\"";
        if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            x.sendResponseHeaders(304, -1);
            return;
        }
        x.getResponseHeaders().add("Content-Type", "text/csv");
        x.getResponseHeaders().add("ETag", etag);
        x.sendResponseHeaders(200, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }

    private static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    TestServer start(boolean acceptShrink) {
        ListFetcher.Options fast = ListFetcher.Options.defaults(Map.of())
                .withWaits(Duration.ofMillis(800), Duration.ofMillis(20), 2)
                .withAcceptShrink(acceptShrink);
        ListUpkeep upkeep =
                ListUpkeep.defaults().withRefreshEvery(Duration.ofHours(6)).withFetch(fast);
        return new TestServer(home, StoreConfig.embedded(home).withClock(clock), ServerLimits.defaults(), upkeep);
    }

    /** The fetch the server starts with runs on its own thread: wait for it (bounded). */
    static ListRefresher.Run firstRun(TestServer server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (server.server.refresher().last() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        ListRefresher.Run run = server.server.refresher().last();
        assertThat(run).as("the server fetched at start").isNotNull();
        return run;
    }

    JsonNode health(TestServer server) throws Exception {
        HttpResponse<String> r = server.send("GET", "/health", null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static JsonNode source(JsonNode lists, String file) {
        for (JsonNode s : lists.get("sources")) {
            if (s.get("file").asText().equals(file)) {
                return s;
            }
        }
        throw new AssertionError("no " + file + " in " + lists);
    }

    /** A decision for today by the server's clock (a requester may not date it otherwise). */
    JsonNode decide(TestServer server) throws Exception {
        String order = Files.readString(Path.of(System.getProperty("licit.shared", "../../shared"))
                        .resolve("data/scenarios/P06.json"))
                .replaceAll(
                        "\"date\": \"[0-9-]+\"",
                        "\"date\": \"" + LocalDate.ofInstant(clock.now, ZoneOffset.UTC) + "\"");
        HttpResponse<String> r = server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REQUESTER));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    static List<String> lines(ListRefresher.Run run) {
        assertThat(run).isInstanceOf(ListRefresher.Run.Fetched.class);
        return ((ListRefresher.Run.Fetched) run)
                .outcomes().stream().map(o -> o.line()).toList();
    }

    @Test
    void theServerFetchesSwitchesWithoutARestartAndKeepsTheLastGoodSnapshotWhenAFetchFails() throws Exception {
        csl.set(new Publication.File("csl-sample-12.csv"));
        try (TestServer server = start(false)) {
            assertThat(lines(firstRun(server))).containsExactly("csl updated 13 entries");
            JsonNode lists = health(server).get("lists");
            String first = lists.get("snapshot").asText();
            assertThat(lists.get("refresh").asText()).isEqualTo("on");
            assertThat(lists.get("builtInOnly").asBoolean()).isFalse();
            assertThat(source(lists, "csl.csv").get("source").asText()).isEqualTo("csl");
            assertThat(source(lists, "csl.csv").get("stale").asBoolean()).isFalse();
            assertThat(lists.at("/lastRefresh/sources/0").asText()).isEqualTo("csl updated 13 entries");

            JsonNode decision = decide(server);
            assertThat(decision.get("listSnapshot").asText()).isEqualTo(first);
            assertThat(decision.at("/lists/snapshot").asText()).isEqualTo(first);
            assertThat(source(decision.get("lists"), "csl.csv")
                            .get("publishedAt")
                            .asText())
                    .isEqualTo(clock.now.toString());
            assertThat(decision.at("/lists/stale").asBoolean()).isFalse();
            assertThat(decision.get("lists").has("warning")).isFalse();

            // the publisher has a new file: the next run switches, the server answers from it at once
            csl.set(new Publication.File("csl-sample-115.csv"));
            ListRefresher.Run grown = server.server.refresher().runOnce();
            assertThat(lines(grown)).containsExactly("csl updated 115 entries");
            String second = ((ListRefresher.Run.Fetched) grown).switchedTo();
            assertThat(second).isNotEqualTo(first);
            assertThat(health(server).at("/lists/snapshot").asText()).isEqualTo(second);
            HttpResponse<String> screened =
                    server.send("GET", "/v1/screen?name=Huawei", null, server.keys.get(KeyRole.REQUESTER));
            assertThat(JSON.readTree(screened.body()).get("listSnapshot").asText())
                    .isEqualTo(second);

            // a failing publisher: the snapshot stays, /health names the error, the audit trail records it
            csl.set(new Publication.Status(500));
            assertThat(lines(server.server.refresher().runOnce()))
                    .singleElement()
                    .asString()
                    .startsWith("csl failed: ")
                    .contains("HTTP 500");
            lists = health(server).get("lists");
            assertThat(lists.get("snapshot").asText())
                    .as("the last good snapshot")
                    .isEqualTo(second);
            assertThat(source(lists, "csl.csv").get("lastError").asText()).contains("HTTP 500");
            csl.set(new Publication.Truncated("csl-sample-115.csv"));
            assertThat(lines(server.server.refresher().runOnce()))
                    .singleElement()
                    .asString()
                    .startsWith("csl refused: ");
            assertThat(health(server).at("/lists/snapshot").asText()).isEqualTo(second);
            List<String> kinds = server.server.store().audit().about("lists:source:csl").stream()
                    .map(AuditEntry::kind)
                    .toList();
            assertThat(kinds).containsExactly("list.fetch.failed", "list.fetch.refused");
            assertThat(server.server.store().audit().about("lists:" + second))
                    .extracting(AuditEntry::kind)
                    .contains("list.import");

            HttpResponse<String> metrics = server.send("GET", "/metrics", null, server.keys.get(KeyRole.ADMIN));
            assertThat(metrics.body())
                    .contains("licit_lists_age_seconds{list=\"csl.csv\"}")
                    .contains("licit_lists_confirmed_timestamp_seconds{list=\"csl.csv\"}")
                    .contains("licit_lists_fetch_failing{list=\"csl.csv\"} 1.0")
                    .contains("licit_lists_stale{list=\"csl.csv\"} 0.0");
        }
    }

    @Test
    void aDecisionOnAListOlderThanTheLimitCarriesAWarningAndOneSecondYoungerDoesNot() throws Exception {
        csl.set(new Publication.File("csl-sample-12.csv"));
        Instant fetchedAt = clock.now;
        try (TestServer server = start(false)) {
            firstRun(server);
            csl.set(new Publication.Status(503)); // the publisher is down from now on: nothing confirms the list

            clock.now = fetchedAt.plus(Duration.ofDays(7)).minusSeconds(1);
            JsonNode younger = decide(server);
            assertThat(younger.at("/lists/stale").asBoolean()).isFalse();
            assertThat(younger.get("lists").has("warning")).isFalse();
            assertThat(health(server).at("/lists/stale").asBoolean()).isFalse();

            clock.now = fetchedAt.plus(Duration.ofDays(7)).plusSeconds(1);
            JsonNode older = decide(server);
            assertThat(older.at("/lists/stale").asBoolean()).isTrue();
            assertThat(source(older.get("lists"), "csl.csv").get("confirmedAt").asText())
                    .isEqualTo(fetchedAt.toString());
            assertThat(source(older.get("lists"), "csl.csv").get("stale").asBoolean())
                    .isTrue();
            assertThat(older.at("/lists/warning").asText())
                    .contains("csl.csv")
                    .contains("older than the 7-day limit")
                    .contains("licit lists fetch");
            JsonNode stale = health(server);
            assertThat(stale.get("status").asText())
                    .as("a stale list warns; it does not take the server out of service")
                    .isEqualTo("UP");
            assertThat(stale.at("/lists/stale").asBoolean()).isTrue();
            assertThat(stale.at("/lists/warning").asText()).contains("older than the 7-day limit");
            assertThat(server.send("GET", "/metrics", null, server.keys.get(KeyRole.ADMIN))
                            .body())
                    .contains("licit_lists_stale{list=\"csl.csv\"} 1.0");

            // the decision as stored says the same when read back
            HttpResponse<String> again = server.send(
                    "GET", "/v1/decisions/" + older.get("decisionId").asText(), null, server.keys.get(KeyRole.ADMIN));
            assertThat(JSON.readTree(again.body()).at("/lists/warning").asText())
                    .contains("older than the 7-day limit");
        }
    }

    @Test
    void requestsInFlightNeverFailWhileTheSnapshotSwitches() throws Exception {
        csl.set(new Publication.File("csl-sample-12.csv"));
        try (TestServer server = start(true)) {
            String first = ((ListRefresher.Run.Fetched) firstRun(server)).switchedTo();
            Set<String> snapshots = ConcurrentHashMap.newKeySet();
            snapshots.add(first);
            AtomicBoolean switching = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(3);
            List<Future<List<String>>> seen = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                seen.add(clients.submit(() -> {
                    List<String> answers = new ArrayList<>();
                    // bounded: at most 300 requests a client, and only while the switches go on
                    for (int i = 0; i < 300 && switching.get(); i++) {
                        HttpResponse<String> r = server.send(
                                "GET",
                                "/v1/screen?name=Rosneft%20Trade%20Limited",
                                null,
                                server.keys.get(KeyRole.REQUESTER));
                        answers.add(r.statusCode() + " "
                                + JSON.readTree(r.body()).path("listSnapshot").asText());
                    }
                    return answers;
                }));
            }
            try {
                for (int i = 0; i < 6; i++) {
                    csl.set(new Publication.File(i % 2 == 0 ? "csl-sample-115.csv" : "csl-sample-12.csv"));
                    ListRefresher.Run run = server.server.refresher().runOnce();
                    assertThat(lines(run)).singleElement().asString().contains(" updated ");
                    snapshots.add(((ListRefresher.Run.Fetched) run).switchedTo());
                }
            } finally {
                switching.set(false);
                clients.shutdown();
            }
            List<String> answers = new ArrayList<>();
            for (Future<List<String>> f : seen) {
                answers.addAll(f.get());
            }
            assertThat(snapshots).hasSize(2); // the two files, each switched to three times
            assertThat(answers).isNotEmpty();
            for (String a : answers) {
                assertThat(a).startsWith("200 ");
                assertThat(snapshots).contains(a.substring(4));
            }
        }
    }

    @Test
    void oneProcessAtATimeFetchesForAHome() throws Exception {
        csl.set(new Publication.File("csl-sample-12.csv"));
        try (TestServer server = start(false)) {
            firstRun(server);
            // another server over this home holds the lock (a channel of this JVM stands in for its process)
            try (FileChannel other = FileChannel.open(
                            home.resolve("lists/.refresh.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock held = other.lock()) {
                assertThat(held.isValid()).isTrue();
                assertThat(server.server.refresher().runOnce()).isInstanceOf(ListRefresher.Run.Skipped.class);
            }
            assertThat(server.server.refresher().runOnce()).isInstanceOf(ListRefresher.Run.Fetched.class);
        }
    }

    @Test
    void aServerWithOnlyTheBuiltInListSaysSoEverywhere() throws Exception {
        try (TestServer server = new TestServer(home)) {
            JsonNode lists = health(server).get("lists");
            assertThat(lists.get("refresh").asText()).isEqualTo("off");
            assertThat(lists.get("builtInOnly").asBoolean()).isTrue();
            assertThat(lists.get("warning").asText()).contains("only the built-in curated list");
            assertThat(source(lists, "advanced-computing.csv")
                            .get("publishedAt")
                            .asText())
                    .isEqualTo("2026-11-29T00:00:00Z");
            JsonNode decision = decide(server);
            assertThat(decision.at("/lists/builtInOnly").asBoolean()).isTrue();
            assertThat(decision.at("/lists/warning").asText()).contains("licit lists fetch");
        }
    }

    @Test
    void screeningGroupsTheEntityListsAffiliateRowsUnderTheirParent() throws Exception {
        try (TestServer server = new TestServer(home)) {
            HttpResponse<String> r = server.send(
                    "GET",
                    "/v1/screen?name=Huawei%20Technologies%20Co.,%20Ltd.&country=CN",
                    null,
                    server.keys.get(KeyRole.REQUESTER));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode doc = JSON.readTree(r.body());
            JsonNode huawei = null;
            for (JsonNode g : doc.get("groups")) {
                if (g.get("parent").asText().equals("Huawei Technologies Co., Ltd. (Huawei)")) {
                    huawei = g;
                }
            }
            assertThat(huawei).as(r.body()).isNotNull();
            assertThat(huawei.get("parentEntryId").asText()).isNotBlank();
            assertThat(huawei.get("affiliateEntryIds").size()).isEqualTo(2);
            int affiliates = 0;
            for (JsonNode m : doc.get("matches")) {
                if (m.has("affiliateOf")) {
                    assertThat(m.get("affiliateOf").asText()).isEqualTo("Huawei Technologies Co., Ltd. (Huawei)");
                    assertThat(m.get("sources").get(0).asText()).isEqualTo("advanced-computing.csv");
                    affiliates++;
                }
            }
            assertThat(affiliates).as("each affiliate stays a hit of its own").isEqualTo(2);
        }
    }

    @Test
    void aDecisionGroupsTheEntityListsAffiliateRowsUnderTheirParent() throws Exception {
        try (TestServer server = new TestServer(home)) {
            String order = "{\"id\": \"AFF-1\", \"date\": \"" + LocalDate.now(ZoneOffset.UTC)
                    + "\", \"exportFrom\": \"US\", \"destination\": \"CN\", \"parties\": [{\"role\": \"END_USER\","
                    + " \"name\": \"Huawei Technologies Co., Ltd.\", \"country\": \"CN\"}], \"items\": [{\"sku\":"
                    + " \"H100\", \"quantity\": 8, \"unitValueUsd\": 25000, \"catalogId\": \"nvidia-h100-sxm5-80gb\"}]}";
            HttpResponse<String> r = server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REQUESTER));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            JsonNode party = JSON.readTree(r.body()).at("/parties/0");
            JsonNode groups = party.get("groups");
            assertThat(groups).as(r.body()).isNotNull();
            JsonNode huawei = null;
            for (JsonNode g : groups) {
                if (g.get("parent").asText().equals("Huawei Technologies Co., Ltd. (Huawei)")) {
                    huawei = g;
                }
            }
            assertThat(huawei).as(r.body()).isNotNull();
            assertThat(huawei.get("affiliateEntryIds").size()).isEqualTo(2);
            List<String> affiliateIds = new ArrayList<>();
            huawei.get("affiliateEntryIds").forEach(id -> affiliateIds.add(id.asText()));
            int affiliates = 0;
            boolean parentIsAHit = false;
            for (JsonNode m : party.get("matches")) {
                if (m.has("affiliateOf")) {
                    assertThat(m.get("affiliateOf").asText()).isEqualTo("Huawei Technologies Co., Ltd. (Huawei)");
                    assertThat(affiliateIds).contains(m.get("entryId").asText());
                    affiliates++;
                }
                parentIsAHit |= m.get("entryId")
                        .asText()
                        .equals(huawei.get("parentEntryId").asText());
            }
            assertThat(affiliates)
                    .as("each affiliate stays a hit of the decision")
                    .isEqualTo(2);
            assertThat(parentIsAHit).isTrue();

            // the stored decision reads back the same
            String id = JSON.readTree(r.body()).get("decisionId").asText();
            HttpResponse<String> stored =
                    server.send("GET", "/v1/decisions/" + id, null, server.keys.get(KeyRole.REQUESTER));
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
            assertThat(JSON.readTree(stored.body()).at("/parties/0/groups")).isEqualTo(groups);

            // a party with no affiliate row among its hits has no groups: decisions without them keep their shape
            HttpResponse<String> plain = server.send(
                    "POST",
                    "/v1/decisions",
                    order.replace("AFF-1", "AFF-2")
                            .replace(
                                    "Huawei Technologies Co., Ltd.",
                                    "Semiconductor Manufacturing International Corporation"),
                    server.keys.get(KeyRole.REQUESTER));
            assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
            JsonNode plainParty = JSON.readTree(plain.body()).at("/parties/0");
            assertThat(plainParty.get("matches").size()).as(plain.body()).isPositive();
            assertThat(plainParty.has("groups")).isFalse();
        }
    }
}
