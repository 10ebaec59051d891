package dev.licit.store.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: 30 s after the first failure, doubling each time up to an
 * hour, and given up after {@link #MAX_ATTEMPTS} (about seven hours of trying in all), so that a
 * receiver down for a deploy or a night still gets every event.
 */
public final class Backoff {
    public static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MOST = Duration.ofHours(1);

    private Backoff() {}

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public static Duration after(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1");
        }
        long seconds = FIRST.getSeconds() << Math.min(attempts - 1, 20);
        return seconds >= MOST.getSeconds() ? MOST : Duration.ofSeconds(seconds);
    }

    public static boolean givesUp(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }
}
