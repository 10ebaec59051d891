package dev.licit.server.http;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses (408) a request body that arrives slower than a minimum rate, so that a client trickling
 * a body cannot hold a thread and a buffer for long.
 *
 * <p>Why not Jetty's own {@code HttpConfiguration.setMinRequestDataRate}: it checks on every read of
 * the servlet input, with no grace period, and also on the read that would only report the end of a
 * body that has fully arrived. A 300-byte body at 16 KB/s fails once 18 ms pass between two reads, so
 * a busy server (two cores, a few requests and a build) answered honest requests 408 (seen in
 * {@code FourEyesApiTest} under load). Here the rate applies only after a grace period, and only to a
 * body still arriving: once its last byte is in, how slowly the server reads it is not the client's
 * doing.
 */
public final class MinBodyRate extends Handler.Wrapper {
    /** Time every body gets before the rate applies: covers a slow start (TCP slow start, a proxy's buffering). */
    public static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final long bytesPerSecond;

    /** @param bytesPerSecond the minimum rate; 0 or less turns the check off */
    public MinBodyRate(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /**
     * Whether a body is too slow: {@code arrived} bytes after {@code elapsedNanos} since its first read,
     * when {@code complete} says whether the last byte has arrived. Only the time beyond the grace
     * period counts.
     */
    public static boolean tooSlow(long bytesPerSecond, long arrived, long elapsedNanos, boolean complete) {
        if (bytesPerSecond <= 0 || complete || elapsedNanos <= GRACE_NANOS) {
            return false;
        }
        long owedMillis = TimeUnit.NANOSECONDS.toMillis(elapsedNanos - GRACE_NANOS);
        return arrived < bytesPerSecond * owedMillis / 1000;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (bytesPerSecond <= 0) {
            return super.handle(request, response, callback);
        }
        return super.handle(new Metered(request, bytesPerSecond), response, callback);
    }

    /** A request whose reads count the body's bytes and check their rate. */
    private static final class Metered extends Request.Wrapper {
        private final long bytesPerSecond;
        private long firstReadNanos = Long.MIN_VALUE;
        private long arrived;
        private boolean complete;

        Metered(Request request, long bytesPerSecond) {
            super(request);
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public Content.Chunk read() {
            long now = System.nanoTime();
            if (firstReadNanos == Long.MIN_VALUE) {
                firstReadNanos = now;
            }
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                arrived += chunk.remaining();
                complete |= chunk.isLast();
            }
            if (!Content.Chunk.isFailure(chunk) && tooSlow(bytesPerSecond, arrived, now - firstReadNanos, complete)) {
                if (chunk != null) {
                    chunk.release();
                }
                return Content.Chunk.from(
                        new HttpException.RuntimeException(
                                HttpStatus.REQUEST_TIMEOUT_408,
                                "request body slower than " + bytesPerSecond + " bytes/s"),
                        true);
            }
            return chunk;
        }
    }
}
