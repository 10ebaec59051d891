package dev.licit.store.audit;

import dev.licit.store.common.StoreInputException;
import java.time.LocalDate;

/**
 * A search of the audit trail: filters (each null for any) and a window of sequence numbers, read
 * oldest or newest first. Pages are keyed on the sequence number: the next page of a newest-first
 * search ends ({@code toSeq}) just before the last row shown.
 *
 * @param kind an event kind ({@code case.clear}) or a family of them ({@code case}: every {@code case.*})
 * @param actor who acted, exactly as recorded ({@code api-key:...}, a CLI name)
 * @param subject what it happened to, exactly ({@code case:12}, a decision id, {@code license:D1})
 * @param since first day (UTC) of the recorded time, or null
 * @param until last day (UTC) of the recorded time, or null
 * @param text found, case-insensitively, in the payload (a name, an order id), or null
 * @param fromSeq the lowest sequence number, or null
 * @param toSeq the highest sequence number, or null
 */
public record AuditQuery(
        String kind,
        String actor,
        String subject,
        LocalDate since,
        LocalDate until,
        String text,
        Long fromSeq,
        Long toSeq,
        boolean newestFirst,
        int limit) {
    public AuditQuery {
        kind = blank(kind);
        actor = blank(actor);
        subject = blank(subject);
        text = blank(text);
        if (text != null && text.length() > 200) {
            throw new StoreInputException("q: at most 200 characters, got " + text.length());
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new StoreInputException("until: " + until + " is before since " + since);
        }
        if (limit < 1) {
            throw new StoreInputException("limit: must be 1 or more, not " + limit);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
