package dev.licit.server;

import dev.licit.server.auth.Authenticator;
import dev.licit.server.auth.Role;
import dev.licit.server.auth.Sessions;
import dev.licit.server.http.Json;
import dev.licit.server.http.Problem;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the versioned REST API, the web UI, health, metrics and the OpenAPI document.
 * Every route names the roles it admits; only {@code /health} and the sign-in page with its static
 * assets (code, no data) answer without a key.
 */
final class LicitServer {
    private static final Logger LOG = LoggerFactory.getLogger(LicitServer.class);
    /** Largest request body accepted: an order, a batch of chips or a list file. */
    public static final long MAX_REQUEST_BYTES = 32L * 1024 * 1024;
    private static final String UI_HEADER = "X-Licit-UI";

    private final Javalin app;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /**
     * @param clock what browser sessions expire by
     * @param routes registers the API's routes (each with its roles)
     */
    public LicitServer(Authenticator authenticator, Clock clock, Consumer<io.javalin.config.RoutesConfig> routes) {
        Sessions sessions = new Sessions(clock);
        this.app = Javalin.create(config -> configure(config, authenticator, sessions, routes));
    }

    public LicitServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    private void configure(JavalinConfig config, Authenticator authenticator, Sessions sessions,
                           Consumer<io.javalin.config.RoutesConfig> routes) {
        config.concurrency.useVirtualThreads = true;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.http.asyncTimeout = 30_000;
        // Javalin copies each response through a buffer of this size, allocated per response
        // (Jetty's 32 KB output buffer by default); responses here are a few KB
        config.http.responseBufferSize = 8_192;
        config.startup.showJavalinBanner = false;
        config.jetty.modifyServer(server -> {
            for (var connector : server.getConnectors()) {
                if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                    c.setIdleTimeout(30_000); // a slow or stalled client cannot hold a connection for ever
                }
            }
        });
        config.routes.beforeMatched(ctx -> {
            ctx.attribute("licit.start", System.nanoTime());
            authorize(ctx, authenticator, sessions);
        });
        config.routes.after(ctx -> {
            Long start = ctx.attribute("licit.start");
            var matched = ctx.endpoints().matchedHttpEndpoint();
            if (start != null) {
                // the route's pattern (/v1/decisions/{id}), never the raw path: a bounded set of series
                Timer.builder("licit.http.requests").tag("method", ctx.method().name())
                        .tag("path", matched == null ? "unmatched" : matched.path).tag("status", Integer.toString(ctx.statusCode()))
                        .register(metrics).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        });
        config.routes.exception(Problem.class, (p, ctx) -> Json.problem(ctx, p));
        config.routes.exception(dev.licit.store.NotFoundException.class,
                (e, ctx) -> Json.problem(ctx, Problem.notFound(e.getMessage())));
        config.routes.exception(dev.licit.store.ConflictException.class,
                (e, ctx) -> Json.problem(ctx, new Problem(409, "Conflict", e.getMessage())));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> Json.problem(ctx, Problem.badRequest(e.getMessage())));
        config.routes.exception(dev.licit.core.io.InputException.class, (e, ctx) -> Json.problem(ctx, Problem.badRequest(e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            Json.problem(ctx, new Problem(500, "Internal error",
                    "The request could not be completed; the failure is logged on the server."));
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Json.problem(ctx, Problem.notFound("no such resource: " + ctx.path()));
            }
        });
        config.routes.error(405, ctx -> Json.problem(ctx, new Problem(405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path())));
        config.routes.error(413, ctx -> Json.problem(ctx, new Problem(413, "Content too large", "the request body exceeds " + MAX_REQUEST_BYTES + " bytes")));

        config.routes.get("/health", ctx -> Json.ok(ctx, Json.object().put("status", "UP")));
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()), Role.ADMIN);
        config.routes.get("/openapi.yaml", ctx -> resource(ctx, "/licit/api/openapi.yaml", "application/yaml"), Role.values());
        config.routes.get("/docs", ctx -> resource(ctx, "/licit/web/docs.html", "text/html; charset=utf-8"), Role.values());
        config.routes.get("/webjars/*", LicitServer::webjar);
        // sign-in for the web UI: exchanges a key for an HttpOnly session cookie
        config.routes.post("/v1/session", ctx -> {
            String key = Json.body(ctx).path("key").asText("");
            Authenticator.Principal p = authenticator.authenticate(key).orElseThrow(Problem::unauthorized);
            String token = sessions.open(key);
            Cookie cookie = new Cookie(Sessions.COOKIE, token, "/", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT);
            ctx.cookie(cookie);
            Json.ok(ctx, Json.object().put("role", p.role().key()).put("keyId", p.keyId()));
        });
        config.routes.delete("/v1/session", ctx -> {
            sessions.close(ctx.cookie(Sessions.COOKIE));
            ctx.removeCookie(Sessions.COOKIE, "/");
            ctx.status(204);
        }, Role.values());
        config.routes.get("/v1/session", ctx -> {
            Authenticator.Principal p = ctx.attribute("licit.principal");
            Json.ok(ctx, Json.object().put("role", p.role().key()).put("keyId", p.keyId()));
        }, Role.values());
        WebUi.register(config.routes);
        routes.accept(config.routes);
    }

    /** Public routes have no roles; every other route needs a key whose role it admits. */
    private static void authorize(Context ctx, Authenticator authenticator, Sessions sessions) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        Optional<String> key;
        boolean viaCookie = false;
        if (header != null) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw Problem.unauthorized();
            }
            key = Optional.of(header.substring(7).trim());
        } else {
            key = sessions.keyFor(ctx.cookie(Sessions.COOKIE));
            viaCookie = key.isPresent();
        }
        if (key.isEmpty() || key.get().isEmpty() || key.get().length() > 512) {
            if (ctx.path().startsWith("/ui")) {
                ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
                ctx.skipRemainingHandlers();
                return;
            }
            throw Problem.unauthorized();
        }
        Authenticator.Principal principal = authenticator.authenticate(key.get()).orElseThrow(Problem::unauthorized);
        if (!allowed.contains(principal.role())) {
            var matched = ctx.endpoints().matchedHttpEndpoint();
            throw Problem.forbidden("a " + principal.role().key() + " key may not use " + ctx.method() + " "
                    + (matched == null ? ctx.path() : matched.path));
        }
        // A cookie rides along with any request the browser makes; a state-changing request must
        // also carry a header a foreign page cannot set, so a cross-site form cannot act for the user.
        if (viaCookie && !"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name())
                && ctx.header(UI_HEADER) == null) {
            throw Problem.forbidden("a browser request that changes something must carry the " + UI_HEADER + " header");
        }
        ctx.attribute("licit.principal", principal);
    }

    static void resource(Context ctx, String path, String contentType) throws IOException {
        try (InputStream in = LicitServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw Problem.notFound("no such resource: " + ctx.path());
            }
            ctx.contentType(contentType).header("Cache-Control", "no-cache").result(in.readAllBytes());
        }
    }

    private static void webjar(Context ctx) throws IOException {
        String rest = ctx.path().substring("/webjars/".length());
        if (rest.contains("..") || !rest.matches("[A-Za-z0-9._/-]+")) {
            throw Problem.notFound("no such resource");
        }
        String type = WebUi.contentType(rest);
        resource(ctx, "/META-INF/resources/webjars/" + rest, type);
    }
}
