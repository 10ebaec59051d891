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
 * Issue 18, point 1: the fields the UI and the CLI show exist in the API's answers under the names
 * the OpenAPI document gives (what is left of a license, when a NAC waiting period ends), decisions
 * are searched by order, verdict, destination and party, and a parameter or field the API does not
 * know is refused instead of ignored.
 */
class ContractViewsApiTest {
    @TempDir
    static Path home;

    static TestServer server;
    static String requester;
    static String admin;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(home);
        requester = server.keys.get(KeyRole.REQUESTER);
        admin = server.keys.get(KeyRole.ADMIN);
        String today = FourEyesApiTest.today();
        for (String[] o : List.of(
                new String[] {"SEARCH-1", "Siemens AG", "DE", "DE"},
                new String[] {"SEARCH-2", "Hanoi Cloud Services JSC", "VN", "VN"},
                new String[] {"SEARCH-3", "Tokyo Compute KK", "JP", "JP"})) {
            HttpResponse<String> r = server.send(
                    "POST", "/v1/decisions", FourEyesApiTest.order(o[0], today, o[1], o[2], o[3]), requester);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> orderIds(String query) throws Exception {
        HttpResponse<String> r = server.send("GET", "/v1/decisions" + query, null, admin);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode d : FourEyesApiTest.json(r)) {
            ids.add(d.get("orderId").asText());
        }
        return ids;
    }

    @Test
    void decisionsAreSearchedByOrderDestinationPartyVerdictAndDates() throws Exception {
        assertThat(orderIds("?orderId=SEARCH-2")).containsExactly("SEARCH-2");
        assertThat(orderIds("?orderId=SEARCH-9")).isEmpty();
        assertThat(orderIds("?destination=jp")).containsExactly("SEARCH-3");
        assertThat(orderIds("?party=hanoi%20cloud")).containsExactly("SEARCH-2");
        // LIKE's wildcards are taken literally
        assertThat(orderIds("?party=%25")).isEmpty();
        String today = FourEyesApiTest.today();
        assertThat(orderIds("?since=" + today + "&until=" + today)).contains("SEARCH-1", "SEARCH-2", "SEARCH-3");
        String yesterday = java.time.LocalDate.parse(today).minusDays(1).toString();
        assertThat(orderIds("?until=" + yesterday)).isEmpty();
        HttpResponse<String> one = server.send("GET", "/v1/decisions?orderId=SEARCH-1", null, admin);
        String verdict = FourEyesApiTest.json(one).get(0).get("verdict").asText();
        assertThat(orderIds("?orderId=SEARCH-1&verdict=" + verdict)).containsExactly("SEARCH-1");
        String other = verdict.equals("PROHIBITED") ? "NLR" : "PROHIBITED";
        assertThat(orderIds("?orderId=SEARCH-1&verdict=" + other)).isEmpty();
        assertThat(FourEyesApiTest.json(one).get(0).get("destination").asText()).isEqualTo("DE");
    }

    @Test
    void anUnknownSearchParameterOrVerdictIsRefusedNotIgnored() throws Exception {
        FourEyesApiTest.problem(
                server.send("GET", "/v1/decisions?order=SEARCH-2", null, admin),
                400,
                "unknown query parameter 'order'");
        FourEyesApiTest.problem(server.send("GET", "/v1/decisions?verdict=MAYBE", null, admin), 400, "verdict");
        FourEyesApiTest.problem(server.send("GET", "/v1/decisions?format=xml", null, admin), 400, "json or csv");
        HttpResponse<String> csv = server.send("GET", "/v1/decisions?orderId=SEARCH-2&format=csv", null, admin);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).contains(",SEARCH-2,VN,");
        FourEyesApiTest.problem(
                server.send("GET", "/v1/decisions?since=2026-02-01&until=2026-01-01", null, admin), 400, "until");
    }

    @Test
    void aShipmentWithAFieldTheStoreDoesNotKeepIsRefused() throws Exception {
        HttpResponse<String> d = server.send(
                "POST",
                "/v1/decisions",
                FourEyesApiTest.order("SHIP-1", FourEyesApiTest.today(), "Siemens AG", "DE", "DE"),
                requester);
        String id = FourEyesApiTest.json(d).get("decisionId").asText();
        FourEyesApiTest.problem(
                server.send("POST", "/v1/decisions/" + id + "/shipments", "{\"quantity\":1}", requester),
                400,
                "'quantity': unknown field");
    }

    @Test
    void aLicenseShowsWhatIsLeftAndANotificationWhenItsWaitingPeriodEnds() throws Exception {
        String license =
                "{\"number\":\"D1234567\",\"eccns\":[\"3A090\"],\"destination\":\"AE\",\"parties\":[\"G42 Cloud\"],"
                        + "\"quantityLimit\":16,\"valueLimitUsd\":400000,\"validFrom\":\"2026-01-01\",\"validTo\":\"2027-12-31\"}";
        HttpResponse<String> r = server.send("POST", "/v1/licenses", license, admin);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode made = FourEyesApiTest.json(r);
        assertThat(made.get("quantityRemaining").asLong()).isEqualTo(16);
        assertThat(made.get("valueRemainingUsd").decimalValue()).isEqualByComparingTo("400000");
        JsonNode listed = FourEyesApiTest.json(server.send("GET", "/v1/licenses", null, admin));
        assertThat(listed.get(0).get("quantityRemaining").asLong()).isEqualTo(16);
        assertThat(listed.get(0).get("exhausted").asBoolean()).isFalse();

        // an L40 (3A090.b) to a Chinese cloud firm needs a NAC notification (scenario P10)
        String l40 = "{\"id\":\"NAC-1\",\"date\":\"" + FourEyesApiTest.today()
                + "\",\"exportFrom\":\"US\",\"destination\":\"CN\",\"parties\":[{\"role\":\"END_USER\","
                + "\"name\":\"Hangzhou Lakeside Cloud Services Co., Ltd.\",\"country\":\"CN\",\"headquarters\":\"CN\"}],"
                + "\"items\":[{\"sku\":\"L40\",\"quantity\":8,\"catalogId\":\"nvidia-l40-pcie-48gb\"}]}";
        HttpResponse<String> nacOrder = server.send("POST", "/v1/decisions", l40, requester);
        assertThat(FourEyesApiTest.json(nacOrder).get("verdict").asText()).isEqualTo("NOTIFICATION_REQUIRED");
        String id = FourEyesApiTest.json(nacOrder).get("decisionId").asText();
        HttpResponse<String> filed = server.send(
                "POST",
                "/v1/notifications",
                "{\"decisionId\":\"" + id + "\",\"filedOn\":\"" + FourEyesApiTest.today() + "\"}",
                admin);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String ends =
                java.time.LocalDate.parse(FourEyesApiTest.today()).plusDays(25).toString();
        assertThat(FourEyesApiTest.json(filed).get("waitingPeriodEnds").asText())
                .isEqualTo(ends);
        JsonNode all = FourEyesApiTest.json(server.send("GET", "/v1/notifications", null, admin));
        assertThat(all.get(0).get("waitingPeriodEnds").asText()).isEqualTo(ends);
    }

    /**
     * The record of decision {@code id} as the requester asks for it, with {@code headers} (name, value, name,
     * value...) beside the key.
     */
    private static <T> HttpResponse<T> record(
            java.net.http.HttpClient http, String id, HttpResponse.BodyHandler<T> body, String... headers)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.base + "/v1/decisions/" + id + "/record"))
                .header("Authorization", "Bearer " + requester);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), body);
    }

    @Test
    void aDecisionsRecordIsAnHtmlPageOrAPdfInEnglishOrKorean() throws Exception {
        HttpResponse<String> d = server.send(
                "POST",
                "/v1/decisions",
                FourEyesApiTest.order("REC-API", FourEyesApiTest.today(), "Siemens AG", "DE", "DE"),
                requester);
        String id = FourEyesApiTest.json(d).get("decisionId").asText();
        var http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> en = record(http, id, HttpResponse.BodyHandlers.ofString());
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(en.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("style-src 'sha256-");
        assertThat(en.body())
                .contains("Export decision record")
                .contains("REC-API")
                .contains(id);
        HttpResponse<String> ko =
                record(http, id, HttpResponse.BodyHandlers.ofString(), "Accept-Language", "ko-KR,ko;q=0.9");
        assertThat(ko.body()).contains("수출 판정 기록");
        // ?lang= (the UI's links) over Accept-Language; another language or an unknown parameter is refused
        for (String[] asked : List.of(
                new String[] {"?lang=ko", "200", "수출 판정 기록"},
                new String[] {"?lang=en", "200", "Export decision record"},
                new String[] {"?lang=fr", "400", "lang: en or ko"},
                new String[] {"?language=ko", "400", "unknown query parameter 'language'"})) {
            HttpResponse<String> r = http.send(
                    java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create(server.base + "/v1/decisions/" + id + "/record" + asked[0]))
                            .header("Authorization", "Bearer " + requester)
                            .header("Accept-Language", "ko-KR,ko;q=0.9")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(asked[0]).isEqualTo(Integer.parseInt(asked[1]));
            assertThat(r.body()).as(asked[0]).contains(asked[2]);
        }
        for (String lang : List.of("en", "ko")) {
            HttpResponse<byte[]> pdf = record(
                    http,
                    id,
                    HttpResponse.BodyHandlers.ofByteArray(),
                    "Accept",
                    "application/pdf",
                    "Accept-Language",
                    lang);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper()
                        .getText(doc)
                        .replaceAll("\\s+", " ");
                assertThat(text)
                        .contains(id)
                        .contains("REC-API")
                        .contains("Siemens AG")
                        .contains(lang.equals("ko") ? "수출 판정 기록" : "Export decision record");
                for (var page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        assertThat(page.getResources().getFont(name).isEmbedded())
                                .isTrue();
                    }
                }
            }
        }
        // HTML is preferred when it weighs more; a type that is neither is refused naming both
        HttpResponse<String> weighed =
                record(http, id, HttpResponse.BodyHandlers.ofString(), "Accept", "application/pdf;q=0.5, text/html");
        assertThat(weighed.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        HttpResponse<String> json =
                record(http, id, HttpResponse.BodyHandlers.ofString(), "Accept", "application/json");
        FourEyesApiTest.problem(json, 406, "application/pdf");
    }

    @Test
    void theAuditTrailNamesAKeysHolderBesideItsId() throws Exception {
        JsonNode rows = FourEyesApiTest.json(server.send("GET", "/v1/audit?limit=10000", null, admin));
        String requesterId = requester.substring(3, 15);
        boolean seen = false;
        for (JsonNode row : rows) {
            if (row.get("actor").asText().equals("api-key:" + requesterId)) {
                assertThat(row.get("actorName").asText()).isEqualTo("test-REQUESTER");
                seen = true;
            } else if (!row.get("actor").asText().startsWith("api-key:")) {
                assertThat(row.has("actorName")).as(row.toString()).isFalse();
            }
        }
        assertThat(seen).isTrue();
    }
}
