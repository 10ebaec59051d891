package dev.licit.store.review;

import dev.licit.store.common.StoreInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A page of the review queue: filters (each null for any), a search text, an order and a window.
 *
 * @param verdict the decision's verdict ({@code HOLD}, {@code LICENSE_REQUIRED} ...), or null
 * @param destination the order's destination (ISO 3166-1 alpha-2), or null
 * @param text found (case-insensitively) in the order id, the decision id, the case's reason or a
 *     party's name (the order's parties and the matched and listed names), or null
 * @param offset how many cases of the order to skip
 * @param limit at most how many cases to return
 */
public record CaseQuery(
        CaseStatus status,
        CaseKind kind,
        String verdict,
        String destination,
        String text,
        Sort sort,
        boolean descending,
        int offset,
        int limit) {
    /** The longest search text taken. */
    public static final int MAX_TEXT = 200;

    /** What the queue is ordered by; ties go newest case first. */
    public enum Sort {
        OPENED("rc.id"),
        ORDER("rc.order_id"),
        VERDICT("rc.verdict"),
        DESTINATION("d.destination"),
        STATUS("rc.status"),
        MATCHES("(SELECT COUNT(*) FROM case_match cm WHERE cm.case_id = rc.id)");

        final String column;

        Sort(String column) {
            this.column = column;
        }

        public static Sort parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new StoreInputException("sort: must be one of "
                        + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ", not '" + text + "'");
            }
        }
    }

    public CaseQuery {
        if (offset < 0) {
            throw new StoreInputException("offset: must be 0 or more, not " + offset);
        }
        if (limit < 1) {
            throw new StoreInputException("limit: must be 1 or more, not " + limit);
        }
        verdict = blankToNull(verdict);
        destination = blankToNull(destination);
        if (destination != null) {
            destination = destination.toUpperCase(Locale.ROOT);
            if (!destination.matches("[A-Z]{2}")) {
                throw new StoreInputException(
                        "destination: an ISO 3166-1 alpha-2 country code (two letters), not '" + destination + "'");
            }
        }
        text = blankToNull(text);
        if (text != null && text.length() > MAX_TEXT) {
            throw new StoreInputException("q: at most " + MAX_TEXT + " characters, got " + text.length());
        }
        sort = sort == null ? Sort.OPENED : sort;
    }

    /** Every case of a status (null: all), newest first: the queue as it was before filters. */
    public static CaseQuery newest(CaseStatus status, int limit) {
        return new CaseQuery(status, null, null, null, null, Sort.OPENED, true, 0, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
