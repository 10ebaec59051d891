package dev.licit.store.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.internal.Times;
import dev.licit.store.license.License;
import dev.licit.store.license.LicenseStatus;
import dev.licit.store.nac.Notification;
import dev.licit.store.nac.NotificationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Turns what happened into deliveries to make, once per webhook and event: audit events after each
 * webhook's cursor (cases opened, re-screening hits, failed list fetches) and the state of clocks and
 * licenses now (a NAC waiting period ending, a license near its limit or expiry). An event already
 * queued for a webhook is not queued again (its key is unique per webhook), so running this as often
 * as one likes is safe.
 */
final class EventQueue {
    /** An event that happened, to be queued for every webhook that wants it. */
    record Event(WebhookEvent event, String key, ObjectNode data) {}

    /** How soon before its end a NAC clock is announced. */
    static final int NAC_NOTICE_DAYS = 2;
    /** How soon before its expiry a license is announced. */
    static final int LICENSE_EXPIRY_NOTICE_DAYS = 30;

    private EventQueue() {}

    /** Audit events after {@code afterSeq} up to {@code toSeq} that webhooks are told of. */
    static List<Event> fromAudit(Handle h, long afterSeq, long toSeq) {
        List<Event> out = new ArrayList<>();
        h.createQuery("SELECT seq, recorded_at, kind, subject, payload FROM audit_log"
                        + " WHERE seq > :from AND seq <= :to AND kind IN ('case.opened', 'list.fetch.failed', 'list.fetch.refused')"
                        + " ORDER BY seq")
                .bind("from", afterSeq)
                .bind("to", toSeq)
                .map((rs, ctx) -> {
                    long seq = rs.getLong(1);
                    JsonNode payload = Json.readStored(rs.getString(5));
                    ObjectNode data = Json.object();
                    data.put("auditSeq", seq);
                    data.put("recordedAt", rs.getString(2));
                    data.put("subject", rs.getString(4));
                    data.set("details", payload);
                    String kind = rs.getString(3);
                    List<Event> events = new ArrayList<>();
                    if (kind.equals("case.opened")) {
                        events.add(new Event(WebhookEvent.CASE_OPENED, "audit:" + seq, data));
                        if ("RESCREEN".equals(payload.path("kind").asText())) {
                            events.add(new Event(WebhookEvent.RESCREEN_HIT, "audit:" + seq + ":rescreen", data));
                        }
                    } else {
                        events.add(new Event(WebhookEvent.LIST_FETCH_FAILED, "audit:" + seq, data));
                    }
                    return events;
                })
                .forEach(out::addAll);
        return out;
    }

    /** NAC notifications still waiting whose 25-day period ends within {@link #NAC_NOTICE_DAYS} of {@code today}. */
    static List<Event> nacClocks(List<Notification> notifications, LocalDate today) {
        List<Event> out = new ArrayList<>();
        for (Notification n : notifications) {
            LocalDate ends = n.waitingPeriodEnds();
            if (n.status() == NotificationStatus.FILED
                    && !ends.isBefore(today)
                    && !ends.isAfter(today.plusDays(NAC_NOTICE_DAYS))) {
                ObjectNode data = Json.object();
                data.put("notificationId", n.id());
                data.put("orderId", n.orderId());
                data.put("decisionId", n.decisionId());
                data.put("filedOn", n.filedOn().toString());
                data.put("waitingPeriodEnds", ends.toString());
                data.put("bisNumber", n.bisNumber());
                out.add(new Event(WebhookEvent.NAC_CLOCK_ENDING, "nac:" + n.id() + ":" + ends, data));
            }
        }
        return out;
    }

    /** Active licenses with a tenth or less of a limit left, or expiring within {@link #LICENSE_EXPIRY_NOTICE_DAYS}. */
    static List<Event> licenses(List<License> licenses, LocalDate today) {
        List<Event> out = new ArrayList<>();
        for (License l : licenses) {
            if (l.status() != LicenseStatus.ACTIVE || l.validTo().isBefore(today)) {
                continue;
            }
            if (l.quantityLimit() != null && l.quantityRemaining() * 10 <= l.quantityLimit()) {
                out.add(licenseEvent(l, "quantity"));
            }
            if (l.valueLimitUsd() != null
                    && l.valueRemainingUsd().multiply(BigDecimal.TEN).compareTo(l.valueLimitUsd()) <= 0) {
                out.add(licenseEvent(l, "value"));
            }
            if (!l.validTo().isAfter(today.plusDays(LICENSE_EXPIRY_NOTICE_DAYS))) {
                out.add(licenseEvent(l, "expiry"));
            }
        }
        return out;
    }

    private static Event licenseEvent(License l, String reason) {
        ObjectNode data = Json.object();
        data.put("number", l.number());
        data.put("reason", reason);
        data.put("quantityLimit", l.quantityLimit());
        data.put("quantityRemaining", l.quantityRemaining());
        data.put("valueLimitUsd", l.valueLimitUsd());
        data.put("valueRemainingUsd", l.valueRemainingUsd());
        data.put("validTo", l.validTo().toString());
        return new Event(WebhookEvent.LICENSE_NEAR_LIMIT, "license:" + l.number() + ":" + reason, data);
    }

    /** Queues an event for a webhook unless it was queued before; whether it was new. */
    static boolean enqueue(Handle h, long webhookId, Event e, Instant now) {
        boolean known = h.createQuery("SELECT COUNT(*) FROM webhook_delivery WHERE webhook_id = :w AND event_key = :k")
                        .bind("w", webhookId)
                        .bind("k", e.key())
                        .mapTo(Long.class)
                        .one()
                > 0;
        if (known) {
            return false;
        }
        String at = Times.text(now);
        h.createUpdate("INSERT INTO webhook_delivery (webhook_id, event_key, event, payload, status, attempts,"
                        + " next_attempt_at, created_at) VALUES (:w, :k, :e, :p, 'PENDING', 0, :at, :at)")
                .bind("w", webhookId)
                .bind("k", e.key())
                .bind("e", e.event().code())
                .bind("p", Json.compact(e.data()))
                .bind("at", at)
                .execute();
        return true;
    }
}
