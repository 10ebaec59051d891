package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.json.Json;
import dev.licit.store.keys.KeyRole;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 13's server-side points on a real server behind a (pretended) TLS proxy: every error as
 * problem+json, HEAD authenticated like GET, upload names, failed keys throttled and logged, the
 * session cap and lifetime, the security headers. Health with a failing store is in {@link HealthTest}.
 */
class HardeningTest {
    static final ObjectMapper JSON = Json.COMPACT;
    static final Duration SESSION_LIFETIME = Duration.ofSeconds(3);
    static final int MAX_SESSIONS = 3;

    @TempDir
    static Path home;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(
                home,
                ServerLimits.defaults()
                        .withSessions(MAX_SESSIONS, Duration.ofHours(8), SESSION_LIFETIME)
                        .withTrustForwardedProto(true));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int port() {
        return server.server.port();
    }

    private static void assertProblem(RawHttp.Answer a, int status) throws Exception {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.header("Content-Type")).as(a.text()).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(a.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).startsWith("https://licit.dev/problems/");
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(a.text())
                .doesNotContainIgnoringCase("jetty")
                .doesNotContain("<html")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    private static String get(String path, String extraHeaders) {
        return "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    }

    @Test
    void everyErrorIsAProblemDocument() throws Exception {
        String key = "Authorization: Bearer " + server.keys.get(KeyRole.REQUESTER) + "\r\n";
        assertProblem(RawHttp.exchange(port(), get("/v1/nowhere", key)), 404);
        assertProblem(RawHttp.exchange(port(), get("/nowhere/at/all", "")), 404);
        assertProblem(
                RawHttp.exchange(
                        port(), "DELETE /v1/rules HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + key + "\r\n"),
                405);
        assertProblem(
                RawHttp.exchange(
                        port(),
                        "POST /v1/classify HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + key + "Content-Length: "
                                + (ServerLimits.MAX_REQUEST_BYTES + 1) + "\r\n\r\n"),
                413);
        assertProblem(RawHttp.exchange(port(), get("/v1/rules?q=" + "a".repeat(20_000), key)), 414);
        assertProblem(RawHttp.exchange(port(), get("/v1/rules", key + "X-Big: " + "b".repeat(20_000) + "\r\n")), 431);
        assertProblem(RawHttp.exchange(port(), "GET /v1/rules HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n"), 400);
    }

    @Test
    void headIsAuthenticatedLikeGet() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String path :
                List.of("/v1/keys", "/v1/rules/versions", "/v1/audit", "/metrics", "/openapi.yaml", "/v1/decisions")) {
            int none = server.send("HEAD", path, null, null).statusCode();
            if (none != 401) {
                failures.add("HEAD " + path + " without a key: " + none);
            }
        }
        assertThat(server.send("HEAD", "/v1/keys", null, server.keys.get(KeyRole.REQUESTER))
                        .statusCode())
                .isEqualTo(403);
        assertThat(server.send("HEAD", "/v1/keys", null, server.keys.get(KeyRole.ADMIN))
                        .statusCode())
                .isEqualTo(200);
        assertThat(server.send("HEAD", "/ui/admin", null, null).statusCode()).isEqualTo(302);
        assertThat(server.send("HEAD", "/health/live", null, null).statusCode()).isEqualTo(200);
        assertThat(failures).isEmpty();
    }

    @Test
    void uploadNamesThatAreNoFileNameAreRefused() throws Exception {
        String admin = server.keys.get(KeyRole.ADMIN);
        byte[] csv = "name\nx\n".getBytes(StandardCharsets.UTF_8);
        for (String name : List.of(".", "..", "", "/", "a/..", "...\\..")) {
            var r = Uploads.post(server, admin, List.of(new Uploads.Part(name, csv)), false);
            assertThat(r.statusCode()).as("'" + name + "': " + r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void failedKeysAreCountedLoggedAndThrottledPerAddress() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(LicitServer.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try {
            String guess = "lk_guessed_secret_" + System.nanoTime();
            for (int i = 0; i < 10; i++) {
                assertThat(fromAddress("198.51.100.7", "/v1/rules/versions", guess)
                                .statusCode())
                        .isEqualTo(401);
            }
            HttpResponse<String> throttled = fromAddress("198.51.100.7", "/v1/rules/versions", guess);
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
            long retryAfter =
                    Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 60L);
            // the same address with a real key is refused too until the window passes: the guesser learns nothing
            assertThat(fromAddress("198.51.100.7", "/v1/rules/versions", server.keys.get(KeyRole.REQUESTER))
                            .statusCode())
                    .isEqualTo(429);
            // the sign-in counts and is throttled alike
            assertThat(signIn("198.51.100.7", "{\"key\":\"" + guess + "\"}").statusCode())
                    .isEqualTo(429);
            // another address is not affected
            assertThat(fromAddress("198.51.100.8", "/v1/rules/versions", server.keys.get(KeyRole.REQUESTER))
                            .statusCode())
                    .isEqualTo(200);
            String metrics = server.send("GET", "/metrics", null, server.keys.get(KeyRole.ADMIN))
                    .body();
            assertThat(metrics).contains("licit_auth_failures_total").contains("licit_auth_throttled_total");
            List<String> lines = captured.list.stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
            assertThat(lines).anyMatch(l -> l.contains("authentication failed") && l.contains("198.51.100.7"));
            assertThat(lines).noneMatch(l -> l.contains(guess));
        } finally {
            log.detachAppender(captured);
        }
    }

    private HttpResponse<String> fromAddress(String address, String path, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.base + path))
                .header("Authorization", "Bearer " + key)
                .header("X-Forwarded-For", "203.0.113.1, " + address)
                .GET()
                .build();
        return server.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String address, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.base + "/v1/session"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return server.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sessionsAreCappedAndEndAtTheirLifetime() throws Exception {
        String body = "{\"key\":\"" + server.keys.get(KeyRole.REVIEWER) + "\"}";
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < MAX_SESSIONS; i++) {
            HttpResponse<String> r = signIn("192.0.2.10", body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
            // behind the trusted TLS proxy the cookie is Secure; it lives no longer than the session
            assertThat(setCookie)
                    .contains("Secure")
                    .contains("HttpOnly")
                    .contains("SameSite=Strict")
                    .contains("Max-Age=" + SESSION_LIFETIME.toSeconds());
            cookies.add(setCookie.substring(0, setCookie.indexOf(';')));
        }
        HttpResponse<String> full = signIn("192.0.2.10", body);
        assertThat(full.statusCode()).isEqualTo(503);
        assertThat(full.headers().firstValue("Retry-After")).isPresent();
        assertThat(withCookie(cookies.getFirst()).statusCode()).isEqualTo(200);
        Thread.sleep(SESSION_LIFETIME.plusMillis(500).toMillis());
        // busy or not, a session ends at its lifetime; then there is room for new ones
        assertThat(withCookie(cookies.getFirst()).statusCode()).isEqualTo(401);
        assertThat(signIn("192.0.2.10", body).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> withCookie(String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.base + "/v1/session"))
                .header("Cookie", cookie)
                .GET()
                .build();
        return server.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void securityHeaders() throws Exception {
        String key = server.keys.get(KeyRole.ADMIN);
        HttpResponse<String> page = server.send("GET", "/ui/", null, key);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        // no page carries an inline script or style for the policy to block
        for (String p : List.of(
                "/login",
                "/ui/",
                "/ui/chips",
                "/ui/decisions",
                "/ui/cases",
                "/ui/licenses",
                "/ui/audit",
                "/ui/admin",
                "/docs")) {
            String html = server.send("GET", p, null, key).body();
            assertThat(html)
                    .as(p)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                    .doesNotContain("<style")
                    .doesNotContain(" style=");
        }
        HttpResponse<String> api = server.send("GET", "/v1/rules/versions", null, key);
        assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(api.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(server.send("GET", "/v1/nowhere", null, key).headers().firstValue("Cache-Control"))
                .hasValue("no-store");
    }
}
