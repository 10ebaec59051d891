package dev.licit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rate rule on both sides of its grace period and of its rate; SlowClientTest drives it over a socket. */
class MinBodyRateTest {
    private static final long RATE = 16_384;
    private static final long GRACE = MinBodyRate.GRACE_NANOS;

    @Test
    void aBodyThatHasFullyArrivedIsNeverTooSlowHoweverLateTheServerReadsIt() {
        assertThat(MinBodyRate.tooSlow(RATE, 300, TimeUnit.SECONDS.toNanos(60), true))
                .isFalse();
        // the same 300 bytes still arriving after a minute is a trickle
        assertThat(MinBodyRate.tooSlow(RATE, 300, TimeUnit.SECONDS.toNanos(60), false))
                .isTrue();
    }

    @Test
    void nothingIsOwedWithinTheGracePeriod() {
        assertThat(MinBodyRate.tooSlow(RATE, 0, GRACE, false)).isFalse();
        assertThat(MinBodyRate.tooSlow(RATE, 0, GRACE + TimeUnit.MILLISECONDS.toNanos(1), false))
                .isTrue();
    }

    @Test
    void afterTheGraceTheRateCountsOnlyTheTimeBeyondIt() {
        long oneSecondLate = GRACE + TimeUnit.SECONDS.toNanos(1);
        assertThat(MinBodyRate.tooSlow(RATE, RATE, oneSecondLate, false)).isFalse();
        assertThat(MinBodyRate.tooSlow(RATE, RATE - 1, oneSecondLate, false)).isTrue();
    }

    @Test
    void aRateOfZeroTurnsTheCheckOff() {
        assertThat(MinBodyRate.tooSlow(0, 0, TimeUnit.HOURS.toNanos(1), false)).isFalse();
    }
}
