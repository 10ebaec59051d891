package dev.licit.cli;

import dev.licit.cli.common.Dates;
import dev.licit.core.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The --as-of option of commands that apply the rules of a date (default: today, in UTC). */
final class DateOption {
    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = Dates.class,
            description = "The date whose rules apply (default: today).")
    LocalDate asOf;

    private final Clock clock;

    /** @param clock whose UTC date is "today" (made once by {@link Licit}) */
    DateOption(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return asOf != null ? asOf : Today.utc(clock);
    }
}
