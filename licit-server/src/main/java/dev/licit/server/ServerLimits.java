package dev.licit.server;

import java.time.Duration;

/**
 * What one client may hold of the server: bytes, time, connections, sessions and guesses. Every
 * limit is finite, so a client that sends slowly, sends much or guesses keys cannot exhaust memory,
 * threads or sockets for everyone else (issue 13).
 *
 * @param maxRequestBytes largest authenticated body, and largest multipart upload in total and per file
 * @param maxPublicBodyBytes largest body a route that needs no key reads (the sign-in's JSON is a few hundred bytes)
 * @param headerTimeout a request's headers must arrive complete within this time, however slowly they trickle
 * @param idleTimeout a connection that sends nothing for this long is closed
 * @param minRequestBytesPerSecond a body that arrives slower than this is refused (a trickle would hold a thread and a buffer)
 * @param maxConnections open connections at once; beyond it, new ones wait in the kernel's backlog
 * @param maxSessions browser sessions at once; a sign-in beyond it is refused until some expire
 * @param sessionIdle a session unused this long ends
 * @param sessionLifetime a session ends this long after sign-in, however busy
 * @param failedAuthenticationsPerMinute failed keys from one address in a minute before it is answered 429
 * @param trustForwardedProto whether {@code X-Forwarded-Proto: https} from the peer counts as TLS (set only behind a TLS proxy)
 */
public record ServerLimits(
        long maxRequestBytes,
        int maxPublicBodyBytes,
        Duration headerTimeout,
        Duration idleTimeout,
        long minRequestBytesPerSecond,
        int maxConnections,
        int maxSessions,
        Duration sessionIdle,
        Duration sessionLifetime,
        int failedAuthenticationsPerMinute,
        boolean trustForwardedProto) {

    public static final long MAX_REQUEST_BYTES = 32L * 1024 * 1024;

    public static ServerLimits defaults() {
        return new ServerLimits(
                MAX_REQUEST_BYTES,
                4_096,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                16_384,
                2_000,
                10_000,
                Duration.ofHours(8),
                Duration.ofHours(12),
                10,
                false);
    }

    public ServerLimits {
        if (maxRequestBytes <= 0
                || maxPublicBodyBytes <= 0
                || maxConnections <= 0
                || maxSessions <= 0
                || failedAuthenticationsPerMinute <= 0
                || minRequestBytesPerSecond < 0) {
            throw new IllegalArgumentException("server limits must be positive");
        }
    }

    public ServerLimits withTrustForwardedProto(boolean trust) {
        return new ServerLimits(
                maxRequestBytes,
                maxPublicBodyBytes,
                headerTimeout,
                idleTimeout,
                minRequestBytesPerSecond,
                maxConnections,
                maxSessions,
                sessionIdle,
                sessionLifetime,
                failedAuthenticationsPerMinute,
                trust);
    }

    public ServerLimits withTimeouts(Duration header, Duration idle) {
        return new ServerLimits(
                maxRequestBytes,
                maxPublicBodyBytes,
                header,
                idle,
                minRequestBytesPerSecond,
                maxConnections,
                maxSessions,
                sessionIdle,
                sessionLifetime,
                failedAuthenticationsPerMinute,
                trustForwardedProto);
    }

    public ServerLimits withSessions(int max, Duration idle, Duration lifetime) {
        return new ServerLimits(
                maxRequestBytes,
                maxPublicBodyBytes,
                headerTimeout,
                idleTimeout,
                minRequestBytesPerSecond,
                maxConnections,
                max,
                idle,
                lifetime,
                failedAuthenticationsPerMinute,
                trustForwardedProto);
    }

    public ServerLimits withMaxConnections(int max) {
        return new ServerLimits(
                maxRequestBytes,
                maxPublicBodyBytes,
                headerTimeout,
                idleTimeout,
                minRequestBytesPerSecond,
                max,
                maxSessions,
                sessionIdle,
                sessionLifetime,
                failedAuthenticationsPerMinute,
                trustForwardedProto);
    }
}
