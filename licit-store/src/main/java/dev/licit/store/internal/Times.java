package dev.licit.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as fixed-width UTC text ({@code 2026-01-05T10:15:30.123Z}). Stored this way the text
 * sorts in time order, compares with a date prefix, hashes the same on H2 and PostgreSQL, and
 * round-trips exactly (what the audit chain needs).
 */
public final class Times {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {}

    public static String text(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The first instant of a UTC day, as stored text. */
    public static String startOf(LocalDate day) {
        return text(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
