package dev.licit.cli.store;

import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.store.LicitStore;
import dev.licit.store.nac.Notification;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licit notifications file|number|license-required|list|show}: NAC notifications and their 25-day clock. */
@Command(
        name = "notifications",
        mixinStandardHelpOptions = true,
        description =
                "License Exception NAC notifications: the filing, the number BIS returns, the 25-day waiting period.",
        subcommands = {
            NotificationsCommand.File.class,
            NotificationsCommand.Number.class,
            NotificationsCommand.LicenseRequired.class,
            NotificationsCommand.ListNotifications.class,
            NotificationsCommand.Show.class
        })
public final class NotificationsCommand extends CommandGroup {
    static void print(PrintWriter out, Notification n, OutputFormat format, LocalDate today) {
        if (format == OutputFormat.JSON) {
            JsonOutput.print(out, n);
            return;
        }
        String block = n.blockOn(today);
        out.println("notification " + n.id() + "  order " + n.orderId() + "  decision " + n.decisionId() + "  "
                + n.status());
        out.println("  filed " + n.filedOn() + " by " + n.filedBy() + "; waiting period ends " + n.waitingPeriodEnds());
        out.println("  BIS number "
                + (n.bisNumber() == null ? "not yet returned" : n.bisNumber() + " (AES license type C67)"));
        out.println("  " + (block == null ? "the order may ship" : "may not ship yet: " + block));
        out.flush();
    }

    @Command(
            name = "file",
            mixinStandardHelpOptions = true,
            description = "Record that a NAC notification was filed for a NOTIFICATION_REQUIRED decision.")
    static final class File extends StoreSubcommand {
        @Parameters(paramLabel = "DECISION_ID")
        String decisionId;

        @Option(
                names = "--filed",
                required = true,
                converter = Dates.class,
                paramLabel = "DATE",
                description = "The day it was filed in SNAP-R.")
        LocalDate filed;

        @Option(names = "--number", paramLabel = "A######", description = "The number BIS returned, if already known.")
        String number;

        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(
                    out,
                    s.notifications().file(decisionId, filed, number, store.actor()),
                    format.value(),
                    s.notifications().today());
            return 0;
        }
    }

    @Command(
            name = "number",
            mixinStandardHelpOptions = true,
            description = "Record the number BIS returned (A and six digits).")
    static final class Number extends StoreSubcommand {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "A######")
        String number;

        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(
                    out,
                    s.notifications().recordNumber(id, number, store.actor()),
                    format.value(),
                    s.notifications().today());
            return 0;
        }
    }

    @Command(
            name = "license-required",
            mixinStandardHelpOptions = true,
            description = "Record BIS's answer that the export needs a license.")
    static final class LicenseRequired extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--reason", required = true, description = "What BIS answered.")
        String reason;

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(
                    out,
                    s.notifications().licenseRequired(id, reason, store.actor()),
                    OutputFormat.TEXT,
                    s.notifications().today());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Notifications, newest first.")
    static final class ListNotifications extends StoreSubcommand {
        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            format.printAll(out, s.notifications().list(), n -> {
                String block = n.blockOn(s.notifications().today());
                out.printf(
                        "%5d  %-18s filed %s  ends %s  %-8s %s%n",
                        n.id(),
                        n.orderId(),
                        n.filedOn(),
                        n.waitingPeriodEnds(),
                        n.bisNumber() == null ? "-" : n.bisNumber(),
                        block == null ? "may ship" : "waiting");
            });
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "One notification and whether its order may ship today.")
    static final class Show extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(
                    out,
                    s.notifications().get(id),
                    format.value(),
                    s.notifications().today());
            return 0;
        }
    }
}
