package dev.licit.store.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.core.time.Today;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.AuditKey;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.internal.Database;
import dev.licit.store.license.LicenseService;
import dev.licit.store.nac.NotificationService;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Webhooks: who is told of what, and the deliveries made. Adding and removing are audit events;
 * {@link #run} queues what happened since the last run and delivers what is due (at least once:
 * a receiver tells repeats apart by {@code X-Licit-Delivery}).
 *
 * <p>A webhook's signing secret is HMAC-SHA256 under the store's audit key (kept outside the
 * database) of the webhook's id and a random nonce: shown once when the webhook is added, never
 * stored, and a copy of the database alone cannot sign. A store without an audit key refuses webhooks.
 */
public final class WebhookService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private final AuditKey key;
    private final LicenseService licenses;
    private final NotificationService notifications;

    public WebhookService(
            Database db, Clock clock, AuditKey key, LicenseService licenses, NotificationService notifications) {
        this.db = db;
        this.clock = clock;
        this.key = key;
        this.licenses = licenses;
        this.notifications = notifications;
    }

    /** A webhook just added, with its signing secret: shown this once. */
    public record Added(Webhook webhook, String secret) {}

    /** What one {@link #run} did. */
    public record RunSummary(int queued, int delivered, int retrying, int failed) {}

    /**
     * Adds a webhook told of {@code events} (all when empty) from now on.
     *
     * @throws StoreInputException for a URL that is not absolute http(s), or a store without an audit key
     */
    public Added add(String url, List<WebhookEvent> events, Actor actor) {
        URI uri = checkedUrl(url);
        if (key == null) {
            throw new StoreInputException("webhooks need the store's audit key to sign their deliveries"
                    + " (LICIT_AUDIT_KEY for a PostgreSQL store; an embedded store has one in its home)");
        }
        List<WebhookEvent> wanted = events == null || events.isEmpty() ? List.of(WebhookEvent.values()) : events;
        byte[] n = new byte[16];
        RANDOM.nextBytes(n);
        String nonce = HexFormat.of().formatHex(n);
        Webhook made = db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            long head = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_log")
                    .mapTo(Long.class)
                    .one();
            long id = h.createUpdate("INSERT INTO webhook (url, events, nonce, created_by, created_at, audit_seq)"
                            + " VALUES (:url, :events, :nonce, :by, :at, :seq)")
                    .bind("url", uri.toString())
                    .bind("events", codes(wanted))
                    .bind("nonce", nonce)
                    .bind("by", actor.name())
                    .bind("at", audit.recordedAt())
                    .bind("seq", head)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            ObjectNode p = Json.object();
            p.put("id", id);
            p.put("url", uri.toString());
            p.put("events", codes(wanted));
            audit.append(actor, "webhook.added", "webhook:" + id, p);
            audit.finish();
            return find(h, id);
        });
        return new Added(made, secret(made.id(), nonce));
    }

    public List<Webhook> list() {
        return db.read(h -> h.createQuery("SELECT * FROM webhook ORDER BY id")
                .map((rs, ctx) -> webhook(rs))
                .list());
    }

    /** Stops a webhook: nothing more is queued or sent to it; what it was sent stays recorded. */
    public Webhook remove(long id, Actor actor) {
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            Webhook w = find(h, id);
            if (!w.active()) {
                throw new StoreInputException("webhook " + id + " was removed on " + w.removedAt());
            }
            h.createUpdate("UPDATE webhook SET removed_by = :by, removed_at = :at WHERE id = :id")
                    .bind("by", actor.name())
                    .bind("at", audit.recordedAt())
                    .bind("id", id)
                    .execute();
            ObjectNode p = Json.object();
            p.put("id", id);
            audit.append(actor, "webhook.removed", "webhook:" + id, p);
            audit.finish();
            return find(h, id);
        });
    }

    /** A webhook's deliveries, newest first. */
    public List<Delivery> deliveries(long webhookId, int limit) {
        return db.read(h -> {
            find(h, webhookId);
            return h.createQuery("SELECT * FROM webhook_delivery WHERE webhook_id = :w ORDER BY id DESC")
                    .bind("w", webhookId)
                    .setMaxRows(limit)
                    .map((rs, ctx) -> WebhookSender.delivery(rs))
                    .list();
        });
    }

    /** Queues what happened since the last run, then tries every delivery that is due. */
    public RunSummary run(HttpClient client) {
        int queued = queue();
        WebhookSender.Tally t = new WebhookSender(db, clock, this::secretOf).deliverDue(client);
        return new RunSummary(queued, t.delivered(), t.retrying(), t.failed());
    }

    /** Queues the events each active webhook wants and has not had; the number queued. */
    int queue() {
        Instant now = clock.instant();
        var today = Today.utc(now);
        List<EventQueue.Event> swept = new java.util.ArrayList<>(EventQueue.nacClocks(notifications.list(), today));
        swept.addAll(EventQueue.licenses(licenses.list(), today));
        return db.write(h -> {
            long head = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_log")
                    .mapTo(Long.class)
                    .one();
            int n = 0;
            for (Webhook w : h.createQuery("SELECT * FROM webhook WHERE removed_at IS NULL ORDER BY id")
                    .map((rs, ctx) -> webhook(rs))
                    .list()) {
                long from = h.createQuery("SELECT audit_seq FROM webhook WHERE id = :id")
                        .bind("id", w.id())
                        .mapTo(Long.class)
                        .one();
                List<EventQueue.Event> events = new java.util.ArrayList<>(EventQueue.fromAudit(h, from, head));
                events.addAll(swept);
                for (EventQueue.Event e : events) {
                    if (w.events().contains(e.event()) && EventQueue.enqueue(h, w.id(), e, now)) {
                        n++;
                    }
                }
                h.createUpdate("UPDATE webhook SET audit_seq = :seq WHERE id = :id")
                        .bind("seq", head)
                        .bind("id", w.id())
                        .execute();
            }
            return n;
        });
    }

    /** The signing secret of a stored webhook. */
    String secretOf(long webhookId) {
        String nonce = db.read(h -> h.createQuery("SELECT nonce FROM webhook WHERE id = :id")
                .bind("id", webhookId)
                .mapTo(String.class)
                .one());
        return secret(webhookId, nonce);
    }

    private String secret(long id, String nonce) {
        return "whsec_" + key.mac("licit-webhook:" + id + ":" + nonce);
    }

    private static URI checkedUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new StoreInputException("url: an absolute http or https URL is needed, not '" + url + "'");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new StoreInputException("url: not a URL: " + e.getMessage());
        }
    }

    private static String codes(List<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::code).collect(Collectors.joining(","));
    }

    private static Webhook find(Handle h, long id) {
        return h.createQuery("SELECT * FROM webhook WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> webhook(rs))
                .findOne()
                .orElseThrow(() -> new NotFoundException("no webhook " + id));
    }

    private static Webhook webhook(ResultSet rs) throws SQLException {
        return new Webhook(
                rs.getLong("id"),
                rs.getString("url"),
                WebhookEvent.parse(rs.getString("events")),
                rs.getString("created_by"),
                rs.getString("created_at"),
                rs.getString("removed_at"));
    }
}
