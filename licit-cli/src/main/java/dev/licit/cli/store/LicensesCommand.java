package dev.licit.cli.store;

import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.store.LicitStore;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.license.License;
import dev.licit.store.license.LicenseService;
import dev.licit.store.license.NewLicense;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licit licenses add|list|show|revoke}: licenses BIS granted, with what is left of them. */
@Command(
        name = "licenses",
        mixinStandardHelpOptions = true,
        description = "Licenses BIS granted: register them; decisions that need one find it; shipments draw it down.",
        subcommands = {
            LicensesCommand.Add.class,
            LicensesCommand.ListLicenses.class,
            LicensesCommand.Show.class,
            LicensesCommand.Revoke.class
        })
public final class LicensesCommand extends CommandGroup {
    static void print(PrintWriter out, License l, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            JsonOutput.print(out, LicenseService.describe(l));
            return;
        }
        out.println("license " + l.number() + "  " + l.status() + "  " + String.join(", ", l.eccns()) + " to "
                + l.destination() + "  valid " + l.validFrom() + " to " + l.validTo());
        out.println("  parties    " + String.join("; ", l.parties()));
        out.println("  quantity   "
                + (l.quantityLimit() == null
                        ? "no limit"
                        : l.quantityRemaining() + " of " + l.quantityLimit() + " left"));
        out.println("  value      "
                + (l.valueLimitUsd() == null
                        ? "no limit"
                        : "USD " + l.valueRemainingUsd().toPlainString() + " of "
                                + l.valueLimitUsd().toPlainString() + " left"));
        if (!l.conditions().isEmpty()) {
            out.println("  conditions " + l.conditions());
        }
        out.println("  registered " + l.registeredAt() + " by " + l.registeredBy());
        if (l.filedFor() != null) {
            out.println("  for        the order content of decision " + l.filedFor() + " only");
        }
        out.flush();
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register a license BIS granted.")
    static final class Add extends StoreSubcommand {
        @Option(names = "--number", required = true, description = "The license number (e.g. D1234567).")
        String number;

        @Option(
                names = "--eccn",
                required = true,
                split = ",",
                description = "ECCNs it covers (repeatable or comma-separated; 3A090 covers 3A090.a).")
        List<String> eccns = new ArrayList<>();

        @Option(names = "--destination", required = true, paramLabel = "CC")
        String destination;

        @Option(
                names = "--party",
                required = true,
                description = "A party it names (repeatable): every end user and ultimate consignee must be named.")
        List<String> parties = new ArrayList<>();

        @Option(
                names = "--quantity",
                paramLabel = "UNITS",
                description = "Units it authorises (default: no quantity limit).")
        Long quantity;

        @Option(names = "--value", paramLabel = "USD", description = "Value it authorises (default: no value limit).")
        BigDecimal value;

        @Option(names = "--valid-from", required = true, converter = Dates.class, paramLabel = "DATE")
        LocalDate validFrom;

        @Option(names = "--valid-to", required = true, converter = Dates.class, paramLabel = "DATE")
        LocalDate validTo;

        @Option(names = "--conditions", description = "Riders and conditions as printed on the license.")
        String conditions;

        @Option(
                names = "--for",
                paramLabel = "DECISION",
                description = "The decision the license was granted for: it then covers only orders of exactly that"
                        + " content (items, quantities, parties, destination).")
        String forDecision;

        @Mixin
        TextOrJsonFormat format;
        /** The license as built in check(): NewLicense validates itself, so a bad one is refused before the store opens. */
        private NewLicense license;

        @Override
        void check() {
            license = new NewLicense(
                    number, eccns, destination, parties, quantity, value, validFrom, validTo, conditions);
        }

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(out, s.licenses().register(license, forDecision, store.actor()), format.value());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Registered licenses, soonest expiry first.")
    static final class ListLicenses extends StoreSubcommand {
        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            List<License> all = s.licenses().list();
            if (format.json()) {
                JsonOutput.print(out, all.stream().map(LicenseService::describe).toList());
            } else {
                for (License l : all) {
                    out.printf(
                            "%-12s %-8s %-16s %s  %s to %s  qty %s  value %s%n",
                            l.number(),
                            l.status(),
                            String.join(",", l.eccns()),
                            l.destination(),
                            l.validFrom(),
                            l.validTo(),
                            l.quantityLimit() == null ? "-" : l.quantityRemaining() + "/" + l.quantityLimit(),
                            l.valueLimitUsd() == null
                                    ? "-"
                                    : l.valueRemainingUsd().toPlainString() + "/"
                                            + l.valueLimitUsd().toPlainString());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One license with what is left of it.")
    static final class Show extends StoreSubcommand {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            License l = s.licenses().get(number).orElseThrow(() -> new NotFoundException("no license " + number));
            print(out, l, format.value());
            return 0;
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Mark a license revoked (by BIS, or registered in error).")
    static final class Revoke extends StoreSubcommand {
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(out, s.licenses().revoke(number, reason, store.actor()), OutputFormat.TEXT);
            return 0;
        }
    }
}
