package dev.licit.cli;

import dev.licit.cli.screening.CompareCommand;
import dev.licit.cli.screening.ListsCommand;
import dev.licit.cli.screening.ScreenCommand;
import dev.licit.cli.store.AuditCommand;
import dev.licit.cli.store.CasesCommand;
import dev.licit.cli.store.DecisionsCommand;
import dev.licit.cli.store.KeysCommand;
import dev.licit.cli.store.LicensesCommand;
import dev.licit.cli.store.NotificationsCommand;
import dev.licit.cli.store.WebhooksCommand;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * The {@code licit} command. Its subcommands are listed here rather than in the annotation so that
 * a process running one command builds the model of that command alone ({@link Licit#commandLineFor}):
 * picocli reads every option of every command it is given, which cost a short command more than the
 * command's own work.
 */
@Command(
        name = "licit",
        mixinStandardHelpOptions = true,
        version = "licit 0.1.0",
        description = "Export-control decisions for AI chips: classify, check orders, screen parties.")
final class LicitCommand implements Runnable {
    /** Every subcommand, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ClassifyCommand.class,
            EnvelopeCommand.class,
            CheckCommand.class,
            RulesCommand.class,
            ServeCommand.class,
            CatalogCommand.class,
            ListsCommand.class,
            dev.licit.cli.screening.OwnershipCommand.class,
            ScreenCommand.class,
            CompareCommand.class,
            dev.licit.cli.batch.BatchCommand.class,
            dev.licit.cli.batch.ReplayCommand.class,
            dev.licit.cli.batch.GenerateCommand.class,
            DecisionsCommand.class,
            AuditCommand.class,
            CasesCommand.class,
            LicensesCommand.class,
            NotificationsCommand.class,
            WebhooksCommand.class,
            KeysCommand.class);

    /** The subcommand called {@code name}, if there is one. */
    static Optional<Class<?>> subcommand(String name) {
        for (Class<?> c : SUBCOMMANDS) {
            if (c.getAnnotation(Command.class).name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this),
                "a command is needed (classify, envelope, check, rules, catalog, lists, screen, compare)");
    }
}
