package dev.licit.server.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Closes an HTTP/1 connection whose request headers have not arrived complete within a deadline.
 *
 * <p>Jetty's idle timeout restarts with every byte, so a client that sends one header byte every few
 * seconds holds its connection for ever, and ten thousand such clients hold ten thousand sockets
 * (issue 13 measured 4,221 of 10,000 still open after 40 s). Jetty 12 has no header timeout of its
 * own; this listener, added to the connector, sees every connection open and close, and a sweep
 * once a second closes those that have been in the middle of a request's headers (or, new, have
 * sent none) for longer than the deadline. It reads the parser's state through Jetty's
 * {@code internal.HttpConnection}: an upgrade of Jetty that changed it fails {@code SlowClientTest}.
 */
public final class HeaderDeadline extends AbstractLifeCycle implements Connection.Listener {
    /** When the request whose headers are awaited started to be awaited: the connection's count of requests then. */
    private record Awaiting(long requestsBefore, long sinceNanos) {}

    private static final Awaiting NOT_AWAITING = new Awaiting(-1, 0);

    private final long deadlineNanos;
    private final Map<HttpConnection, Awaiting> open = new ConcurrentHashMap<>();
    private ScheduledExecutorService sweeper;

    public HeaderDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    protected void doStart() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "licit-header-deadline");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(100, Math.min(1_000, deadlineNanos / 4_000_000));
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        sweeper.shutdownNow();
        open.clear();
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, new Awaiting(0, System.nanoTime())); // a new connection owes its first request's headers
        }
    }

    @Override
    public void onClosed(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.remove(http);
        }
    }

    int open() {
        return open.size();
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Map.Entry<HttpConnection, Awaiting> e : open.entrySet()) {
            HttpConnection c = e.getKey();
            try {
                var parser = c.getParser();
                long requests = c.getMessagesIn();
                // between requests a kept-alive connection is at START with nothing read: that is
                // idleness (the idle timeout's job); the first byte of a request moves it out of START
                boolean awaiting = parser.inHeaderState() && (!parser.isStart() || requests == 0);
                Awaiting was = e.getValue();
                if (!awaiting) {
                    if (was != NOT_AWAITING) {
                        e.setValue(NOT_AWAITING);
                    }
                } else if (was == NOT_AWAITING || was.requestsBefore() != requests) {
                    e.setValue(new Awaiting(requests, now));
                } else if (now - was.sinceNanos() > deadlineNanos) {
                    open.remove(c);
                    c.getEndPoint().close();
                }
            } catch (RuntimeException ignored) {
                // a connection closing under the sweep: its onClosed removes it
            }
        }
    }
}
