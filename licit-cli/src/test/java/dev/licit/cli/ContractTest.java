package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.json.Json;
import dev.licit.server.RunningServer;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.keys.KeyRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One contract, four doors: the same good and bad orders and items go through {@code licit check},
 * {@code licit classify}, {@code POST /v1/decisions} and {@code POST /v1/classify}, and all agree:
 * accepted by all, or refused by all with the same path and words (exit 2, HTTP 400 problem+json).
 */
class ContractTest {
    static final ObjectMapper JSON = Json.COMPACT;
    static final String H200 = "{\"catalogId\": \"nvidia-h200-sxm-141gb\"}";

    @TempDir
    static Path dir;

    static RunningServer server;
    static String key;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path serverHome = Files.createDirectories(dir.resolve("server"));
        server = RunningServer.start(
                serverHome,
                StoreConfig.embedded(serverHome),
                RulebookLoader.loadDefault(),
                CatalogReader.loadDefault(),
                "127.0.0.1",
                0);
        key = server.store()
                .keys()
                // an admin: the orders here are dated 2026-02-01, and a requester decides under today's
                // rules only (issue 13); an admin's decision for another date is a dry run, same verdict
                .create("contract", KeyRole.ADMIN, Actor.of("test"))
                .secret();
        System.setProperty(
                "licit.home", Files.createDirectories(dir.resolve("cli")).toString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An order case: its body, and null when it must be accepted or the words of its refusal. */
    record Case(String name, String json, String refusal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String order(String extra, String item) {
        return "{\"id\": \"C-1\", \"date\": \"2026-02-01\", \"exportFrom\": \"US\", \"destination\": \"MY\",\n"
                + " \"parties\": [{\"role\": \"END_USER\", \"name\": \"Penang Edge Compute Sdn Bhd\", \"country\": \"MY\"}],\n"
                + " \"items\": [" + item + "]" + extra + "}";
    }

    static List<Case> orders() {
        return List.of(
                new Case("good", order("", H200), null),
                new Case(
                        "good with the December 2026 fields",
                        order(
                                ", \"exporter\": {\"name\": \"E\", \"country\": \"US\", "
                                        + "\"type\": \"DISTRIBUTOR\"}, \"endUse\": [\"AI_TRAINING\"], \"endUserType\": \"CIVIL\"",
                                H200),
                        null),
                new Case("unknown field", order(", \"bogusField\": 1", H200), "bogusField: unknown field"),
                new Case(
                        "misspelt field",
                        order(", \"certification\": []", H200),
                        "certification: unknown field (did you mean 'certifications'?)"),
                new Case(
                        "owner for owners",
                        "{\"date\": \"2026-02-01\", \"destination\": \"MY\", \"parties\": [{\"role\": \"END_USER\", "
                                + "\"name\": \"A\", \"owner\": [{\"name\": \"B\"}]}], \"items\": [" + H200 + "]}",
                        "parties[0].owner: unknown field (did you mean 'owners'?)"),
                new Case(
                        "negative count in a system",
                        order(
                                "",
                                "{\"system\": {\"chips\": [{\"catalogId\": \"nvidia-h200-sxm-141gb\", \"count\": -3}]}}"),
                        "items[0].system.chips[0].count: must be a whole number from 1"),
                new Case(
                        "unknown chip field",
                        order("", "{\"chip\": {\"model\": \"X\", \"dieArea\": 800}}"),
                        "items[0].chip.dieArea: unknown field (did you mean 'dieAreaMm2'?)"),
                new Case(
                        "region outside the destination",
                        order(", \"destinationRegion\": \"UA-43\"", H200),
                        "destinationRegion: \"UA-43\" is not a subdivision of the destination MY"),
                new Case(
                        "bad end use",
                        order(", \"endUse\": [\"WEAPONS\"]", H200),
                        "endUse[0]: unknown end use \"WEAPONS\""),
                new Case(
                        "a key given twice",
                        order(", \"destination\": \"CN\"", H200),
                        "not valid JSON: Duplicate field 'destination'"),
                new Case(
                        "a party name longer than the store keeps",
                        "{\"date\": \"2026-02-01\", \"destination\": \"MY\", \"parties\": [{\"role\": "
                                + "\"END_USER\", \"name\": \"" + "N".repeat(501) + "\"}], \"items\": [" + H200 + "]}",
                        "parties[0].name: is 501 characters long; at most 500 are accepted"),
                new Case(
                        "a count beyond an int",
                        order(
                                "",
                                "{\"system\": {\"chips\": [{\"catalogId\": \"nvidia-h200-sxm-141gb\", \"count\": 4294967297}]}}"),
                        "items[0].system.chips[0].count: must be a whole number from 1 to 1000000"));
    }

    static List<Case> items() {
        return List.of(
                new Case("catalog chip", H200, null),
                new Case(
                        "bare chip",
                        "{\"vendor\": \"X\", \"model\": \"Y\", \"datacenter\": true, \"dense\": {\"fp8\": 1979}, \"dieAreaMm2\": 814}",
                        null),
                new Case(
                        "system",
                        "{\"system\": {\"model\": \"HGX\", \"chips\": [{\"catalogId\": \"nvidia-h200-sxm-141gb\", \"count\": 8}]}}",
                        null),
                new Case(
                        "negative count",
                        "{\"system\": {\"chips\": [{\"catalogId\": \"nvidia-h200-sxm-141gb\", \"count\": -3}]}}",
                        "system.chips[0].count: must be a whole number from 1"),
                new Case(
                        "unknown chip field",
                        "{\"chip\": {\"model\": \"X\", \"dieArea\": 800}}",
                        "chip.dieArea: unknown field"),
                new Case(
                        "unknown precision",
                        "{\"chip\": {\"model\": \"X\", \"dense\": {\"fp9\": 1}}}",
                        "chip.dense.fp9: unknown precision"),
                new Case(
                        "unknown hbm field",
                        "{\"hbm\": {\"memoryBandwidthGBs\": 1000, \"stacks\": 8}}",
                        "hbm.stacks: unknown field"),
                new Case(
                        "two kinds",
                        "{\"chip\": {}, \"hbm\": {}}",
                        "give exactly one of chip, hbm, system or catalogId"));
    }

    @ParameterizedTest(name = "order: {0}")
    @MethodSource("orders")
    void anOrderIsAcceptedOrRefusedAlikeByTheCliAndTheApi(Case c) throws Exception {
        Path file = Files.writeString(dir.resolve("order.json"), c.json());
        Cli cli = Cli.run("check", "--format", "json", file.toString());
        HttpResponse<String> api = post("/v1/decisions", c.json());
        if (c.refusal() == null) {
            assertThat(cli.exit()).as(cli.err()).isZero();
            assertThat(api.statusCode()).as(api.body()).isEqualTo(201);
            assertThat(JSON.readTree(api.body()).path("verdict").asText())
                    .isEqualTo(JSON.readTree(cli.out()).path("verdict").asText());
        } else {
            assertThat(cli.exit()).isEqualTo(2);
            assertThat(api.statusCode()).isEqualTo(400);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            String detail = JSON.readTree(api.body()).path("detail").asText();
            assertThat(cli.err()).contains(c.refusal());
            assertThat(detail).contains(c.refusal());
            assertThat(afterSource(detail))
                    .as("the same words and line")
                    .isEqualTo(afterSource(cli.err().strip().lines().findFirst().orElse("")));
        }
    }

    @ParameterizedTest(name = "item: {0}")
    @MethodSource("items")
    void anItemIsAcceptedOrRefusedAlikeByClassifyCheckAndTheApi(Case c) throws Exception {
        Path file = Files.writeString(dir.resolve("chips.json"), "[" + c.json() + "]");
        Cli classify = Cli.run("classify", "--as-of", "2026-02-01", "--format", "json", file.toString());
        HttpResponse<String> apiClassify = post("/v1/classify?asOf=2026-02-01", "[" + c.json() + "]");
        String wrapped = c.json().contains("\"chip\"")
                        || c.json().contains("\"hbm\"")
                        || c.json().contains("\"system\"")
                        || c.json().contains("\"catalogId\"")
                ? c.json()
                : "{\"chip\": " + c.json() + "}";
        Path orderFile = Files.writeString(dir.resolve("item-order.json"), order("", wrapped));
        Cli check = Cli.run("check", "--no-store", "--format", "json", orderFile.toString());
        HttpResponse<String> apiDecide = post("/v1/decisions", order("", wrapped));
        if (c.refusal() == null) {
            assertThat(classify.exit()).as(classify.err()).isZero();
            assertThat(apiClassify.statusCode()).as(apiClassify.body()).isEqualTo(200);
            JsonNode fromCli = JSON.readTree(classify.out()).get(0);
            JsonNode fromApi = JSON.readTree(apiClassify.body()).get(0);
            for (String f : List.of("eccn", "paragraph", "tpp", "status")) {
                assertThat(fromApi.path(f)).as(f).isEqualTo(fromCli.path(f));
            }
            assertThat(check.exit()).as(check.err()).isZero();
            assertThat(apiDecide.statusCode()).as(apiDecide.body()).isEqualTo(201);
        } else {
            assertThat(classify.exit()).isEqualTo(2);
            assertThat(classify.err()).contains("[0]").contains(c.refusal());
            assertThat(apiClassify.statusCode()).isEqualTo(400);
            String detail = JSON.readTree(apiClassify.body()).path("detail").asText();
            assertThat(detail).contains("[0]").contains(c.refusal());
            assertThat(afterSource(detail))
                    .as("the same words and line")
                    .isEqualTo(afterSource(
                            classify.err().strip().lines().findFirst().orElse("")));
            assertThat(check.exit()).isEqualTo(2);
            assertThat(check.err()).contains("items[0]").contains(c.refusal());
            assertThat(apiDecide.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(apiDecide.body()).path("detail").asText())
                    .contains("items[0]")
                    .contains(c.refusal());
        }
    }

    /** "licit: /tmp/o.json:3: items[0]: ..." and "request:3: items[0]: ..." both give ":3: items[0]: ...". */
    private static String afterSource(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":\\d+: ").matcher(message);
        return m.find() ? message.substring(m.start()) : message;
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
