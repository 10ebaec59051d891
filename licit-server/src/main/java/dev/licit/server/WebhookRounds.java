package dev.licit.server;

import dev.licit.store.LicitStore;
import dev.licit.store.webhook.WebhookService;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running server's webhook deliveries: one round (queue what happened, send what is due) every
 * {@link #EVERY}, on a thread of its own so that a slow receiver never holds a request. A round that
 * fails is logged and the next one tries again: deliveries stay queued in the store until sent.
 */
final class WebhookRounds implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRounds.class);
    static final Duration EVERY = Duration.ofSeconds(15);

    private final ScheduledExecutorService timer;

    WebhookRounds(LicitStore store) {
        this(store, EVERY);
    }

    /** @param every the pause between rounds (a test waits less than {@link #EVERY}) */
    WebhookRounds(LicitStore store, Duration every) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("licit-webhooks").daemon(true).factory());
        timer.scheduleWithFixedDelay(
                () -> round(store, client, every), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void round(LicitStore store, HttpClient client, Duration every) {
        try {
            WebhookService.RunSummary r = store.webhooks().run(client);
            if (r.delivered() + r.retrying() + r.failed() > 0) {
                LOG.info(
                        "webhooks: {} queued, {} delivered, {} to retry, {} given up",
                        r.queued(),
                        r.delivered(),
                        r.retrying(),
                        r.failed());
            }
        } catch (RuntimeException e) {
            LOG.warn("webhooks: the round failed and is tried again in {} ms: {}", every.toMillis(), e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
