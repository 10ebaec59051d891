package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.json.Json;
import dev.licit.server.RunningServer;
import dev.licit.store.common.StoreConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin commands run from another process, on the same home, while a server holds the store
 * (H2 with AUTO_SERVER), and what they do takes effect in the running server at once: a revoked
 * key is refused on its next request, an imported list screens the next request, a case closed
 * from the command line is closed in the API.
 */
class AdminBesideServerTest {
    private static final ObjectMapper JSON = Json.COMPACT;
    private static final Path SHARED = Path.of(System.getProperty("licit.shared", "../../shared"));
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void adminCommandsFromAnotherProcessTakeEffectInTheRunningServerAtOnce() throws Exception {
        try (RunningServer server = RunningServer.start(
                home,
                StoreConfig.embedded(home),
                RulebookLoader.loadDefault(),
                CatalogReader.loadDefault(),
                "127.0.0.1",
                0)) {
            String base = "http://127.0.0.1:" + server.port();
            JsonNode requester = JSON.readTree(licit("keys", "create", "--role", "requester", "--format", "json"));
            JsonNode reviewer = JSON.readTree(licit("keys", "create", "--role", "reviewer", "--format", "json"));
            String key = requester.get("key").asText();

            // a HOLD through the API opens a case
            String order = "{\"id\": \"SO-B1\", \"date\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                    + "\", \"exportFrom\": \"US\", \"destination\": \"DE\","
                    + " \"parties\": [{\"role\": \"END_USER\", \"name\": \"Higon Trading GmbH\", \"country\": \"DE\"}],"
                    + " \"items\": [{\"sku\": \"h100\", \"quantity\": 2, \"catalogId\": \"nvidia-h100-sxm5-80gb\"}]}";
            HttpResponse<String> decided = post(base + "/v1/decisions", key, order);
            assertThat(decided.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(decided.body()).get("verdict").asText()).isEqualTo("HOLD");
            JsonNode cases = JSON.readTree(
                    get(base + "/v1/cases", reviewer.get("key").asText()).body());
            assertThat(cases).hasSize(1);
            long caseId = cases.get(0).get("id").asLong();

            // a case closed from the command line is closed in the API
            licit("cases", "reject", Long.toString(caseId), "--reason", "end user not verified");
            JsonNode closed = JSON.readTree(
                    get(base + "/v1/cases/" + caseId, reviewer.get("key").asText())
                            .body());
            assertThat(closed.get("status").asText()).isEqualTo("REJECTED");

            // a list imported from the command line screens the next request
            String screen = base + "/v1/screen?country=AM&name="
                    + URLEncoder.encode("Atlas Sanatgaran", StandardCharsets.UTF_8);
            assertThat(JSON.readTree(get(screen, key).body()).get("matches")).isEmpty();
            licit(
                    "lists",
                    "import",
                    SHARED.resolve("data/lists/csl-sample-12.csv").toString());
            JsonNode after = JSON.readTree(get(screen, key).body());
            assertThat(after.get("matches")).isNotEmpty();
            assertThat(after.get("matches").get(0).get("listedName").asText()).isEqualTo("Atlas Sanatgaran");

            // a key revoked from the command line is refused on its next request
            assertThat(get(
                                    base + "/v1/decisions/"
                                            + JSON.readTree(decided.body())
                                                    .get("decisionId")
                                                    .asText(),
                                    key)
                            .statusCode())
                    .isEqualTo(200);
            licit("keys", "revoke", requester.get("id").asText());
            assertThat(post(base + "/v1/decisions", key, order.replace("SO-B1", "SO-B2"))
                            .statusCode())
                    .isEqualTo(401);
        }
    }

    /** Runs {@code licit ARGS} in a JVM of its own on the same home; returns its standard output. */
    private String licit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dlicit.home=" + home,
                Licit.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as("licit " + String.join(" ", args) + " printed: " + out)
                .isZero();
        return out;
    }

    private HttpResponse<String> get(String url, String key) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + key)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String key, String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
