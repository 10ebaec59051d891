package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Without --as-of, a command applies the rules of today in UTC, from the clock the command line was given. */
class DateOptionTest {
    private static final Clock LATE_IN_NEW_YORK = Clock.fixed(
            ZonedDateTime.of(2025, 12, 31, 23, 30, 0, 0, ZoneId.of("-05:00")).toInstant(), ZoneId.of("-05:00"));

    @Test
    void todayIsTheUtcDateOfTheClock() {
        assertThat(new DateOption(LATE_IN_NEW_YORK).date()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void theCommandLineHandsItsClockToTheOption() {
        CommandLine cl = Licit.commandLineFor(System.in, LATE_IN_NEW_YORK, "rules", "show");
        cl.parseArgs("rules", "show");
        RulesCommand.Show show =
                cl.getSubcommands().get("rules").getSubcommands().get("show").getCommand();
        assertThat(show.rules.date()).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
