package dev.licit.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one definition of "today" and "now": the date in UTC of an injected {@link Clock}, unless an
 * order or a caller states its own date. Regulations take effect on a calendar date, and a decision
 * must not depend on the time zone of the machine that made it: a check at 23:30 in New York
 * (04:30 UTC the next day) applies the rules of the UTC date, as the store and the server do.
 * The clock itself is made once, at the edges ({@code Clock.systemUTC()} in the CLI's main and at
 * server start) and handed in; tests hand in a fixed one.
 */
public final class Today {
    private Today() {}

    /** The UTC calendar date of the clock's instant. */
    public static LocalDate utc(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The UTC calendar date of an instant already taken (a decision's stamp). */
    public static LocalDate utc(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The clock's instant (a timestamp such as {@code decidedAt}). */
    public static Instant now(Clock clock) {
        return clock.instant();
    }
}
