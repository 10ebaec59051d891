package dev.licit.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Stored instants are written digit by digit: the text must be the formatter's, to the character. */
class TimesTest {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static String expected(Instant i) {
        return FORMAT.format(i.truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void edgesOfTheFixedWidth() {
        for (String s : new String[] {
            "2026-12-07T04:30:00Z",
            "2026-12-07T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.000500Z",
            "0000-01-01T00:00:00Z",
            "0999-03-04T05:06:07.089Z",
            "9999-12-31T23:59:59.999Z",
            "+10000-01-01T00:00:00Z",
            "-0001-12-31T23:59:59Z"
        }) {
            Instant i = Instant.parse(s);
            assertThat(Times.text(i)).as(s).isEqualTo(expected(i));
        }
        assertThat(Times.text(Instant.parse("2026-01-05T10:15:30.123456Z"))).isEqualTo("2026-01-05T10:15:30.123Z");
    }

    @Property(tries = 5000)
    void agreesWithTheFormatter(
            @ForAll @LongRange(min = -62_200_000_000L, max = 253_500_000_000L) long second,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nano) {
        Instant i = Instant.ofEpochSecond(second, nano);
        assertThat(Times.text(i)).isEqualTo(expected(i));
    }
}
