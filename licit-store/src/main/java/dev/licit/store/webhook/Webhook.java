package dev.licit.store.webhook;

import java.util.List;

/**
 * A receiver of events.
 *
 * @param removedAt when it was removed (it then receives nothing more), or null
 */
public record Webhook(
        long id, String url, List<WebhookEvent> events, String createdBy, String createdAt, String removedAt) {
    public Webhook {
        events = List.copyOf(events);
    }

    public boolean active() {
        return removedAt == null;
    }
}
