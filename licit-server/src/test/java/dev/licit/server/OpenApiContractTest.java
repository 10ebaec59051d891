package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.store.keys.KeyRole;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 1: the OpenAPI document the server serves, read against the server's own answers.
 * A day's calls (decide, list, classify, screen, review, license, NAC, ship, audit, keys) are made
 * against a running server; each JSON answer is checked against the response schema its operation
 * documents for that status: every property present has the documented JSON type, every required
 * property is present, and, over the whole run, every property a schema names was seen in some
 * answer under that name (a field the document names but the server never sends, such as
 * {@code quantityRemaining} sent as {@code quantityUsed}, fails). Properties that appear only in
 * states this run does not reach are listed in {@link #CONDITIONAL}, each with why.
 */
class OpenApiContractTest {
    @TempDir
    static Path home;

    static TestServer server;
    static JsonNode doc;
    static final ObjectMapper JSON = dev.licit.core.json.Json.COMPACT;

    /**
     * Properties that appear only in states this run does not reach (schema location, property):
     * a stale or failed list, a revoked or dry-run state, errors of a failed check.
     */
    static final Map<String, String> CONDITIONAL = new LinkedHashMap<>();

    static {
        CONDITIONAL.put("lastError", "ListAges: only after a failed fetch");
        CONDITIONAL.put("lastErrorAt", "ListAges: only after a failed fetch");
        CONDITIONAL.put(
                "source", "ListAges: only for a list fetched by source id (this server uses the built-in list)");
        CONDITIONAL.put("ownership", "Decision parties: present only for a party whose owners the order gives");
        CONDITIONAL.put("notice", "Decision rulebook: present only for a date after the rules' reviewedThrough");
        CONDITIONAL.put("osUser", "Decision submittedBy: only for a self-declared CLI actor, never over the API");
        CONDITIONAL.put(
                "reasonCode", "CaseMatch: only once a reviewer acted on the match (the run takes no case action)");
        CONDITIONAL.put("reasonNote", "CaseMatch: only once a reviewer acted on the match with a note");
    }

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(home);
        HttpResponse<String> r = server.send("GET", "/openapi.yaml", null, server.keys.get(KeyRole.ADMIN));
        assertThat(r.statusCode()).isEqualTo(200);
        doc = dev.licit.core.json.Json.YAML.readTree(r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private final List<String> failures = new ArrayList<>();
    /** For each schema location, the properties it names and those seen in some answer. */
    private final Map<String, Set<String>> named = new LinkedHashMap<>();

    private final Map<String, Set<String>> seen = new LinkedHashMap<>();
    private final Set<String> operationsChecked = new TreeSet<>();

    private JsonNode call(String method, String path, String body, KeyRole role, int expected) throws Exception {
        HttpResponse<String> r = server.send(method, path, body, role == null ? null : server.keys.get(role));
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.contains("json")) {
            return null;
        }
        JsonNode body2 = JSON.readTree(r.body());
        JsonNode op = operation(method, path);
        if (op == null) {
            failures.add(method + " " + path + ": no operation in openapi.yaml");
            return body2;
        }
        JsonNode response = resolve(op.path("responses").path(Integer.toString(expected)));
        if (response.isMissingNode()) {
            failures.add(method + " " + path + ": status " + expected + " not documented");
            return body2;
        }
        JsonNode content = response.path("content");
        JsonNode schema = content.path(
                        type.startsWith("application/problem+json") ? "application/problem+json" : "application/json")
                .path("schema");
        if (schema.isMissingNode()) {
            failures.add(method + " " + path + " " + expected + ": answered " + type + ", documented "
                    + content.fieldNames().next());
            return body2;
        }
        operationsChecked.add(method + " " + template(path));
        check(
                schema,
                body2,
                method + " " + path + " " + expected + " $",
                "#/paths" + template(path) + "/" + method.toLowerCase(java.util.Locale.ROOT));
        return body2;
    }

    /** The documented path a concrete path matches ({@code /v1/cases/7} -> {@code /v1/cases/{id}}). */
    private static String template(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String best = null;
        for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            String t = it.next();
            if (p.matches(t.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))
                    && (best == null || !t.contains("{"))) {
                best = t;
            }
        }
        return best == null ? p : best;
    }

    private static JsonNode operation(String method, String path) {
        JsonNode op = doc.path("paths").path(template(path)).path(method.toLowerCase(java.util.Locale.ROOT));
        return op.isMissingNode() ? null : op;
    }

    private static JsonNode resolve(JsonNode n) {
        while (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            n = doc.at(ref.substring(1));
        }
        return n;
    }

    private static String where(JsonNode n, String fallback) {
        return n.has("$ref") ? n.get("$ref").asText() : fallback;
    }

    /** Checks a value against a schema; records the properties named and seen at the schema's location. */
    private void check(JsonNode schemaRef, JsonNode value, String at, String location) {
        String loc = where(schemaRef, location);
        JsonNode schema = resolve(schemaRef);
        if (schema.has("allOf")) {
            int i = 0;
            for (JsonNode part : schema.get("allOf")) {
                check(part, value, at, loc + "/allOf/" + i++);
            }
        }
        for (String alt : List.of("oneOf", "anyOf")) {
            if (schema.has(alt)) {
                boolean any = false;
                int i = 0;
                for (JsonNode part : schema.get(alt)) {
                    OpenApiContractTest probe = new OpenApiContractTest();
                    probe.check(part, value, at, loc + "/" + alt + "/" + i++);
                    if (probe.failures.isEmpty()) {
                        any = true;
                        check(part, value, at, loc + "/" + alt + "/" + (i - 1));
                        break;
                    }
                }
                if (!any) {
                    failures.add(at + ": matches none of " + alt + " at " + loc);
                }
                return;
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            failures.add(at + ": " + kind(value) + " where " + loc + " says " + schema.get("type"));
            return;
        }
        if (value.isObject() && schema.has("properties")) {
            Set<String> names = named.computeIfAbsent(loc, k -> new LinkedHashSet<>());
            Set<String> present = seen.computeIfAbsent(loc, k -> new LinkedHashSet<>());
            for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                names.add(p.getKey());
                if (value.has(p.getKey())) {
                    present.add(p.getKey());
                    check(
                            p.getValue(),
                            value.get(p.getKey()),
                            at + "." + p.getKey(),
                            loc + "/properties/" + p.getKey());
                }
            }
            for (JsonNode req : schema.path("required")) {
                if (!value.has(req.asText())) {
                    failures.add(at + ": required '" + req.asText() + "' is missing (" + loc + ")");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode v : value) {
                check(schema.get("items"), v, at + "[" + i++ + "]", loc + "/items");
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" ->
                value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void everyDocumentedAnswerOfADaysWorkHasTheDocumentedFieldsUnderTheirNames() throws Exception {
        String today = FourEyesApiTest.today();
        call("GET", "/health", null, null, 200);
        call("GET", "/health/live", null, null, 200);
        call("GET", "/health/ready", null, null, 200);
        call("GET", "/v1/session", null, KeyRole.REQUESTER, 200);

        // orders: a clearance, a license requirement (a case), a possible list match (a HOLD case)
        JsonNode nlr = call(
                "POST",
                "/v1/decisions",
                FourEyesApiTest.order("OA-1", today, "Siemens AG", "DE", "DE"),
                KeyRole.REQUESTER,
                201);
        JsonNode lic = call(
                "POST",
                "/v1/decisions",
                FourEyesApiTest.order("OA-2", today, "Saigon Render Farm JSC", "VN", "VN"),
                KeyRole.REQUESTER,
                201);
        call(
                "POST",
                "/v1/decisions",
                FourEyesApiTest.order("OA-3", today, "Higon Trading GmbH", "DE", "DE"),
                KeyRole.REQUESTER,
                201);
        call(
                "POST",
                "/v1/decisions?asOf=2024-06-01&dryRun=true",
                FourEyesApiTest.order("OA-4", "2024-06-01", "Siemens AG", "DE", "DE"),
                KeyRole.ADMIN,
                201);
        call("GET", "/v1/decisions", null, KeyRole.ADMIN, 200);
        call("GET", "/v1/decisions?orderId=OA-2", null, KeyRole.ADMIN, 200);
        String nlrId = nlr.get("decisionId").asText();
        String licId = lic.get("decisionId").asText();
        call("GET", "/v1/decisions/" + nlrId, null, KeyRole.REQUESTER, 200);
        call("GET", "/v1/decisions/" + licId + "/authorization", null, KeyRole.REQUESTER, 200);
        call("POST", "/v1/decisions/" + nlrId + "/shipments", "{}", KeyRole.REQUESTER, 201);
        call("GET", "/v1/decisions/D-none", null, KeyRole.REQUESTER, 404);

        call("POST", "/v1/classify?asOf=2024-06-01", "{\"catalogId\":\"nvidia-h20-hgx-sxm\"}", KeyRole.REQUESTER, 200);
        call("GET", "/v1/screen?name=Huawei", null, KeyRole.REQUESTER, 200);
        call("GET", "/v1/rules?asOf=2024-06-01", null, KeyRole.REQUESTER, 200);
        call("GET", "/v1/rules/versions", null, KeyRole.REQUESTER, 200);
        call("GET", "/v1/rules/i18n/ko", null, KeyRole.REQUESTER, 200);
        call("GET", "/v1/catalog", null, KeyRole.REQUESTER, 200);
        call("GET", "/v1/catalog/nvidia-h100-sxm5-80gb", null, KeyRole.REQUESTER, 200);
        call("GET", "/v1/chart?asOf=2024-06-01", null, KeyRole.REQUESTER, 200);

        JsonNode cases = call("GET", "/v1/cases?status=all", null, KeyRole.REVIEWER, 200);
        for (JsonNode c : cases) {
            call("GET", "/v1/cases/" + c.get("id").asText(), null, KeyRole.REVIEWER, 200);
        }

        call(
                "POST",
                "/v1/licenses",
                "{\"number\":\"D7654321\",\"eccns\":[\"3A090\"],\"destination\":\"VN\",\"parties\":[\"Saigon Render Farm JSC\"],"
                        + "\"quantityLimit\":16,\"valueLimitUsd\":400000,\"validFrom\":\"2026-01-01\",\"validTo\":\"2027-12-31\"}",
                KeyRole.ADMIN,
                201);
        call("GET", "/v1/licenses", null, KeyRole.REVIEWER, 200);
        call(
                "POST",
                "/v1/licenses/D7654321/revoke",
                "{\"reason\":\"superseded by a new license\"}",
                KeyRole.ADMIN,
                200);
        // an L40 to a Chinese cloud firm: a NAC notification (scenario P10)
        JsonNode l40 = call(
                "POST",
                "/v1/decisions",
                "{\"id\":\"OA-5\",\"date\":\"" + today
                        + "\",\"exportFrom\":\"US\",\"destination\":\"CN\",\"parties\":[{\"role\":\"END_USER\","
                        + "\"name\":\"Hangzhou Lakeside Cloud Services Co., Ltd.\",\"country\":\"CN\",\"headquarters\":\"CN\"}],"
                        + "\"items\":[{\"sku\":\"L40\",\"quantity\":8,\"catalogId\":\"nvidia-l40-pcie-48gb\"}]}",
                KeyRole.REQUESTER,
                201);
        JsonNode nac = call(
                "POST",
                "/v1/notifications",
                "{\"decisionId\":\"" + l40.get("decisionId").asText() + "\",\"filedOn\":\"" + today + "\"}",
                KeyRole.ADMIN,
                201);
        if (nac != null && nac.has("id")) {
            call(
                    "POST",
                    "/v1/notifications/" + nac.get("id").asText() + "/number",
                    "{\"bisNumber\":\"A123456\"}",
                    KeyRole.ADMIN,
                    200);
        }
        // the authorization route gives the notification's waiting period end, as a decision's own authorization does
        JsonNode nacAuth = call(
                "GET",
                "/v1/decisions/" + l40.get("decisionId").asText() + "/authorization",
                null,
                KeyRole.REQUESTER,
                200);
        assertThat(nacAuth.at("/notification/waitingPeriodEnds").asText())
                .isEqualTo(java.time.LocalDate.parse(today).plusDays(25).toString());
        // Huawei itself: the built-in list's parent row and its two affiliate rows, grouped (issue 17)
        call(
                "POST",
                "/v1/decisions",
                "{\"id\":\"OA-6\",\"date\":\"" + today
                        + "\",\"exportFrom\":\"US\",\"destination\":\"CN\",\"parties\":[{\"role\":\"END_USER\","
                        + "\"name\":\"Huawei Technologies Co., Ltd.\",\"country\":\"CN\",\"headquarters\":\"CN\"}],"
                        + "\"items\":[{\"sku\":\"L40\",\"quantity\":8,\"catalogId\":\"nvidia-l40-pcie-48gb\"}]}",
                KeyRole.REQUESTER,
                201);
        // a T4 is outside 3A090/4A090: its item carries the residual-classification guidance (issue 18, point 7)
        JsonNode t4 = call(
                "POST",
                "/v1/decisions",
                "{\"id\":\"OA-7\",\"date\":\"" + today
                        + "\",\"exportFrom\":\"US\",\"destination\":\"DE\",\"parties\":[{\"role\":\"END_USER\","
                        + "\"name\":\"Siemens AG\",\"country\":\"DE\"}],"
                        + "\"items\":[{\"sku\":\"T4\",\"quantity\":4,\"catalogId\":\"nvidia-t4-pcie-16gb\"}]}",
                KeyRole.REQUESTER,
                201);
        assertThat(t4.at("/items/0/residual/textKey").asText()).isEqualTo("residual.outside");
        // the L40 to China: the NAC overcomes the presumption of denial, which stays in view, marked
        assertThat(l40.at("/items/0/reasons").findValuesAsText("supersededBy")).contains("NAC");
        assertThat(lic.at("/items/0/wouldChange/0/textKey").asText()).startsWith("change.requirement");
        call("GET", "/v1/notifications", null, KeyRole.REVIEWER, 200);
        call("GET", "/v1/lists", null, KeyRole.REVIEWER, 200);
        call("GET", "/v1/ownership?name=Huawei", null, KeyRole.REQUESTER, 200);
        call("GET", "/v1/audit", null, KeyRole.ADMIN, 200);
        call("GET", "/v1/audit/head", null, KeyRole.ADMIN, 200);
        call("GET", "/v1/audit/verify", null, KeyRole.ADMIN, 200);
        call("GET", "/v1/keys", null, KeyRole.ADMIN, 200);
        JsonNode key = call("POST", "/v1/keys", "{\"role\":\"requester\",\"name\":\"Kim Minji\"}", KeyRole.ADMIN, 201);
        call("POST", "/v1/keys/" + key.get("id").asText() + "/revoke", "{}", KeyRole.ADMIN, 200);
        call("GET", "/v1/keys", null, KeyRole.ADMIN, 200);

        // every property a checked schema names was seen under that name, unless it is conditional
        Set<String> allowedUsed = new TreeSet<>();
        for (Map.Entry<String, Set<String>> e : named.entrySet()) {
            for (String p : e.getValue()) {
                if (!seen.getOrDefault(e.getKey(), Set.of()).contains(p)) {
                    if (CONDITIONAL.containsKey(p)) {
                        allowedUsed.add(p);
                    } else {
                        failures.add(e.getKey() + ": names '" + p + "', which no answer had");
                    }
                }
            }
        }
        // the allow-list stays as short as the run allows: an entry no longer needed is an error. The
        // rulebook's notice is on every decision dated after the rules' review date and on none before:
        // so a run on a day after the review sees it everywhere, as the clock decides
        java.time.LocalDate reviewed = dev.licit.core.io.RulebookLoader.load(null, List.of())
                .on(java.time.LocalDate.parse(today))
                .settings()
                .reviewedThrough();
        boolean pastReview =
                reviewed != null && java.time.LocalDate.parse(today).isAfter(reviewed);
        for (String p : CONDITIONAL.keySet()) {
            if (p.equals("notice") && pastReview) {
                continue;
            }
            if (!allowedUsed.contains(p)) {
                failures.add("CONDITIONAL lists '" + p + "', which every answer had: remove it");
            }
        }
        assertThat(operationsChecked).hasSizeGreaterThan(30);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }
}
