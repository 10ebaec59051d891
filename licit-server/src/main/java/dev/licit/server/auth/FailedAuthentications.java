package dev.licit.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed key presentations per client address in a sliding minute. Keys are 256-bit random, so
 * guessing one is hopeless anyway; the throttle keeps a guesser from costing a store lookup per
 * attempt, and makes the attempts visible. Past the limit an address is answered 429 with the
 * time until its oldest failure leaves the window.
 */
public final class FailedAuthentications {
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Addresses remembered at most; beyond, those with no failure in the window are forgotten first. */
    private static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final int perMinute;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailedAuthentications(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** How long the address must wait, if it has used up its failures for the window. */
    public Optional<Duration> blockedFor(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            dropExpired(times, now);
            if (times.size() < perMinute) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
    }

    /** Records a failure; true when it is the one that reaches the limit (worth a log line of its own). */
    public boolean record(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            forgetQuiet();
            if (failures.size() >= MAX_ADDRESSES && !failures.containsKey(address)) {
                // memory stays bounded whatever the number of addresses (IPv6 gives a guesser many);
                // a new address then goes uncounted: per-address throttling cannot stop a botnet anyway
                return false;
            }
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            dropExpired(times, now);
            times.addLast(now);
            while (times.size() > perMinute) {
                times.removeFirst(); // the newest perMinute are all the window needs
            }
            return times.size() == perMinute;
        }
    }

    private void forgetQuiet() {
        Instant now = clock.instant();
        failures.values().removeIf(times -> {
            synchronized (times) {
                dropExpired(times, now);
                return times.isEmpty();
            }
        });
    }

    private static void dropExpired(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }
}
