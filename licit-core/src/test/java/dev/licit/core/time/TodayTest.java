package dev.licit.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** "Today" is the UTC date, whatever the zone of the machine or of the clock handed in. */
class TodayTest {
    @Test
    void lateEveningWestOfGreenwichIsAlreadyTomorrow() {
        // 23:30 on 31 December in UTC-5 is 04:30 on 1 January in UTC
        Instant lateInNewYork = ZonedDateTime.of(2025, 12, 31, 23, 30, 0, 0, ZoneId.of("-05:00"))
                .toInstant();
        Clock newYorkClock = Clock.fixed(lateInNewYork, ZoneId.of("-05:00"));
        assertThat(LocalDate.now(newYorkClock)).as("the zone's own date").isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Today.utc(newYorkClock)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void earlyMorningEastOfGreenwichIsStillYesterday() {
        Instant earlyInTokyo = ZonedDateTime.of(2026, 1, 15, 7, 0, 0, 0, ZoneId.of("Asia/Tokyo"))
                .toInstant();
        assertThat(Today.utc(Clock.fixed(earlyInTokyo, ZoneId.of("Asia/Tokyo"))))
                .isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(Today.now(Clock.fixed(earlyInTokyo, ZoneId.of("Asia/Tokyo"))))
                .isEqualTo(earlyInTokyo);
    }
}
