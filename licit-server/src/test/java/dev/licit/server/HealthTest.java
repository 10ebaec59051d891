package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.json.Json;
import dev.licit.store.keys.KeyRole;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /health reports the store and the list snapshot; a server whose store fails is alive but not ready. */
class HealthTest {
    static final ObjectMapper JSON = Json.COMPACT;

    @TempDir
    Path home;

    @Test
    void healthReportsTheStoreAndTheListsAndIsNotReadyWhenTheStoreFails() throws Exception {
        try (TestServer server = new TestServer(home)) {
            HttpResponse<String> up = server.send("GET", "/health", null, null);
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(up.body());
            assertThat(report.get("status").asText()).isEqualTo("UP");
            assertThat(report.at("/store/status").asText()).isEqualTo("UP");
            assertThat(report.at("/store/journal").asText()).isEqualTo("writable");
            assertThat(report.at("/store/readMillis").isNumber()).isTrue();
            assertThat(report.at("/lists/snapshot").asText()).isNotBlank();
            assertThat(report.at("/lists/entries").asInt()).isPositive();
            assertThat(up.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(server.send("GET", "/health/ready", null, null).statusCode())
                    .isEqualTo(200);
            assertThat(server.send("GET", "/health/live", null, null).statusCode())
                    .isEqualTo(200);

            server.server.store().close(); // every read and write of the store now fails

            HttpResponse<String> down = server.send("GET", "/health", null, null);
            assertThat(down.statusCode()).isEqualTo(503);
            JsonNode failing = JSON.readTree(down.body());
            assertThat(failing.get("status").asText()).isEqualTo("DOWN");
            assertThat(failing.at("/store/status").asText()).isEqualTo("DOWN");
            assertThat(failing.at("/store/reason").asText()).contains("does not answer a read");
            assertThat(failing.at("/lists/status").asText()).isEqualTo("UP");
            assertThat(server.send("GET", "/health/ready", null, null).statusCode())
                    .isEqualTo(503);
            assertThat(server.send("GET", "/health/live", null, null).statusCode())
                    .as("the process is up")
                    .isEqualTo(200);
            // and a request that needs the store is a 500 problem without a trace of the failure
            HttpResponse<String> failed = server.send("GET", "/v1/decisions", null, "irrelevant");
            assertThat(failed.statusCode()).isIn(401, 500);
            HttpResponse<String> listed =
                    server.send("GET", "/v1/rules/versions", null, server.keys.get(KeyRole.ADMIN));
            assertThat(listed.statusCode()).isEqualTo(500);
            assertThat(listed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(listed.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void writesThatFailMakeTheServerNotReadyWhileReadsStillWork() throws Exception {
        try (TestServer server = new TestServer(home)) {
            String admin = server.keys.get(KeyRole.ADMIN);
            // the license table goes away under the running store: reads elsewhere work, registering a license fails
            dev.licit.store.common.StoreConfig c = server.server.store().config();
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                    java.sql.Statement st = db.createStatement()) {
                st.execute("ALTER TABLE license RENAME TO license_gone");
            }
            String license =
                    "{\"number\":\"D7654321\",\"eccns\":[\"3A090.a\"],\"destination\":\"VN\",\"parties\":[\"X\"],"
                            + "\"validFrom\":\"2024-01-01\",\"validTo\":\"2026-12-31\"}";
            HttpResponse<String> failed = server.send("POST", "/v1/licenses", license, admin);
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(failed.body()).doesNotContain("license_gone").doesNotContain("Exception");

            HttpResponse<String> health = server.send("GET", "/health", null, null);
            assertThat(health.statusCode()).isEqualTo(503);
            JsonNode report = JSON.readTree(health.body());
            assertThat(report.at("/store/reason").asText()).isEqualTo("the latest writes failed");
            assertThat(report.at("/store/lastWriteFailure").asText()).isNotBlank();
            assertThat(server.send("GET", "/health/ready", null, null).statusCode())
                    .isEqualTo(503);
            assertThat(server.send("GET", "/v1/rules/versions", null, admin).statusCode())
                    .as("reads still work")
                    .isEqualTo(200);

            // a write that succeeds afterwards makes it ready again
            assertThat(server.send("POST", "/v1/keys", "{\"role\":\"requester\"}", admin)
                            .statusCode())
                    .isEqualTo(201);
            assertThat(server.send("GET", "/health/ready", null, null).statusCode())
                    .isEqualTo(200);
        }
    }
}
