package dev.licit.screening.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Gets one file over HTTP(S) or from a {@code file:} URL, with the checks a list download needs
 * before its bytes are looked at: the status, the content type, a size cap (declared and actual),
 * a body that stalls or ends early, redirects that may only lead to https, conditional requests
 * (ETag, Last-Modified), the proxy of {@code HTTPS_PROXY}/{@code HTTP_PROXY} (not for hosts in
 * {@code NO_PROXY}), and retries with doubling backoff for what may pass (5xx, 429, a dropped line).
 */
final class Downloader implements AutoCloseable {

    /** Limits; tests shorten the waits. */
    record Settings(
            Duration connectTimeout,
            Duration headerTimeout,
            Duration stallTimeout,
            Duration totalTimeout,
            int attempts,
            Duration firstBackoff,
            int maxRedirects) {
        static final Settings DEFAULT = new Settings(
                Duration.ofSeconds(15),
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofMinutes(15),
                3,
                Duration.ofSeconds(2),
                5);
    }

    /** What came back. */
    sealed interface Result permits Body, NotModified {}

    record Body(byte[] bytes, String etag, String lastModified, URI finalUri) implements Result {}

    record NotModified() implements Result {}

    private final Settings settings;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog;

    Downloader(Settings settings, Map<String, String> env) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // followed here, so that each hop is checked
                .proxy(EnvProxy.of(env))
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "licit-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    Result get(URI uri, String etag, String lastModified, long maxBytes, SourceFormat format)
            throws FetchException, InterruptedException {
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return file(Path.of(uri), maxBytes);
        }
        FetchException last = null;
        Duration backoff = settings.firstBackoff();
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                return follow(uri, etag, lastModified, maxBytes, format);
            } catch (FetchException e) {
                if (!e.retryable() || attempt == settings.attempts()) {
                    if (e.retryable() && settings.attempts() > 1) {
                        throw FetchException.failed(e.getMessage() + " (after " + attempt + " attempts)");
                    }
                    throw e;
                }
                last = e;
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
        throw last == null ? FetchException.failed("no attempt was made") : last;
    }

    private static Result file(Path path, long maxBytes) throws FetchException {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw FetchException.refused("the file has " + size + " bytes, over the limit of " + maxBytes);
            }
            return new Body(Files.readAllBytes(path), null, null, path.toUri());
        } catch (IOException e) {
            throw FetchException.failed("cannot read " + path + ": " + e.getMessage());
        }
    }

    private Result follow(URI start, String etag, String lastModified, long maxBytes, SourceFormat format)
            throws FetchException, InterruptedException {
        URI uri = start;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                    .timeout(settings.headerTimeout())
                    .header("Accept-Encoding", "gzip")
                    .header("User-Agent", "licit-lists-fetch");
            if (etag != null) {
                rb.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                rb.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> r;
            try {
                r = client.send(rb.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw FetchException.transientFailure("no response within " + settings.headerTimeout(), e);
            } catch (IOException e) {
                throw FetchException.transientFailure("cannot reach " + uri.getHost() + ": " + describe(e), e);
            }
            int status = r.statusCode();
            if (status == 304) {
                close(r.body());
                return new NotModified();
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                close(r.body());
                Optional<String> location = r.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw FetchException.failed("HTTP " + status + " without a Location");
                }
                URI next = uri.resolve(location.get());
                if (!"https".equalsIgnoreCase(next.getScheme())) {
                    throw FetchException.refused(
                            "redirected to " + next + ": redirects are followed only to https addresses");
                }
                uri = next;
                continue;
            }
            if (status == 429 || status >= 500) {
                close(r.body());
                throw FetchException.transientFailure("HTTP " + status + " from " + uri.getHost(), null);
            }
            if (status != 200) {
                close(r.body());
                throw FetchException.failed("HTTP " + status + " for " + uri);
            }
            String type = r.headers().firstValue("Content-Type").orElse(null);
            if (!format.contentTypeAllowed(type)) {
                close(r.body());
                throw FetchException.refused(
                        "content type " + type + " is not a " + format.code() + " file (an error or login page?)");
            }
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                close(r.body());
                throw FetchException.refused(
                        "the server announces " + declared + " bytes, over the limit of " + maxBytes);
            }
            byte[] bytes = read(r.body(), declared, maxBytes);
            if (r.headers()
                    .firstValue("Content-Encoding")
                    .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip"))
                    .orElse(false)) {
                bytes = gunzip(bytes, maxBytes);
            }
            return new Body(
                    bytes,
                    r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null),
                    uri);
        }
        throw FetchException.failed("more than " + settings.maxRedirects() + " redirects");
    }

    /** Reads the body under a watchdog that closes the stream when no byte came for the stall timeout. */
    private byte[] read(InputStream in, long declared, long maxBytes) throws FetchException {
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        long started = System.nanoTime();
        AtomicBoolean stalled = new AtomicBoolean();
        ScheduledFuture<?> guard = watchdog.scheduleAtFixedRate(
                () -> {
                    long now = System.nanoTime();
                    if (now - lastProgress.get() > settings.stallTimeout().toNanos()
                            || now - started > settings.totalTimeout().toNanos()) {
                        stalled.set(true);
                        close(in);
                    }
                },
                200,
                200,
                TimeUnit.MILLISECONDS);
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, 1 << 26) : 1 << 16);
        byte[] buf = new byte[1 << 16];
        try (in) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                lastProgress.set(System.nanoTime());
                if (out.size() + (long) n > maxBytes) {
                    throw FetchException.refused("the body passed the limit of " + maxBytes + " bytes");
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            if (stalled.get()) {
                throw FetchException.transientFailure(
                        "the download stalled (no data for "
                                + settings.stallTimeout().toSeconds() + " s, or over "
                                + settings.totalTimeout().toMinutes() + " min in all)",
                        e);
            }
            throw FetchException.transientFailure(
                    "the connection broke after " + out.size() + " bytes: " + describe(e), e);
        } finally {
            guard.cancel(false);
        }
        if (stalled.get()) {
            throw FetchException.transientFailure("the download stalled", null);
        }
        if (declared >= 0 && out.size() != declared) {
            throw FetchException.transientFailure(
                    "the body ended after " + out.size() + " of the " + declared + " bytes announced", null);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes, long maxBytes) throws FetchException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (out.size() + (long) n > maxBytes) {
                    throw FetchException.refused("the body unpacks to over the limit of " + maxBytes + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw FetchException.refused("the gzip body is damaged: " + describe(e));
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is how a stalled or refused body is abandoned; nothing more to do
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close();
    }

    /** The proxy the environment names: {@code HTTPS_PROXY} for https, {@code HTTP_PROXY} for http, none for {@code NO_PROXY} hosts. */
    static final class EnvProxy extends ProxySelector {
        private final InetSocketAddress https;
        private final InetSocketAddress http;
        private final List<String> noProxy;

        private EnvProxy(InetSocketAddress https, InetSocketAddress http, List<String> noProxy) {
            this.https = https;
            this.http = http;
            this.noProxy = noProxy;
        }

        static ProxySelector of(Map<String, String> env) {
            InetSocketAddress https = address(first(env, "HTTPS_PROXY", "https_proxy"));
            InetSocketAddress http = address(first(env, "HTTP_PROXY", "http_proxy"));
            List<String> no = new ArrayList<>();
            String n = first(env, "NO_PROXY", "no_proxy");
            if (n != null) {
                for (String h : n.split(",")) {
                    if (!h.isBlank()) {
                        no.add(h.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new EnvProxy(https, http, no);
        }

        private static String first(Map<String, String> env, String a, String b) {
            String v = env.get(a);
            return v == null || v.isBlank() ? env.get(b) : v;
        }

        private static InetSocketAddress address(String v) {
            if (v == null || v.isBlank()) {
                return null;
            }
            URI u = URI.create(v.contains("://") ? v : "http://" + v);
            if (u.getHost() == null) {
                throw new IllegalArgumentException("proxy setting '" + v + "' names no host");
            }
            return InetSocketAddress.createUnresolved(u.getHost(), u.getPort() > 0 ? u.getPort() : 80);
        }

        @Override
        public List<Proxy> select(URI uri) {
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            for (String n : noProxy) {
                String bare = n.startsWith(".") ? n.substring(1) : n;
                if (n.equals("*") || host.equals(bare) || host.endsWith("." + bare)) {
                    return List.of(Proxy.NO_PROXY);
                }
            }
            InetSocketAddress p = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
            return p == null ? List.of(Proxy.NO_PROXY) : List.of(new Proxy(Proxy.Type.HTTP, p));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            // the failure reaches the caller through the request itself
        }
    }
}
