/**
 * Webhooks: events that reach people's systems (a case opened, a re-screening hit, a NAC clock
 * ending, a license near its limit or expiry, a list fetch that failed), each delivery signed with
 * HMAC-SHA256, retried with backoff and recorded. {@link dev.licit.store.webhook.WebhookService} is
 * the entry point: {@code add}, {@code list}, {@code remove}, and {@code run} (queue what happened
 * since the last run, then deliver what is due).
 */
package dev.licit.store.webhook;
