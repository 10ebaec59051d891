package dev.licit.server;

import dev.licit.server.auth.Authenticator;
import dev.licit.server.auth.FailedAuthentications;
import dev.licit.server.auth.Role;
import dev.licit.server.auth.Sessions;
import dev.licit.server.http.HeaderDeadline;
import dev.licit.server.http.Json;
import dev.licit.server.http.MinBodyRate;
import dev.licit.server.http.Problem;
import dev.licit.server.http.ProblemErrorHandler;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the versioned REST API, the web UI, health, metrics and the OpenAPI document.
 * Every route names the roles it admits; only {@code /health}, the sign-in with its page and the
 * static assets (code, no data) answer without a key. Every limit of {@link ServerLimits} is applied
 * here, and every error leaves as problem+json (docs/SECURITY.md).
 */
final class LicitServer {
    private static final Logger LOG = LoggerFactory.getLogger(LicitServer.class);
    /** Largest request body accepted: an order, a batch of chips or a list file. */
    public static final long MAX_REQUEST_BYTES = ServerLimits.MAX_REQUEST_BYTES;

    private static final String UI_HEADER = "X-Licit-UI";
    /** Pages of the UI: scripts and styles from our own files only, never inline, never framed. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Everything that is not a page (JSON, YAML, scripts): nothing to load, never framed. */
    private static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final Javalin app;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ServerLimits limits;
    private final Sessions sessions;
    private final FailedAuthentications failures;
    private final Health health;
    private final Health.WriteOutcomes writes;
    /** Runs before each /metrics scrape (the list gauges register files new since the last). */
    private volatile Runnable beforeScrape = () -> {};

    /**
     * @param clock the process's one clock: what sessions expire by and failed keys are counted by
     * @param health what /health reports (null: the process only, for a server without a store)
     * @param writes where the outcome of every write request is noted for /health
     * @param routes registers the API's routes (each with its roles)
     */
    LicitServer(
            Authenticator authenticator,
            Clock clock,
            ServerLimits limits,
            Health health,
            Health.WriteOutcomes writes,
            Consumer<io.javalin.config.RoutesConfig> routes) {
        this.limits = limits;
        this.sessions = new Sessions(clock, limits.maxSessions(), limits.sessionIdle(), limits.sessionLifetime());
        this.failures = new FailedAuthentications(clock, limits.failedAuthenticationsPerMinute());
        this.health = health;
        this.writes = writes;
        Gauge.builder("licit.sessions", sessions, Sessions::size)
                .description("open browser sessions")
                .register(metrics);
        this.app = Javalin.create(config -> configure(config, authenticator, routes));
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

    void beforeScrape(Runnable r) {
        this.beforeScrape = r;
    }

    private String scrape() {
        try {
            beforeScrape.run();
        } catch (RuntimeException e) {
            // a gauge that cannot be registered must not cost the other metrics
            LOG.warn("metrics: preparing the list gauges failed", e);
        }
        return metrics.scrape();
    }

    private void configure(
            JavalinConfig config, Authenticator authenticator, Consumer<io.javalin.config.RoutesConfig> routes) {
        config.concurrency.useVirtualThreads = true;
        config.http.maxRequestSize = limits.maxRequestBytes();
        config.http.asyncTimeout = 30_000;
        // a known path with another method is 405, not 404: the client learns its mistake
        config.http.prefer405over404 = true;
        // Javalin copies each response through a buffer of this size, allocated per response
        // (Jetty's 32 KB output buffer by default); responses here are a few KB
        config.http.responseBufferSize = 8_192;
        config.startup.showJavalinBanner = false;
        // multipart is parsed by Jetty, not through maxRequestSize: without these a list upload had no bound
        config.jetty.multipartConfig.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(limits.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB); // larger parts go to a temporary file
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
        });
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new ProblemErrorHandler());
            // at the cap Jetty stops accepting: new connections wait in the kernel's backlog
            server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
            // the connectors exist only once Javalin starts the server
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    // a body trickled slower than this is refused (408) instead of holding a thread and a
                    // buffer; not Jetty's own minimum data rate, which refused honest bodies on a busy server
                    server.insertHandler(new MinBodyRate(limits.minRequestBytesPerSecond()));
                    for (var connector : server.getConnectors()) {
                        if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                            c.setIdleTimeout(
                                    limits.idleTimeout().toMillis()); // a silent client cannot hold a connection
                            c.addBean(new HeaderDeadline(limits.headerTimeout())); // nor one that trickles its headers
                        }
                    }
                }
            });
        });
        config.routes.before(ctx -> {
            ctx.attribute("licit.start", System.nanoTime());
            securityHeaders(ctx);
            if (ctx.contentLength() > limits.maxRequestBytes()) {
                throw tooLarge(limits.maxRequestBytes()); // refused before a byte of the body is read
            }
        });
        config.routes.beforeMatched(ctx -> authorize(ctx, authenticator));
        config.routes.after(ctx -> {
            Long start = ctx.attribute("licit.start");
            var matched = ctx.endpoints().matchedHttpEndpoint();
            if (start != null) {
                // the route's pattern (/v1/decisions/{id}), never the raw path: a bounded set of series
                Timer.builder("licit.http.requests")
                        .tag("method", ctx.method().name())
                        .tag("path", matched == null ? "unmatched" : matched.path)
                        .tag("status", Integer.toString(ctx.statusCode()))
                        .register(metrics)
                        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
            if (isWrite(ctx) && matched != null) {
                if (ctx.statusCode() < 400) {
                    writes.succeeded();
                } else if (ctx.statusCode() >= 500) {
                    writes.failed();
                }
            }
        });
        config.routes.exception(Problem.class, (p, ctx) -> Json.problem(ctx, p));
        config.routes.exception(
                dev.licit.store.common.NotFoundException.class,
                (e, ctx) -> Json.problem(ctx, Problem.notFound(e.getMessage())));
        config.routes.exception(
                dev.licit.store.common.ForbiddenException.class,
                (e, ctx) -> Json.problem(ctx, Problem.forbidden(e.getMessage())));
        config.routes.exception(
                dev.licit.store.common.ConflictException.class,
                (e, ctx) -> Json.problem(ctx, new Problem(409, "Conflict", e.getMessage())));
        config.routes.exception(
                IllegalArgumentException.class, (e, ctx) -> Json.problem(ctx, Problem.badRequest(e.getMessage())));
        config.routes.exception(
                dev.licit.core.io.InputException.class,
                (e, ctx) -> Json.problem(ctx, Problem.badRequest(e.getMessage())));
        // Javalin's own refusals (a body over maxRequestSize, ...): its status, our fixed words
        config.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> Json.problem(ctx, ProblemErrorHandler.forStatus(e.getStatus())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (isMultipartOverLimit(e)) {
                Json.problem(ctx, tooLarge(limits.maxRequestBytes()));
                return;
            }
            // Jetty's refusals while a body is read (408: slower than the minimum rate; 400: malformed chunks)
            org.eclipse.jetty.http.HttpException jetty = jettyRefusal(e);
            if (jetty != null && jetty.getCode() >= 400 && jetty.getCode() < 500) {
                LOG.info("request {} {} refused by Jetty: {}", ctx.method(), ctx.path(), jetty.getCode());
                Json.problem(ctx, ProblemErrorHandler.forStatus(jetty.getCode()));
                return;
            }
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            if (isWrite(ctx)) {
                writes.failed();
            }
            Json.problem(ctx, ProblemErrorHandler.forStatus(500));
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Json.problem(ctx, Problem.notFound("no such resource: " + ctx.path()));
            }
        });
        config.routes.error(
                405,
                ctx -> Json.problem(
                        ctx,
                        new Problem(405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path())));
        config.routes.error(413, ctx -> {
            if (!"application/problem+json".equals(ctx.res().getContentType())) {
                Json.problem(ctx, tooLarge(limits.maxRequestBytes()));
            }
        });

        config.routes.get("/health", ctx -> health(ctx, true));
        config.routes.get("/health/ready", ctx -> health(ctx, false));
        config.routes.get("/health/live", ctx -> Json.ok(ctx, Json.object().put("status", "UP")));
        config.routes.get(
                "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(scrape()), Role.ADMIN);
        config.routes.get(
                "/openapi.yaml", ctx -> resource(ctx, "/licit/api/openapi.yaml", "application/yaml"), Role.values());
        config.routes.get(
                "/docs",
                ctx -> {
                    // Swagger UI sets style attributes as it renders; its scripts are files, never inline
                    ctx.header(
                            "Content-Security-Policy",
                            PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
                    resource(ctx, "/licit/web/docs.html", "text/html; charset=utf-8");
                },
                Role.values());
        config.routes.get("/webjars/*", LicitServer::webjar);
        // sign-in for the web UI: exchanges a key for an HttpOnly session cookie
        config.routes.post("/v1/session", ctx -> {
            String address = clientAddress(ctx);
            refuseIfThrottled(ctx, address);
            String key = Json.bodyAtMost(ctx, limits.maxPublicBodyBytes())
                    .path("key")
                    .asText("");
            Optional<Authenticator.Principal> found =
                    key.isEmpty() || key.length() > 512 ? Optional.empty() : authenticator.authenticate(key);
            Authenticator.Principal p = found.orElseThrow(() -> failed(ctx, address, "unknown key at sign-in"));
            String token = sessions.open(key).orElseThrow(() -> {
                ctx.header("Retry-After", "60");
                return new Problem(
                        503,
                        "Service unavailable",
                        "too many open sessions; try again later, or use the API key directly");
            });
            ctx.cookie(new Cookie(
                    Sessions.COOKIE,
                    token,
                    "/",
                    (int) sessions.lifetimeSeconds(),
                    overTls(ctx),
                    true,
                    null,
                    SameSite.STRICT));
            Json.ok(ctx, Json.object().put("role", p.role().key()).put("keyId", p.keyId()));
        });
        config.routes.delete(
                "/v1/session",
                ctx -> {
                    sessions.close(ctx.cookie(Sessions.COOKIE));
                    ctx.removeCookie(Sessions.COOKIE, "/");
                    ctx.status(204);
                },
                Role.values());
        config.routes.get(
                "/v1/session",
                ctx -> {
                    Authenticator.Principal p = ctx.attribute("licit.principal");
                    Json.ok(ctx, Json.object().put("role", p.role().key()).put("keyId", p.keyId()));
                },
                Role.values());
        WebUi.register(config.routes);
        routes.accept(config.routes);
    }

    private void health(Context ctx, boolean full) {
        ctx.header("Cache-Control", "no-store");
        if (health == null) {
            Json.ok(ctx, Json.object().put("status", "UP"));
            return;
        }
        Health.Report report = health.check();
        var body = full ? report.json() : Json.object().put("status", report.ready() ? "UP" : "DOWN");
        Json.send(ctx, report.ready() ? 200 : 503, body);
    }

    /** Headers every response carries: no sniffing, no referrer, never framed, and /v1 answers never cached. */
    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY"); // for browsers that predate frame-ancestors
        ctx.header("Content-Security-Policy", DATA_POLICY);
        if (ctx.path().startsWith("/v1/") || ctx.path().equals("/v1")) {
            // decisions, keys and audit rows must not stay in a browser's or a proxy's cache
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static Problem tooLarge(long limit) {
        return new Problem(413, "Content too large", "the request body exceeds " + limit + " bytes");
    }

    /** Jetty refuses a multipart part or total over the configured size with an exception of its own. */
    private static boolean isMultipartOverLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null
                    && (m.contains("max file size exceeded")
                            || m.contains("max length exceeded")
                            || m.contains("exceeds max")
                            || m.contains("maxRequestSize")
                            || m.contains("max size"))) {
                return true;
            }
        }
        return false;
    }

    private static org.eclipse.jetty.http.HttpException jettyRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h) {
                return h;
            }
        }
        return null;
    }

    private static boolean isWrite(Context ctx) {
        String m = ctx.method().name();
        return !m.equals("GET")
                && !m.equals("HEAD")
                && !m.equals("OPTIONS")
                && ctx.path().startsWith("/v1/")
                && !ctx.path().equals("/v1/session");
    }

    /** The request came over TLS: directly, or through a proxy this server was told to trust. */
    private boolean overTls(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || (limits.trustForwardedProto() && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
    }

    /** The peer's address; behind a trusted proxy, the address the proxy appended last. */
    private String clientAddress(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-For");
        if (limits.trustForwardedProto() && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return ctx.req().getRemoteAddr();
    }

    private void refuseIfThrottled(Context ctx, String address) {
        Optional<Duration> wait = failures.blockedFor(address);
        if (wait.isPresent()) {
            Counter.builder("licit.auth.throttled")
                    .description("requests refused after too many failed keys")
                    .register(metrics)
                    .increment();
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            ctx.header("Retry-After", Long.toString(seconds));
            throw new Problem(
                    429,
                    "Too many requests",
                    "too many failed authentications from this address; retry after " + seconds + " s");
        }
    }

    /** A presented key that is wrong: counted, logged (never the key) and throttled per address. */
    private Problem failed(Context ctx, String address, String reason) {
        Counter.builder("licit.auth.failures")
                .description("presented API keys or sessions that were refused")
                .tag("reason", reason)
                .register(metrics)
                .increment();
        boolean reachedLimit = failures.record(address);
        LOG.warn("authentication failed: {} from {} on {} {}", reason, address, ctx.method(), ctx.path());
        if (reachedLimit) {
            LOG.warn(
                    "{} failed authentications from {} within a minute: its requests are refused for a minute",
                    limits.failedAuthenticationsPerMinute(),
                    address);
        }
        return Problem.unauthorized();
    }

    /**
     * The roles the request's route admits. Javalin answers HEAD from the GET route without matching
     * it, so the context carries no roles and HEAD passed as public (issue 13): a HEAD takes the roles
     * of the GET route it mirrors.
     */
    private Set<RouteRole> rolesOf(Context ctx) {
        if (!"HEAD".equals(ctx.method().name()) || ctx.endpoints().matchedHttpEndpoint() != null) {
            return ctx.routeRoles();
        }
        var get = app.unsafe.internalRouter.findFirstHttpHandlerEntry(io.javalin.http.HandlerType.GET, ctx.path());
        if (get == null) {
            return Set.of();
        }
        io.javalin.security.Roles roles = get.endpoint.metadata(io.javalin.security.Roles.class);
        return roles == null ? Set.of() : roles.getRoles();
    }

    /** Public routes have no roles; every other route needs a key whose role it admits. */
    private void authorize(Context ctx, Authenticator authenticator) {
        Set<RouteRole> allowed = rolesOf(ctx);
        if (allowed.isEmpty()) {
            // a route that needs no key reads a few KB at most: an anonymous client cannot make the server buffer
            // megabytes
            if (ctx.contentLength() > limits.maxPublicBodyBytes()) {
                throw tooLarge(limits.maxPublicBodyBytes());
            }
            return;
        }
        String address = clientAddress(ctx);
        String header = ctx.header("Authorization");
        Optional<String> key;
        boolean viaCookie = false;
        if (header != null) {
            refuseIfThrottled(ctx, address);
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw failed(ctx, address, "malformed authorization header");
            }
            key = Optional.of(header.substring(7).trim());
        } else {
            key = sessions.keyFor(ctx.cookie(Sessions.COOKIE));
            viaCookie = key.isPresent();
        }
        if (key.isEmpty() || key.get().isEmpty()) {
            if (ctx.path().startsWith("/ui")) {
                ctx.redirect("/login?next="
                        + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
                ctx.skipRemainingHandlers();
                return;
            }
            throw Problem.unauthorized();
        }
        if (key.get().length() > 512) {
            throw failed(ctx, address, "overlong key");
        }
        Authenticator.Principal principal =
                authenticator.authenticate(key.get()).orElseThrow(() -> failed(ctx, address, "unknown or revoked key"));
        if (!allowed.contains(principal.role())) {
            var matched = ctx.endpoints().matchedHttpEndpoint();
            throw Problem.forbidden("a " + principal.role().key() + " key may not use " + ctx.method() + " "
                    + (matched == null ? ctx.path() : matched.path));
        }
        // A cookie rides along with any request the browser makes; a state-changing request must
        // also carry a header a foreign page cannot set, so a cross-site form cannot act for the user.
        if (viaCookie
                && !"GET".equals(ctx.method().name())
                && !"HEAD".equals(ctx.method().name())
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
