package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.licit.store.LicitStore;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.webhook.Backoff;
import dev.licit.store.webhook.Delivery;
import dev.licit.store.webhook.WebhookEvent;
import dev.licit.store.webhook.WebhookService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's delivery loop on its own, against a real store (embedded H2 file) and a real HTTP
 * receiver: it delivers what happened without anyone asking, a round that a receiver fails is tried
 * again by a later round, and once closed it sends nothing more.
 */
class WebhookRoundsTest {
    private static final Duration QUICKLY = Duration.ofMillis(100);
    private static final Actor OPS = Actor.of("ops");

    @TempDir
    Path home;

    private HttpServer receiver;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    /** The receiver answers 503 to this many requests before it answers 204. */
    private final AtomicInteger failuresLeft = new AtomicInteger();

    /** The store's clock, which the test moves past a retry's backoff rather than waiting 30 s. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T09:00:00Z"));

    private LicitStore store;

    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the store's clock is UTC");
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!fail) {
                received.add(ex.getRequestHeaders().getFirst("X-Licit-Event") + " " + body);
            }
            ex.sendResponseHeaders(fail ? 503 : 204, -1);
            ex.close();
        });
        receiver.start();
        store = LicitStore.open(StoreConfig.embedded(home).withClock(clock));
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        store.close();
    }

    private WebhookService.Added hook() {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        return store.webhooks().add(url, List.of(WebhookEvent.LIST_FETCH_FAILED), OPS);
    }

    private void aFetchFails(String source) {
        store.rescreening().fetchKept(source, "failed", "connection refused", "snap-test", OPS);
    }

    @Test
    void theLoopDeliversWhatHappenedWithoutBeingAsked() throws Exception {
        long id = hook().webhook().id();
        WebhookRounds rounds = new WebhookRounds(store, QUICKLY);
        try {
            aFetchFails("ofac-sdn");
            String first = received.poll(20, TimeUnit.SECONDS);
            assertThat(first).startsWith("list.fetch-failed ").contains("ofac-sdn");
            waitFor(() -> store.webhooks().deliveries(id, 10).getFirst().deliveredAt() != null);
        } finally {
            rounds.close();
        }
    }

    @Test
    void aDeliveryTheReceiverFailsIsSentAgainByALaterRound() throws Exception {
        WebhookService.Added added = hook();
        failuresLeft.set(1);
        long id = added.webhook().id();
        WebhookRounds rounds = new WebhookRounds(store, QUICKLY);
        try {
            aFetchFails("uk-sanctions");
            // the first attempt is answered 503: the delivery stays queued for a retry after its backoff
            waitFor(() -> store.webhooks().deliveries(id, 10).stream().anyMatch(d -> d.attempts() == 1));
            assertThat(received.poll(QUICKLY.toMillis() * 5, TimeUnit.MILLISECONDS))
                    .as("nothing before the backoff has passed")
                    .isNull();
            clock.advance(Backoff.after(1).plusSeconds(1));
            String delivered = received.poll(20, TimeUnit.SECONDS);
            assertThat(delivered).as("delivered on a later round").contains("uk-sanctions");
            // the round records the answer after the receiver has it
            waitFor(() -> store.webhooks().deliveries(id, 10).getFirst().deliveredAt() != null);
        } finally {
            rounds.close();
        }
        List<Delivery> deliveries = store.webhooks().deliveries(id, 10);
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.getFirst().attempts()).isEqualTo(2);
    }

    /** Waits up to 20 s for what a round does on its own thread. */
    private static void waitFor(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("done within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void afterCloseNothingMoreIsSent() throws Exception {
        hook();
        WebhookRounds rounds = new WebhookRounds(store, QUICKLY);
        rounds.close();
        aFetchFails("eu-fsf");
        assertThat(received.poll(1, TimeUnit.SECONDS)).isNull();
    }
}
