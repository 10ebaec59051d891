package dev.licit.cli.screening;

import dev.licit.cli.batch.OwnershipCoveredCommand;
import dev.licit.cli.common.Home;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.time.Today;
import dev.licit.screening.ListStore;
import dev.licit.screening.Thresholds;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.index.ScreenerIndex;
import dev.licit.screening.ownership.OwnershipFormat;
import dev.licit.screening.ownership.OwnershipImporter;
import dev.licit.screening.ownership.OwnershipTree;
import dev.licit.store.LicitStore;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.ownership.ImportOutcome;
import dev.licit.store.ownership.OwnershipSnapshot;
import dev.licit.store.ownership.OwnershipStore;
import dev.licit.store.rescreen.RescreenReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code licit ownership import|show}: ownership graphs in the store. */
@Command(
        name = "ownership",
        mixinStandardHelpOptions = true,
        description = "Import ownership data (who owns whom, with shares and dates) and show a party's owners.",
        subcommands = {OwnershipCommand.Import.class, OwnershipCommand.Show.class, OwnershipCoveredCommand.class})
public final class OwnershipCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** {@code licit ownership import FILE...} */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Read ownership files (FollowTheMoney JSON Lines, BODS JSON, GLEIF Level 2 CSV/JSON with"
                    + " Level 1 files for names, or CSV owner,owned,percent,startDate,endDate,source) into a new"
                    + " ownership snapshot and make it current. A malformed file is refused and nothing is imported."
                    + " Then the owners of the parties of the stored decisions of the last five years are screened:"
                    + " a listed owner opens a case.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        // not --format: that is the output format (text or json) on every command (FormatOptionTest)
        @Option(
                names = "--input-format",
                paramLabel = "FORMAT",
                description = "ftm, bods, gleif or csv (default: recognised from each file's content)")
        String inputFormat;

        @Mixin
        TextOrJsonFormat format;

        @Option(names = "--add", description = "add the links to the current snapshot's instead of replacing it")
        boolean add;

        @Option(
                names = {"--replace", "--accept-shrink"},
                description = "replace the current snapshot even when the new one drops more than 20 %% of"
                        + " its owner-owned pairs")
        boolean replace;

        @Option(names = "--no-rescreen", description = "import only: do not screen the owners of stored parties")
        boolean noRescreen;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (add && replace) {
                err.println("licit ownership import: --add and --replace exclude each other");
                err.flush();
                return 2;
            }
            OwnershipFormat fmt;
            try {
                fmt = inputFormat == null ? null : OwnershipFormat.parse(inputFormat);
            } catch (IllegalArgumentException e) {
                err.println("licit ownership import: --input-format must be ftm, bods, gleif or csv, not '"
                        + inputFormat + "'");
                err.flush();
                return 2;
            }
            try {
                OwnershipImporter.Result read = OwnershipImporter.importPaths(files, fmt);
                try (LicitStore st = store.open()) {
                    ImportOutcome o = st.ownership()
                            .importLinks(
                                    read.links(),
                                    read.sources(),
                                    add ? OwnershipStore.Mode.ADD : OwnershipStore.Mode.REPLACE,
                                    replace,
                                    store.actor());
                    OwnershipSnapshot s = o.snapshot();
                    RescreenReport r = noRescreen
                            ? null
                            : st.rescreening()
                                    .afterOwnershipImport(
                                            s,
                                            ScreenerIndex.current(new ListStore(Home.resolve()), Thresholds.DEFAULT),
                                            store.actor());
                    if (format.json()) {
                        Map<String, Object> doc = new LinkedHashMap<>();
                        doc.put("import", o);
                        doc.put("notes", read.notes());
                        if (r != null) {
                            doc.put("rescreening", r);
                        }
                        JsonOutput.print(out, doc);
                    } else {
                        describe(out, read, o, add, r);
                    }
                }
                out.flush();
                return 0;
            } catch (ImportException e) {
                err.println("licit ownership import: " + e.getMessage() + " (nothing was imported)");
                err.flush();
                return 2;
            } catch (StoreInputException e) {
                err.println("licit ownership import: " + e.getMessage());
                err.flush();
                return 2;
            } catch (java.io.IOException | RuntimeException e) {
                err.println("licit ownership import: internal failure: " + e);
                err.flush();
                return 1;
            }
        }
    }

    private static void describe(
            PrintWriter out, OwnershipImporter.Result read, ImportOutcome o, boolean add, RescreenReport r) {
        OwnershipSnapshot s = o.snapshot();
        out.println("imported " + s.id() + ": " + s.links() + " link(s) from "
                + read.sources().size() + " file(s)"
                + (s.previous() == null
                        ? ""
                        : (add ? " added to " : " replacing ") + s.previous() + " (" + o.previousLinks() + " link(s); "
                                + o.added() + " owner-owned pair(s) new, " + o.dropped() + " dropped)")
                + "; it is current");
        for (OwnershipImporter.Source src : read.sources()) {
            out.printf(
                    "source     %s  %s  %d link(s)  sha256 %s%n",
                    src.file(), src.format(), src.links(), src.sha256().substring(0, 12));
        }
        for (String n : read.notes()) {
            out.println("note       " + n);
        }
        if (r != null) {
            out.println("re-screened the owners of " + r.partiesScreened() + " distinct part(ies) of "
                    + r.decisionsScreened() + " stored decision(s): "
                    + r.opened().size() + " new case(s)");
            for (RescreenReport.OpenedCase c : r.opened()) {
                out.println("case " + c.caseId() + "  decision " + c.decisionId()
                        + (c.orderId() == null ? "" : " (order " + c.orderId() + ")") + ": "
                        + String.join("; ", c.changes()));
            }
        }
    }

    /** {@code licit ownership show NAME} */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print the owners of NAME up the current ownership graph (shares, dates, sources,"
                    + " recursively, cycles marked) and its holdings down, on a date.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--date", paramLabel = "DATE", description = "the day the links must hold on (default: today)")
        String date;

        @Mixin
        TextOrJsonFormat format;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            LocalDate day;
            try {
                day = date == null ? Today.utc(store.clock()) : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                err.println("licit ownership show: --date: '" + date + "' is not a date (YYYY-MM-DD)");
                err.flush();
                return 2;
            }
            try (LicitStore st = store.open()) {
                Optional<OwnershipSnapshot> current = st.ownership().current();
                if (current.isEmpty()) {
                    err.println("licit ownership show: no ownership data in the store (import some with licit"
                            + " ownership import)");
                    err.flush();
                    return 2;
                }
                OwnershipGraph g = st.ownership().graph();
                List<OwnershipTree.Node> owners = OwnershipTree.owners(g, name, day);
                List<OwnershipTree.Node> holdings = OwnershipTree.holdings(g, name, day);
                if (format.json()) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("name", name);
                    doc.put("date", day.toString());
                    doc.put("snapshot", current.get().id());
                    doc.put("owners", owners);
                    doc.put("holdings", holdings);
                    JsonOutput.print(out, doc);
                } else {
                    out.println(name + " on " + day + " (ownership snapshot "
                            + current.get().id() + ")");
                    out.println(owners.isEmpty() ? "owners: none recorded" : "owners:");
                    OwnershipTree.print(out, owners, "  ", "holds");
                    out.println(holdings.isEmpty() ? "holdings: none recorded" : "holdings:");
                    OwnershipTree.print(out, holdings, "  ", "held at");
                    out.flush();
                }
                return 0;
            } catch (RuntimeException e) {
                err.println("licit ownership show: internal failure: " + e);
                err.flush();
                return 1;
            }
        }
    }
}
