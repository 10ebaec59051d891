package dev.licit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long {@code check} on standard error (standard output carries only results): once
 * deciding has lasted {@link #EVERY_NANOS}, a line every {@link #EVERY_NANOS} with the orders decided
 * so far and the rate since deciding began; at the end a summary, but only when progress was shown
 * or orders were refused, so a short clean run prints nothing extra.
 */
final class Progress {
    static final long EVERY_NANOS = 2_000_000_000L;
    private final PrintWriter err;
    private final LongSupplier nanos;
    private final long started;
    private long decidingSince;
    private long nextAt;
    private boolean shown;

    /** @param nanos the clock ({@code System::nanoTime}; tests give their own) */
    Progress(PrintWriter err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.decidingSince = started;
        this.nextAt = started + EVERY_NANOS;
    }

    /**
     * Deciding begins now: rules, lists and store are loaded. The first line comes {@link #EVERY_NANOS}
     * later, so a few orders behind a slow start show none, and the rate leaves the loading out.
     */
    void deciding() {
        decidingSince = nanos.getAsLong();
        nextAt = decidingSince + EVERY_NANOS;
    }

    /** Called after each order; prints a line when one is due. */
    void update(long decided) {
        long now = nanos.getAsLong();
        if (now < nextAt) {
            return;
        }
        // at least a millisecond, so a rate is never a division by zero
        double seconds = Math.max(now - decidingSince, 1_000_000L) / 1e9;
        err.println(String.format(
                Locale.ROOT, "licit: %,d orders decided (%,d/s)", decided, Math.round(decided / seconds)));
        err.flush();
        shown = true;
        nextAt = now + EVERY_NANOS;
    }

    void finish(long decided, long refused) {
        if (!shown && refused == 0) {
            return;
        }
        double seconds = (nanos.getAsLong() - started) / 1e9;
        err.println(String.format(
                Locale.ROOT, "licit: %,d orders decided, %,d refused in %.1f s", decided, refused, seconds));
        err.flush();
    }
}
