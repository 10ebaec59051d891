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
import picocli.CommandLine.Command;

/** The {@code licit} command and its subcommands. */
@Command(name = "licit", mixinStandardHelpOptions = true, version = "licit 0.1.0",
        description = "Export-control decisions for AI chips: classify, check orders, screen parties.",
        subcommands = {ClassifyCommand.class, EnvelopeCommand.class, CheckCommand.class, RulesCommand.class, ServeCommand.class,
                CatalogCommand.class, ListsCommand.class, ScreenCommand.class, CompareCommand.class,
                dev.licit.cli.batch.BatchCommand.class,
                dev.licit.cli.batch.ReplayCommand.class,
                dev.licit.cli.batch.GenerateCommand.class,
                DecisionsCommand.class,
                AuditCommand.class,
                CasesCommand.class,
                LicensesCommand.class,
                NotificationsCommand.class,
                KeysCommand.class})
public final class LicitCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "a command is needed (classify, envelope, check, rules, catalog, lists, screen, compare)");
    }
}
