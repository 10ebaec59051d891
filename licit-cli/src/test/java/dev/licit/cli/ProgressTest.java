package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    static final long SECOND = 1_000_000_000L;
    final AtomicLong clock = new AtomicLong(5 * SECOND);
    final StringWriter err = new StringWriter();
    final Progress progress = new Progress(new PrintWriter(err, true), clock::get);

    @Test
    void aLongRunShowsALineEveryTwoSecondsOfDecidingAndASummary() {
        clock.addAndGet(3 * SECOND); // loading rules, lists and store: not part of the rate, nor a reason for a line
        progress.deciding();
        progress.update(1);
        clock.addAndGet(SECOND);
        progress.update(2_000);
        assertThat(err.toString()).isEmpty();
        clock.addAndGet(SECOND);
        progress.update(4_000);
        assertThat(err.toString()).isEqualTo("licit: 4,000 orders decided (2,000/s)" + System.lineSeparator());
        clock.addAndGet(SECOND);
        progress.update(7_000);
        assertThat(err.toString().lines()).hasSize(1);
        clock.addAndGet(SECOND);
        progress.update(12_000);
        assertThat(err.toString().lines())
                .containsExactly("licit: 4,000 orders decided (2,000/s)", "licit: 12,000 orders decided (3,000/s)");
        clock.addAndGet(SECOND / 2);
        progress.finish(12_345, 2);
        assertThat(err.toString().lines()).last().isEqualTo("licit: 12,345 orders decided, 2 refused in 7.5 s");
    }

    @Test
    void aShortCleanRunSaysNothing() {
        progress.deciding();
        clock.addAndGet(SECOND);
        progress.update(3);
        progress.finish(3, 0);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void refusedOrdersAlwaysGetTheSummary() {
        progress.deciding();
        progress.update(1);
        progress.finish(1, 1);
        assertThat(err.toString()).isEqualTo("licit: 1 orders decided, 1 refused in 0.0 s" + System.lineSeparator());
    }
}
