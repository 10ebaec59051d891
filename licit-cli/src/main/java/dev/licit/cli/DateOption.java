package dev.licit.cli;

import dev.licit.cli.common.Dates;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The --as-of option of commands that apply the rules of a date (default: today). */
final class DateOption {
    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class, description = "The date whose rules apply (default: today).")
    LocalDate asOf;

    public LocalDate date() {
        return asOf != null ? asOf : LocalDate.now();
    }
}
