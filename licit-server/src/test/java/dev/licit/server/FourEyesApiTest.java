package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.json.Json;
import dev.licit.store.common.Actor;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.keys.KeyScope;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 over real HTTP: requesters decide under today's rules only and see and ship only their
 * own decisions (unless their key has team scope); backdated decisions are dry runs; the submitter
 * cannot release its case or clear its matches; a MATCH-band hit needs two reviewers.
 */
class FourEyesApiTest {
    static final ObjectMapper JSON = Json.COMPACT;

    @TempDir
    static Path home;

    static TestServer server;
    static String requesterB;
    static String team;
    static String reviewerB;

    @BeforeAll
    static void start() {
        server = new TestServer(home);
        var keys = server.server.store().keys();
        requesterB =
                keys.create("requester-b", KeyRole.REQUESTER, Actor.of("test")).secret();
        team = keys.create("team", KeyRole.REQUESTER, KeyScope.TEAM, Actor.of("test"))
                .secret();
        reviewerB =
                keys.create("reviewer-b", KeyRole.REVIEWER, Actor.of("test")).secret();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    static String order(String id, String date, String party, String country, String destination) {
        return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"exportFrom\":\"US\",\"destination\":\""
                + destination + "\",\"parties\":[{\"role\":\"END_USER\",\"name\":\"" + party + "\",\"country\":\""
                + country
                + "\"}],\"items\":[{\"sku\":\"H100\",\"quantity\":2,\"catalogId\":\"nvidia-h100-sxm5-80gb\"}]}";
    }

    static String siemens(String id, String date) {
        return order(id, date, "Siemens AG", "DE", "DE");
    }

    HttpResponse<String> post(String path, String body, String key) throws Exception {
        return server.send("POST", path, body, key);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static void problem(HttpResponse<String> r, int status, String detail) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).get("detail").asText()).contains(detail);
    }

    @Test
    void aRequesterCannotBackdateAnAdminGetsADryRunThatNeverShips() throws Exception {
        String requester = server.keys.get(KeyRole.REQUESTER);
        problem(post("/v1/decisions?asOf=2023-01-01", siemens("BD-1", today()), requester), 403, "asOf: ");
        problem(post("/v1/decisions", siemens("BD-2", "2023-01-01"), requester), 403, "date: ");
        assertThat(json(server.send("GET", "/v1/decisions", null, server.keys.get(KeyRole.ADMIN)))
                        .toString())
                .doesNotContain("BD-1")
                .doesNotContain("BD-2");

        HttpResponse<String> dry =
                post("/v1/decisions?asOf=2024-06-01", siemens("BD-3", today()), server.keys.get(KeyRole.ADMIN));
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(201);
        assertThat(json(dry).get("dryRun").asBoolean()).isTrue();
        assertThat(json(dry).get("authorization").get("status").asText()).isEqualTo("DRY_RUN");
        String id = json(dry).get("decisionId").asText();
        problem(post("/v1/decisions/" + id + "/shipments", "{}", server.keys.get(KeyRole.ADMIN)), 409, "dry run");

        // a reviewer may run another date too, and gets the same dry run
        HttpResponse<String> reviewerDry =
                post("/v1/decisions?asOf=2024-06-01", siemens("BD-4", today()), server.keys.get(KeyRole.REVIEWER));
        assertThat(reviewerDry.statusCode()).as(reviewerDry.body()).isEqualTo(201);
        assertThat(json(reviewerDry).get("authorization").get("status").asText())
                .isEqualTo("DRY_RUN");
    }

    @Test
    void aRequesterSeesAndShipsOnlyItsOwnDecisionsUnlessItsKeyHasTeamScope() throws Exception {
        String a = server.keys.get(KeyRole.REQUESTER);
        HttpResponse<String> mine = post("/v1/decisions", siemens("OWN-1", today()), a);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(201);
        JsonNode d = json(mine);
        assertThat(d.get("dryRun").asBoolean()).isFalse();
        assertThat(d.get("submittedBy").get("actorVerified").asBoolean()).isTrue();
        String id = d.get("decisionId").asText();

        assertThat(server.send("GET", "/v1/decisions", null, requesterB).body()).doesNotContain(id);
        problem(server.send("GET", "/v1/decisions/" + id, null, requesterB), 404, "no decision " + id);
        problem(server.send("GET", "/v1/decisions/" + id + "/authorization", null, requesterB), 404, id);
        problem(post("/v1/decisions/" + id + "/shipments", "{}", requesterB), 404, id);

        assertThat(server.send("GET", "/v1/decisions", null, team).body()).contains(id);
        assertThat(server.send("GET", "/v1/decisions/" + id, null, team).statusCode())
                .isEqualTo(200);
        assertThat(server.send("GET", "/v1/decisions", null, a).body()).contains(id);

        problem(post("/v1/decisions/" + id + "/shipments", "{\"shippedOn\":\"2099-01-01\"}", a), 400, "shippedOn");
        problem(
                post("/v1/decisions/" + id + "/shipments", "{\"shippedOn\":\"2024-06-01\"}", a),
                409,
                "decide the order again");
        HttpResponse<String> shipped = post("/v1/decisions/" + id + "/shipments", "{}", a);
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);
        assertThat(json(shipped).get("shippedOn").asText()).isEqualTo(today());
    }

    @Test
    void theSubmitterCannotClearOrReleaseItsOwnCase() throws Exception {
        String admin = server.keys.get(KeyRole.ADMIN);
        String reviewer = server.keys.get(KeyRole.REVIEWER);
        HttpResponse<String> held =
                post("/v1/decisions", order("FE-1", today(), "Higon Trading GmbH", "DE", "DE"), admin);
        assertThat(json(held).get("verdict").asText()).isEqualTo("HOLD");
        String id = json(held).get("decisionId").asText();
        JsonNode c = json(server.send("GET", "/v1/cases?status=OPEN", null, admin));
        JsonNode mine = null;
        for (JsonNode x : c) {
            if (x.get("decisionId").asText().equals(id)) {
                mine = x;
            }
        }
        assertThat(mine).isNotNull();
        String caseId = mine.get("id").asText();
        String matchId = mine.get("matches").get(0).get("id").asText();
        problem(
                post("/v1/cases/" + caseId + "/clear", "{\"matchId\":" + matchId + ",\"reason\":\"not them\"}", admin),
                403,
                "four eyes");
        HttpResponse<String> cleared = post(
                "/v1/cases/" + caseId + "/clear", "{\"matchId\":" + matchId + ",\"reason\":\"not them\"}", reviewer);
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        problem(post("/v1/cases/" + caseId + "/release", "{\"reason\":\"fine\"}", admin), 403, "four eyes");
        assertThat(post("/v1/cases/" + caseId + "/release", "{\"reason\":\"fine\"}", reviewer)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aMatchBandHitIsClearedOnlyByASecondReviewer() throws Exception {
        String admin = server.keys.get(KeyRole.ADMIN);
        String reviewer = server.keys.get(KeyRole.REVIEWER);
        HttpResponse<String> r = post(
                "/v1/decisions",
                order("FE-HW", today(), "Huawei Technologies Co., Ltd.", "CN", "CN"),
                server.keys.get(KeyRole.REQUESTER));
        String id = json(r).get("decisionId").asText();
        JsonNode theCase = null;
        for (JsonNode x : json(server.send("GET", "/v1/cases?status=OPEN", null, admin))) {
            if (x.get("decisionId").asText().equals(id)) {
                theCase = x;
            }
        }
        assertThat(theCase).as(r.body()).isNotNull();
        JsonNode match = null;
        for (JsonNode m : theCase.get("matches")) {
            if (m.get("band").asText().equals("MATCH")) {
                match = m;
            }
        }
        assertThat(match).isNotNull();
        String path = "/v1/cases/" + theCase.get("id").asText() + "/clear";
        String body = "{\"matchId\":" + match.get("id").asText() + ",\"reason\":\"a namesake\"}";
        HttpResponse<String> first = post(path, body, reviewer);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"proposedBy\"");
        problem(post(path, body, reviewer), 403, "second, different reviewer");
        HttpResponse<String> second = post(path, body, reviewerB);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(second.body()).contains("CLEARED");
    }
}
