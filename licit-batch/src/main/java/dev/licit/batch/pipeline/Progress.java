package dev.licit.batch.pipeline;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on standard error: a line every few seconds with the count so far and the
 * rate, never more often, so a run over a million rows prints a few dozen lines, not a million.
 * Called from the writer thread only.
 */
public final class Progress {
    private final PrintWriter err;
    private final String what;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long next;

    /** @param what the plural noun counted, e.g. "parties" */
    public Progress(PrintWriter err, String what, long intervalMillis) {
        this.err = err;
        this.what = what;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.next = start + intervalNanos;
    }

    /** Progress that prints nothing (tests, quiet runs). */
    public static Progress silent() {
        return new Progress(null, "", Long.MAX_VALUE / 2_000_000L);
    }

    public void update(long done, String detail) {
        long now = System.nanoTime();
        if (err == null || now < next) {
            return;
        }
        next = now + intervalNanos;
        double seconds = (now - start) / 1e9;
        err.printf(
                Locale.ROOT,
                "licit: %,d %s in %.0f s (%,.0f/s)%s%n",
                done,
                what,
                seconds,
                done / seconds,
                detail == null || detail.isEmpty() ? "" : ", " + detail);
        err.flush();
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
