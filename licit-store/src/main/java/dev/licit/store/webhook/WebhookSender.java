package dev.licit.store.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.internal.Database;
import dev.licit.store.internal.Times;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Sends the deliveries that are due: one POST each, signed ({@link Signature}), with short timeouts
 * and no redirects followed (a receiver that moved is a failure to fix, not a place to send events
 * to). A 2xx answer delivers; anything else is tried again after {@link Backoff}, and given up (an
 * audit event) after {@link Backoff#MAX_ATTEMPTS}. Every attempt updates the delivery's row.
 */
final class WebhookSender {
    /** Deliveries tried per run: a long backlog is worked off over several runs, none of them long. */
    static final int BATCH = 200;

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    record Tally(int delivered, int retrying, int failed) {}

    private record Due(long id, long webhookId, String url, String event, String payload, int attempts) {}

    private final Database db;
    private final Clock clock;
    private final LongFunction<String> secrets;

    WebhookSender(Database db, Clock clock, LongFunction<String> secrets) {
        this.db = db;
        this.clock = clock;
        this.secrets = secrets;
    }

    Tally deliverDue(HttpClient client) {
        String now = Times.text(clock.instant());
        List<Due> due = db.read(h -> h.createQuery("SELECT d.id, d.webhook_id, w.url, d.event, d.payload, d.attempts"
                        + " FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id"
                        + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND w.removed_at IS NULL"
                        + " ORDER BY d.next_attempt_at, d.id")
                .bind("now", now)
                .setMaxRows(BATCH)
                .map((rs, ctx) -> new Due(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list());
        int delivered = 0;
        int retrying = 0;
        int failed = 0;
        for (Due d : due) {
            switch (send(client, d)) {
                case "DELIVERED" -> delivered++;
                case "FAILED" -> failed++;
                default -> retrying++;
            }
        }
        return new Tally(delivered, retrying, failed);
    }

    /** One attempt; the delivery's status after it. */
    private String send(HttpClient client, Due d) {
        Instant at = clock.instant();
        ObjectNode body = Json.object();
        body.put("deliveryId", d.id());
        body.put("event", d.event());
        body.put("sentAt", Times.text(at));
        body.set("data", Json.readStored(d.payload()));
        String text = Json.compact(body);
        long seconds = at.getEpochSecond();
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Licit-Webhooks/1")
                    .header("X-Licit-Event", d.event())
                    .header("X-Licit-Delivery", Long.toString(d.id()))
                    .header(Signature.TIMESTAMP, Long.toString(seconds))
                    .header(Signature.HEADER, Signature.of(secrets.apply(d.webhookId()), seconds, text))
                    .POST(HttpRequest.BodyPublishers.ofString(text))
                    .build();
            HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
            status = r.statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        return record(d, status, error);
    }

    private String record(Due d, Integer status, String error) {
        int attempts = d.attempts() + 1;
        Instant now = clock.instant();
        String outcome = error == null ? "DELIVERED" : Backoff.givesUp(attempts) ? "FAILED" : "PENDING";
        String cut = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        db.write(h -> {
            h.createUpdate("UPDATE webhook_delivery SET status = :s, attempts = :a, next_attempt_at = :next,"
                            + " last_status = :ls, last_error = :le, delivered_at = :da WHERE id = :id")
                    .bind("s", outcome)
                    .bind("a", attempts)
                    .bind("next", Times.text(outcome.equals("PENDING") ? now.plus(Backoff.after(attempts)) : now))
                    .bind("ls", status)
                    .bind("le", cut)
                    .bind("da", outcome.equals("DELIVERED") ? Times.text(now) : null)
                    .bind("id", d.id())
                    .execute();
            if (outcome.equals("FAILED")) {
                AuditWriter audit = AuditWriter.begin(h, now);
                ObjectNode p = Json.object();
                p.put("deliveryId", d.id());
                p.put("webhookId", d.webhookId());
                p.put("event", d.event());
                p.put("attempts", attempts);
                p.put("lastError", cut);
                audit.append(Actor.of("licit"), "webhook.failed", "webhook:" + d.webhookId(), p);
                audit.finish();
            }
            return null;
        });
        return outcome;
    }

    static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(
                rs.getLong("id"),
                rs.getLong("webhook_id"),
                rs.getString("event_key"),
                rs.getString("event"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("next_attempt_at"),
                rs.getObject("last_status", Integer.class),
                rs.getString("last_error"),
                rs.getString("created_at"),
                rs.getString("delivered_at"));
    }
}
