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
 */
public final class Sessions {
    public static final String COOKIE = "licit_session";
    private static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 10_000;

    private record Session(String key, Instant lastSeen) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public String open(String key) {
        if (sessions.size() >= MAX_SESSIONS) {
            Instant cutoff = clock.instant().minus(IDLE);
            sessions.values().removeIf(s -> s.lastSeen().isBefore(cutoff));
        }
        byte[] token = new byte[32];
        random.nextBytes(token);
        String id = HexFormat.of().formatHex(token);
        sessions.put(id, new Session(key, clock.instant()));
        return id;
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
        if (s.lastSeen().plus(IDLE).isBefore(now)) {
            sessions.remove(token);
            return Optional.empty();
        }
        sessions.put(token, new Session(s.key(), now));
        return Optional.of(s.key());
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }
}
