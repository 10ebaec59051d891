package dev.licit.cli;

import dev.licit.core.rulebook.CompiledRulebook;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;

/**
 * The rules a command applies on one date: {@code --as-of} (default today, from the run's clock)
 * and the rulebook options ({@code --rules}, {@code --overlay}, {@code --set}), declared once for
 * the commands that take both.
 */
final class RulesOnDate {
    @Mixin
    DateOption asOf;

    @Mixin
    RulebookOptions rules;

    LocalDate date() {
        return asOf.date();
    }

    /** The rulebook in force on {@link #date()}. */
    CompiledRulebook rulebook() {
        return rules.load().on(date());
    }
}
