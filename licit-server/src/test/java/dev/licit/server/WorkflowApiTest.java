package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.store.keys.KeyRole;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 3 over real HTTP: every ad-hoc name screen is in the audit trail; the audit trail
 * is searched (event family, actor, subject, dates, text), paged newest first and exported as CSV.
 */
class WorkflowApiTest {
    @TempDir
    static Path home;

    static TestServer server;
    static String admin;

    @BeforeAll
    static void start() {
        server = new TestServer(home);
        admin = server.keys.get(KeyRole.ADMIN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode parse(String json) throws Exception {
        return FourEyesApiTest.JSON.readTree(json);
    }

    static HttpResponse<String> get(String path, String key) throws Exception {
        return server.send("GET", path, null, key);
    }

    @Test
    void everyAdHocScreenIsInTheAuditTrail() throws Exception {
        String requester = server.keys.get(KeyRole.REQUESTER);
        HttpResponse<String> hit = get("/v1/screen?name=Sophgo%20Technologies&country=cn", requester);
        assertThat(hit.statusCode()).isEqualTo(200);
        assertThat(hit.body()).contains("ac-4afebe3f2713");
        HttpResponse<String> none = get("/v1/screen?name=Zzyzx%20Quilting%20Club", requester);
        assertThat(none.statusCode()).isEqualTo(200);
        JsonNode rows = FourEyesApiTest.json(get("/v1/audit?kind=screen&dir=desc", admin));
        assertThat(rows).hasSize(2);
        JsonNode last = parse(rows.get(0).get("payload").asText());
        assertThat(rows.get(0).get("kind").asText()).isEqualTo("screen.adhoc");
        assertThat(rows.get(0).get("actor").asText()).startsWith("api-key:");
        assertThat(last.get("name").asText()).isEqualTo("Zzyzx Quilting Club");
        assertThat(last.get("hits").asInt()).isZero();
        JsonNode first = parse(rows.get(1).get("payload").asText());
        assertThat(first.get("country").asText()).isEqualTo("CN");
        assertThat(first.get("listSnapshot").asText()).isNotBlank();
        assertThat(first.get("matches").toString()).contains("ac-4afebe3f2713").contains("Sophgo Technologies Ltd.");
        // a refused screen (no name) is not a screen and is not recorded
        assertThat(get("/v1/screen?name=", requester).statusCode()).isEqualTo(400);
        assertThat(FourEyesApiTest.json(get("/v1/audit?kind=screen", admin))).hasSize(2);
        // the chain still verifies with the new events in it
        assertThat(get("/v1/audit/verify", admin).body()).contains("\"firstBadSeq\":null");
    }

    @Test
    void theAuditTrailIsSearchedPagedAndExported() throws Exception {
        get("/v1/screen?name=Audit%20Search%20Probe%20GmbH", admin);
        // a family of kinds, or one kind; never a longer word that starts the same
        assertThat(FourEyesApiTest.json(get("/v1/audit?kind=key", admin)).size())
                .isGreaterThanOrEqualTo(3);
        assertThat(FourEyesApiTest.json(get("/v1/audit?kind=key.created", admin))
                        .size())
                .isGreaterThanOrEqualTo(3);
        assertThat(FourEyesApiTest.json(get("/v1/audit?kind=ke", admin))).isEmpty();
        // text in the payload, case-insensitively; subject and actor exactly
        JsonNode probe = FourEyesApiTest.json(get("/v1/audit?q=audit%20search%20probe", admin));
        assertThat(probe).hasSize(1);
        String actor = probe.get(0).get("actor").asText();
        assertThat(FourEyesApiTest.json(get("/v1/audit?subject=screen&actor=" + actor, admin)))
                .extracting(r -> r.get("seq").asLong())
                .contains(probe.get(0).get("seq").asLong());
        assertThat(FourEyesApiTest.json(get("/v1/audit?actor=nobody", admin))).isEmpty();
        // dates: today is in, tomorrow is not
        String today = FourEyesApiTest.today();
        String tomorrow = java.time.LocalDate.parse(today).plusDays(1).toString();
        assertThat(FourEyesApiTest.json(get("/v1/audit?since=" + today + "&until=" + today, admin)))
                .isNotEmpty();
        assertThat(FourEyesApiTest.json(get("/v1/audit?since=" + tomorrow, admin)))
                .isEmpty();
        // pages newest first, keyed on the sequence number
        JsonNode page1 = FourEyesApiTest.json(get("/v1/audit?dir=desc&limit=2", admin));
        long last = page1.get(1).get("seq").asLong();
        JsonNode page2 = FourEyesApiTest.json(get("/v1/audit?dir=desc&limit=2&to=" + (last - 1), admin));
        assertThat(page1.get(0).get("seq").asLong()).isGreaterThan(last);
        assertThat(page2.get(0).get("seq").asLong()).isEqualTo(last - 1);
        // the old way still reads oldest first from a sequence number
        assertThat(FourEyesApiTest.json(get("/v1/audit?from=2&limit=1", admin))
                        .get(0)
                        .get("seq")
                        .asLong())
                .isEqualTo(2);
        // the same search as CSV, payloads and hashes included
        HttpResponse<String> csv = get("/v1/audit?q=audit%20search%20probe&format=csv", admin);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("seq,recordedAt,actor,kind,subject,payload,prevHash,hash\r\n")
                .contains("screen.adhoc")
                .contains("Audit Search Probe GmbH");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        // refusals name the parameter
        FourEyesApiTest.problem(get("/v1/audit?kinds=case", admin), 400, "unknown query parameter 'kinds'");
        FourEyesApiTest.problem(get("/v1/audit?since=yesterday", admin), 400, "since");
        FourEyesApiTest.problem(get("/v1/audit?since=2026-02-01&until=2026-01-01", admin), 400, "until");
        FourEyesApiTest.problem(get("/v1/audit?dir=sideways", admin), 400, "dir");
        FourEyesApiTest.problem(get("/v1/audit?format=xml", admin), 400, "format");
        assertThat(get("/v1/audit", server.keys.get(KeyRole.REVIEWER)).statusCode())
                .isEqualTo(403);
    }
}
