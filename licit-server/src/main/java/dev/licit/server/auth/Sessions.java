package dev.licit.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions for the web UI: a person signs in once with an API key and gets an HttpOnly
 * cookie. The key stays in server memory only (never written anywhere) so that every request is
 * authenticated again against the store: a key revoked from the CLI is refused on the next request.
 *
 * <p>A session ends when unused for the idle time, and in any case at its absolute lifetime after
 * sign-in (a stolen cookie that is kept busy does not live for ever). At most {@code max} sessions
 * exist: memory is bounded whatever the number of sign-ins, and a sign-in beyond the cap, once the
 * expired sessions are swept, is refused rather than evicting someone else's session.
 */
public final class Sessions {
    public static final String COOKIE = "licit_session";

    private record Session(String key, Instant openedAt, Instant lastSeen) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final int max;
    private final Duration idle;
    private final Duration lifetime;

    public Sessions(Clock clock, int max, Duration idle, Duration lifetime) {
        this.clock = clock;
        this.max = max;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    /** A new session's token, or empty when the cap is reached even after the expired ones are swept. */
    public synchronized Optional<String> open(String key) {
        if (sessions.size() >= max) {
            Instant now = clock.instant();
            sessions.values().removeIf(s -> expired(s, now));
            if (sessions.size() >= max) {
                return Optional.empty();
            }
        }
        byte[] token = new byte[32];
        random.nextBytes(token);
        String id = HexFormat.of().formatHex(token);
        Instant now = clock.instant();
        sessions.put(id, new Session(key, now, now));
        return Optional.of(id);
    }

    /** The key behind a session token, if the session is alive. */
    public Optional<String> keyFor(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session s = sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        sessions.replace(token, s, new Session(s.key(), s.openedAt(), now));
        return Optional.of(s.key());
    }

    public int size() {
        return sessions.size();
    }

    /** Seconds until the session's absolute end: the cookie's Max-Age, so the browser forgets it too. */
    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    private boolean expired(Session s, Instant now) {
        return !s.lastSeen().plus(idle).isAfter(now)
                || !s.openedAt().plus(lifetime).isAfter(now);
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }
}
