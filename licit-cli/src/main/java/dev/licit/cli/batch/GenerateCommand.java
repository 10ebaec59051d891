package dev.licit.cli.batch;

import dev.licit.batch.generate.OrderGenerator;
import dev.licit.batch.generate.OwnershipGenerator;
import dev.licit.batch.generate.PartyGenerator;
import dev.licit.cli.common.Dates;
import dev.licit.cli.common.Home;
import dev.licit.core.io.CatalogReader;
import dev.licit.screening.ListStore;
import dev.licit.screening.list.ListSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code licit generate parties|orders}: synthetic inputs for benchmarks and tests. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        subcommands = {GenerateCommand.Parties.class, GenerateCommand.Orders.class, GenerateCommand.Ownership.class},
        description = "Synthetic data for benchmarks: customer files with planted list names, order histories.")
public final class GenerateCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "a command is needed (parties, orders, ownership)");
    }

    @Command(
            name = "parties",
            mixinStandardHelpOptions = true,
            description = {
                "A customer file (id,name,country,address): names in Latin, Han, Hangul, Cyrillic and Arabic script,",
                "a share planted from the current list snapshot with typical variations; their ground truth goes to --planted."
            })
    static final class Parties implements Callable<Integer> {
        @Option(names = "--count", required = true, paramLabel = "N")
        long count;

        @Option(
                names = "--planted-share",
                defaultValue = "0.01",
                paramLabel = "SHARE",
                description = "Share of rows planted from the lists (default ${DEFAULT-VALUE}).")
        double share;

        @Option(names = "--output", required = true, paramLabel = "FILE")
        Path output;

        @Option(
                names = "--planted",
                paramLabel = "FILE",
                description = "Ground truth of the planted rows (default: OUTPUT with .planted.csv).")
        Path planted;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
        long seed;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ListSnapshot snapshot = new ListStore(Home.resolve()).current();
            Path truth = planted != null ? planted : plantedBeside(output);
            PartyGenerator.Result r = PartyGenerator.write(output, truth, count, share, seed, snapshot.entries());
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "%,d parties written to %s, %,d planted from %s (ground truth in %s)%n",
                    r.parties(),
                    output,
                    r.planted(),
                    snapshot.id(),
                    truth);
            out.flush();
            return 0;
        }

        static Path plantedBeside(Path output) {
            String name = output.getFileName().toString();
            int dot = name.indexOf('.');
            return output.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".planted.csv");
        }
    }

    @Command(
            name = "orders",
            mixinStandardHelpOptions = true,
            description =
                    "An order history as JSON Lines in the contract's order shape, catalog chips, dates over the rules' period.")
    static final class Orders implements Callable<Integer> {
        @Option(names = "--count", required = true, paramLabel = "N")
        long count;

        @Option(names = "--output", required = true, paramLabel = "FILE")
        Path output;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
        long seed;

        @Option(
                names = "--from",
                defaultValue = "2022-10-07",
                converter = Dates.class,
                paramLabel = "DATE",
                description = "First order date (default ${DEFAULT-VALUE}).")
        LocalDate from;

        @Option(
                names = "--to",
                defaultValue = "2026-06-30",
                converter = Dates.class,
                paramLabel = "DATE",
                description = "Last order date (default ${DEFAULT-VALUE}).")
        LocalDate to;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long n = OrderGenerator.write(output, count, seed, CatalogReader.loadDefault(), from, to);
            spec.commandLine().getOut().printf(Locale.ROOT, "%,d orders written to %s%n", n, output);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(
            name = "ownership",
            mixinStandardHelpOptions = true,
            description = {
                "An ownership graph as the plain CSV owner,owned,percent,startDate,endDate,source: corporate groups with",
                "chains, fan-out, joint holdings, unknown shares, cycles and dated links; its listed entities go to --listed",
                "(name,list,possible). For `licit ownership covered` and `licit ownership import`."
            })
    static final class Ownership implements Callable<Integer> {
        @Option(names = "--links", required = true, paramLabel = "N", description = "Ownership links to write.")
        long links;

        @Option(names = "--output", required = true, paramLabel = "FILE")
        Path output;

        @Option(
                names = "--listed",
                paramLabel = "FILE",
                description = "The listed entities (default: OUTPUT with .listed.csv).")
        Path listed;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
        long seed;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path roots = listed != null ? listed : beside(output, ".listed.csv");
            OwnershipGenerator.Result r = OwnershipGenerator.write(output, roots, links, seed);
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "%,d ownership links among %,d entities written to %s, %,d listed entities to %s%n",
                            r.links(),
                            r.entities(),
                            output,
                            r.listed(),
                            roots);
            spec.commandLine().getOut().flush();
            return 0;
        }

        static Path beside(Path output, String suffix) {
            String name = output.getFileName().toString();
            int dot = name.indexOf('.');
            return output.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
        }
    }
}
