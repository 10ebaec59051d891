package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.store.keys.KeyRole;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review workbench over real HTTP (issue 18, point 2): the queue filtered, searched, sorted and
 * paged by the server, unknown parameters refused; a case's detail with the order and our party
 * beside the listed entry's evidence; reason codes; a license registered after the case opened.
 */
class WorkbenchApiTest {
    @TempDir
    static Path home;

    static TestServer server;
    static String reviewer;
    static String admin;
    static long higonCase;
    static long licenseCase;
    static String licenseDecision;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(home);
        reviewer = server.keys.get(KeyRole.REVIEWER);
        admin = server.keys.get(KeyRole.ADMIN);
        String requester = server.keys.get(KeyRole.REQUESTER);
        // a POSSIBLE match of the Entity List's Higon (Tianjin): a HOLD to Germany
        JsonNode hold = FourEyesApiTest.json(server.send(
                "POST",
                "/v1/decisions",
                order("WB-HOLD", "DE", "Higon Trading GmbH", "DE", "Hauptstrasse 1, 80331 Munich"),
                requester));
        assertThat(hold.get("verdict").asText()).as(hold.toString()).isEqualTo("HOLD");
        // H100s to China: a license is required
        JsonNode lic = FourEyesApiTest.json(server.send(
                "POST",
                "/v1/decisions",
                order("WB-LIC", "CN", "Hangzhou Lakeside Cloud Services Co., Ltd.", "CN", "Xihu District, Hangzhou"),
                requester));
        assertThat(lic.get("verdict").asText()).as(lic.toString()).isEqualTo("LICENSE_REQUIRED");
        licenseDecision = lic.get("decisionId").asText();
        for (JsonNode c : FourEyesApiTest.json(server.send("GET", "/v1/cases", null, reviewer))) {
            if (c.get("orderId").asText().equals("WB-HOLD")) {
                higonCase = c.get("id").asLong();
            } else if (c.get("orderId").asText().equals("WB-LIC")) {
                licenseCase = c.get("id").asLong();
            }
        }
        assertThat(higonCase).isPositive();
        assertThat(licenseCase).isPositive();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String order(String id, String destination, String party, String country, String address) {
        return "{\"id\":\"" + id + "\",\"date\":\"" + FourEyesApiTest.today()
                + "\",\"exportFrom\":\"US\",\"destination\":\"" + destination
                + "\",\"exporter\":{\"name\":\"Example Distribution LLC\",\"country\":\"US\"},"
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"" + party + "\",\"country\":\"" + country
                + "\",\"address\":\"" + address + "\"}],"
                + "\"items\":[{\"sku\":\"H100-SXM\",\"quantity\":4,\"unitValueUsd\":25000,"
                + "\"catalogId\":\"nvidia-h100-sxm5-80gb\"}]}";
    }

    static HttpResponse<String> get(String path) throws Exception {
        return server.send("GET", path, null, reviewer);
    }

    static List<String> orderIds(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        FourEyesApiTest.json(r).forEach(c -> out.add(c.get("orderId").asText()));
        return out;
    }

    @Test
    void theQueueIsFilteredSearchedSortedAndPagedByTheServer() throws Exception {
        assertThat(orderIds(get("/v1/cases?status=OPEN&verdict=HOLD")))
                .contains("WB-HOLD")
                .doesNotContain("WB-LIC");
        assertThat(orderIds(get("/v1/cases?verdict=license_required")))
                .contains("WB-LIC")
                .doesNotContain("WB-HOLD");
        assertThat(orderIds(get("/v1/cases?destination=de")))
                .contains("WB-HOLD")
                .doesNotContain("WB-LIC");
        assertThat(orderIds(get("/v1/cases?kind=RESCREEN"))).isEmpty();
        assertThat(orderIds(get("/v1/cases?q=higon%20trading"))).containsExactly("WB-HOLD");
        assertThat(orderIds(get("/v1/cases?q=lakeside"))).containsExactly("WB-LIC");
        // each case in the list names its order's destination
        JsonNode listed = FourEyesApiTest.json(get("/v1/cases?q=lakeside"));
        assertThat(listed.get(0).get("destination").asText()).isEqualTo("CN");
        // pages: one at a time, oldest first; the whole search's size in X-Total-Count
        HttpResponse<String> first = get("/v1/cases?q=wb-&sort=opened&dir=asc&limit=1");
        HttpResponse<String> second = get("/v1/cases?q=wb-&sort=opened&dir=asc&limit=1&offset=1");
        assertThat(orderIds(first)).containsExactly("WB-HOLD");
        assertThat(orderIds(second)).containsExactly("WB-LIC");
        assertThat(first.headers().firstValue("X-Total-Count")).contains("2");
        assertThat(orderIds(get("/v1/cases?q=wb-&sort=destination&dir=desc"))).containsExactly("WB-HOLD", "WB-LIC");
        assertThat(orderIds(get("/v1/cases?q=wb-&sort=destination&dir=asc"))).containsExactly("WB-LIC", "WB-HOLD");
    }

    @Test
    void unknownOrMalformedParametersAreRefusedNamingThem() throws Exception {
        FourEyesApiTest.problem(get("/v1/cases?stauts=OPEN"), 400, "unknown query parameter 'stauts'");
        FourEyesApiTest.problem(get("/v1/cases?verdict=MAYBE"), 400, "verdict must be one of");
        FourEyesApiTest.problem(get("/v1/cases?status=CLOSED"), 400, "status must be one of");
        FourEyesApiTest.problem(get("/v1/cases?kind=OTHER"), 400, "kind must be one of");
        FourEyesApiTest.problem(get("/v1/cases?destination=Germany"), 400, "destination");
        FourEyesApiTest.problem(get("/v1/cases?sort=price"), 400, "sort");
        FourEyesApiTest.problem(get("/v1/cases?dir=up"), 400, "dir must be asc or desc");
        FourEyesApiTest.problem(get("/v1/cases?offset=-1"), 400, "offset");
        FourEyesApiTest.problem(get("/v1/cases?limit=0"), 400, "limit");
        FourEyesApiTest.problem(get("/v1/cases?q=" + "x".repeat(201)), 400, "q: at most 200");
        // a requester may not read the queue
        assertThat(server.send("GET", "/v1/cases", null, server.keys.get(KeyRole.REQUESTER))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCaseShowsTheOrderAndOurPartyBesideTheListedEntry() throws Exception {
        JsonNode c = FourEyesApiTest.json(get("/v1/cases/" + higonCase));
        assertThat(c.get("destination").asText()).isEqualTo("DE");
        JsonNode item = c.get("order").get("items").get(0);
        assertThat(item.get("quantity").asLong()).isEqualTo(4);
        assertThat(item.get("unitValueUsd").decimalValue()).isEqualByComparingTo("25000");
        assertThat(item.get("eccn").asText()).startsWith("3A090");
        assertThat(c.get("order").get("parties").get(0).get("address").asText())
                .isEqualTo("Hauptstrasse 1, 80331 Munich");
        JsonNode m = c.get("matches").get(0);
        assertThat(m.get("party").get("address").asText()).isEqualTo("Hauptstrasse 1, 80331 Munich");
        assertThat(m.get("party").get("role").asText()).isEqualTo("END_USER");
        JsonNode e = m.get("entry");
        assertThat(e.get("name").asText()).isEqualTo("Higon");
        assertThat(e.get("addresses").toString()).contains("Tianjin");
        assertThat(e.get("federalRegisterNotice").asText()).isEqualTo("84 FR 29373");
        assertThat(e.get("aliases").toString()).contains("Higon Information Technology");
        assertThat(e.get("licensePolicy").asText()).isEqualTo("Presumption of denial");
        assertThat(e.get("sources").size()).isPositive();
        assertThat(e.get("current").asBoolean()).isTrue();
        // a HOLD is not a license question: no coverage
        assertThat(c.has("coverage")).isFalse();
    }

    @Test
    void matchesAreReviewedWithAReasonCodeAndANote() throws Exception {
        long matchId = FourEyesApiTest.json(get("/v1/cases/" + higonCase))
                .get("matches")
                .get(0)
                .get("id")
                .asLong();
        String path = "/v1/cases/" + higonCase + "/clear";
        FourEyesApiTest.problem(
                server.send("POST", path, "{\"matchId\":" + matchId + ",\"reasonCode\":\"TRUE_MATCH\"}", reviewer),
                400,
                "reasonCode");
        FourEyesApiTest.problem(
                server.send("POST", path, "{\"matchId\":" + matchId + ",\"reasonCode\":\"OTHER\"}", reviewer),
                400,
                "note");
        FourEyesApiTest.problem(
                server.send("POST", path, "{\"matchId\":" + matchId + ",\"reasonCode\":\"SIMILAR\"}", reviewer),
                400,
                "reasonCode: must be one of");
        FourEyesApiTest.problem(
                server.send(
                        "POST",
                        path,
                        "{\"matchId\":" + matchId + ",\"reasonCode\":\"DIFFERENT_ADDRESS\",\"colour\":\"red\"}",
                        reviewer),
                400,
                "'colour': unknown field");
        FourEyesApiTest.problem(
                server.send(
                        "POST",
                        path,
                        "{\"matchId\":" + matchId + ",\"reasonCode\":\"DIFFERENT_ADDRESS\",\"reason\":\"x\"}",
                        reviewer),
                400,
                "not both");
        HttpResponse<String> ok = server.send(
                "POST",
                path,
                "{\"matchId\":" + matchId + ",\"reasonCode\":\"different_address\",\"note\":\"listed Higon is in"
                        + " Tianjin; ours is in Munich\"}",
                reviewer);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode m = FourEyesApiTest.json(ok).get("matches").get(0);
        assertThat(m.get("status").asText()).isEqualTo("CLEARED");
        assertThat(m.get("reasonCode").asText()).isEqualTo("DIFFERENT_ADDRESS");
        assertThat(m.get("reasonNote").asText()).isEqualTo("listed Higon is in Tianjin; ours is in Munich");
        assertThat(server.send("GET", "/v1/audit?limit=1000", null, admin).body())
                .contains("\\\"reasonCode\\\":\\\"DIFFERENT_ADDRESS\\\""); // the payload is JSON text
    }

    static HttpResponse<String> attach(long caseId, String fileName, byte[] content, String... fields)
            throws Exception {
        String boundary = "licit-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.base + "/v1/cases/" + caseId + "/attachments"))
                .header("Authorization", "Bearer " + reviewer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return server.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFileIsAttachedToACaseAndItsHashAudited() throws Exception {
        byte[] pdf = "%PDF-1.4 Munich trade register extract".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> made = attach(higonCase, "extract.pdf", pdf, "note", "trade register");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode a = FourEyesApiTest.json(made);
        String sha = a.get("sha256").asText();
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(md.digest(pdf)));
        JsonNode c = FourEyesApiTest.json(get("/v1/cases/" + higonCase));
        assertThat(c.get("attachments").get(0).get("fileName").asText()).isEqualTo("extract.pdf");
        var download = server.http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base + "/v1/cases/" + higonCase
                                + "/attachments/" + a.get("id").asLong()))
                        .header("Authorization", "Bearer " + reviewer)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/octet-stream");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Licit-Sha256")).contains(sha);
        assertThat(server.send("GET", "/v1/audit?kind=case.attachment", null, admin)
                        .body())
                .contains(sha);
        // refusals name the field
        FourEyesApiTest.problem(attach(higonCase, "x.pdf", pdf, "colour", "red"), 400, "'colour': unknown field");
        FourEyesApiTest.problem(attach(higonCase, "x.pdf", pdf, "matchId", "abc"), 400, "matchId");
        FourEyesApiTest.problem(attach(higonCase, "empty.pdf", new byte[0]), 400, "empty");
        assertThat(get("/v1/cases/" + higonCase + "/attachments/999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aLicenseRegisteredAfterTheCaseOpenedIsShownAndTheCaseReleased() throws Exception {
        JsonNode before = FourEyesApiTest.json(get("/v1/cases/" + licenseCase));
        assertThat(before.get("coverage").get("status").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(before.get("coverage").get("shippable").asBoolean()).isFalse();
        String license = "{\"number\":\"D654321\",\"eccns\":[\"3A090\"],\"destination\":\"CN\","
                + "\"parties\":[\"Hangzhou Lakeside Cloud Services Co., Ltd.\"],\"quantityLimit\":8,"
                + "\"valueLimitUsd\":200000,\"validFrom\":\"2020-01-01\",\"validTo\":\"2099-12-31\","
                + "\"decisionId\":\"" + licenseDecision + "\"}";
        HttpResponse<String> registered = server.send("POST", "/v1/licenses", license, admin);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode after = FourEyesApiTest.json(get("/v1/cases/" + licenseCase));
        assertThat(after.get("coverage").get("status").asText()).isEqualTo("LICENSED");
        assertThat(after.get("coverage").get("shippable").asBoolean()).isTrue();
        assertThat(after.get("coverage").get("license").get("number").asText()).isEqualTo("D654321");
        // the case still holds the order until a reviewer releases it
        assertThat(server.send("GET", "/v1/decisions/" + licenseDecision + "/authorization", null, admin)
                        .body())
                .contains("REVIEW");
        HttpResponse<String> released = server.send(
                "POST",
                "/v1/cases/" + licenseCase + "/release",
                "{\"reason\":\"license D654321 registered\"}",
                reviewer);
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(server.send("GET", "/v1/decisions/" + licenseDecision + "/authorization", null, admin)
                        .body())
                .contains("LICENSED");
        // a closed case no longer asks
        assertThat(FourEyesApiTest.json(get("/v1/cases/" + licenseCase)).has("coverage"))
                .isFalse();
    }
}
