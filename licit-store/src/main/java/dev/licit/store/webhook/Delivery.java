package dev.licit.store.webhook;

/**
 * One event for one webhook, as recorded: every attempt is counted, the last answer kept.
 *
 * @param status {@code PENDING} (to be tried at {@code nextAttemptAt}), {@code DELIVERED} or {@code FAILED} (given up)
 * @param lastStatus the receiver's last HTTP status, or null when it could not be reached
 */
public record Delivery(
        long id,
        long webhookId,
        String eventKey,
        String event,
        String status,
        int attempts,
        String nextAttemptAt,
        Integer lastStatus,
        String lastError,
        String createdAt,
        String deliveredAt) {}
