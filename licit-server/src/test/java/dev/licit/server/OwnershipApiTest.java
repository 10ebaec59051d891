package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.store.keys.KeyRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/ownership/imports and GET /v1/ownership on a real server and H2 store. */
class OwnershipApiTest {
    static final String CSV = "owner,owned,percent,startDate,endDate,source\n"
            + "Huawei Technologies Co. Ltd.,Penang Edge Compute Sdn. Bhd.,30,2024-01-15,,SSM annual return 2025\n"
            + "Penang Edge Compute Sdn. Bhd.,Kedah Edge Data Centre Sdn. Bhd.,60,2025-03-01,,\n";

    @TempDir
    static Path home;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(home);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Uploads.Part part(String name, String text) {
        return new Uploads.Part(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importThenShow() throws Exception {
        String admin = server.keys.get(KeyRole.ADMIN);
        var bad = Uploads.post(
                server, admin, "/v1/ownership/imports", List.of(part("bad.csv", "owner,owned\nA,\n")), false);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("bad.csv:2: field 'owned' is empty (nothing was imported)");

        var ok = Uploads.post(server, admin, "/v1/ownership/imports", List.of(part("penang.csv", CSV)), false);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode body = Json.COMPACT.readTree(ok.body());
        assertThat(body.path("import").path("snapshot").path("links").asInt()).isEqualTo(2);
        assertThat(body.path("rescreening").path("opened")).isEmpty();

        // one link instead of two: the shrink guard says no, then acceptShrink says it is meant
        var shrink = Uploads.post(
                server, admin, "/v1/ownership/imports", List.of(part("one.csv", "owner,owned\nX,Y\n")), false);
        assertThat(shrink.statusCode()).isEqualTo(400);
        assertThat(shrink.body()).contains("drops 2 of the 2 owner-owned pairs");
        var add = Uploads.post(
                server, admin, "/v1/ownership/imports?mode=add", List.of(part("one.csv", "owner,owned\nX,Y\n")), false);
        assertThat(add.statusCode()).as(add.body()).isEqualTo(201);

        var show = server.send(
                "GET",
                "/v1/ownership?name=Penang%20Edge%20Compute%20Sdn%20Bhd&date=2026-11-10",
                null,
                server.keys.get(KeyRole.REQUESTER));
        assertThat(show.statusCode()).as(show.body()).isEqualTo(200);
        JsonNode tree = Json.COMPACT.readTree(show.body());
        assertThat(tree.path("owners").get(0).path("name").asText()).isEqualTo("Huawei Technologies Co. Ltd.");
        assertThat(tree.path("owners").get(0).path("percent").asDouble()).isEqualTo(30.0);
        assertThat(tree.path("holdings").get(0).path("name").asText()).isEqualTo("Kedah Edge Data Centre Sdn. Bhd.");

        var badDate = server.send("GET", "/v1/ownership?name=X&date=tomorrow", null, admin);
        assertThat(badDate.statusCode()).isEqualTo(400);
    }

    @Test
    void theIndexOfASnapshotIsBuiltInTheBackgroundWhenItIsImportedAndWhenTheServerStarts(@TempDir Path other)
            throws Exception {
        java.time.LocalDate today;
        try (TestServer first = new TestServer(other)) {
            today = dev.licit.core.time.Today.utc(first.server.store().config().clock());
            var ok = Uploads.post(
                    first,
                    first.keys.get(KeyRole.ADMIN),
                    "/v1/ownership/imports",
                    List.of(part("penang.csv", CSV)),
                    false);
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
            // no check asks for it: the server's own thread builds it
            assertThat(indexedWithin(first, today)).isTrue();
        }
        try (TestServer again = new TestServer(other)) {
            // the stored snapshot, loaded at start, indexed before any request
            assertThat(indexedWithin(again, today)).isTrue();
        }
    }

    private static boolean indexedWithin(TestServer s, java.time.LocalDate day) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (s.server.store().ownership().graph().indexReady(day)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
