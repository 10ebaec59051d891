package dev.licit.store.decision;

import dev.licit.core.rulebook.Verdict;
import dev.licit.store.common.Actor;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Which recorded decisions to list, newest first: every criterion given must hold (null: any).
 *
 * @param since decided on or after this day (UTC)
 * @param until decided on or before this day (UTC)
 * @param orderId exactly this order id
 * @param verdict this verdict
 * @param destination this destination (ISO code, any case)
 * @param party a party whose name contains this text (any case)
 * @param limit at most this many
 * @param submitter only the decisions this actor submitted (a requester key of scope own)
 */
public record DecisionQuery(
        LocalDate since,
        LocalDate until,
        String orderId,
        Verdict verdict,
        String destination,
        String party,
        Integer limit,
        Actor submitter) {

    public static final DecisionQuery ALL = new DecisionQuery(null, null, null, null, null, null, null, null);

    public DecisionQuery {
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until: " + until + " is before since " + since);
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, got " + limit);
        }
        orderId = blankToNull(orderId);
        destination =
                blankToNull(destination) == null ? null : destination.strip().toUpperCase(Locale.ROOT);
        party = blankToNull(party) == null ? null : party.strip();
    }

    /** The decisions since a day, at most {@code limit}, of one submitter (null: all). */
    public static DecisionQuery since(LocalDate since, Integer limit, Actor submitter) {
        return new DecisionQuery(since, null, null, null, null, null, limit, submitter);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
