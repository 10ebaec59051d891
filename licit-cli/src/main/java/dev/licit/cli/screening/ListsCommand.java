package dev.licit.cli.screening;

import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.Home;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.json.Json;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.Thresholds;
import dev.licit.screening.fetch.FetchLock;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.index.ScreenerIndex;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.store.LicitStore;
import dev.licit.store.rescreen.RescreenReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** {@code licit lists import|fetch|list|show}: restricted-party list snapshots in LICIT_HOME/lists. */
@Command(
        name = "lists",
        mixinStandardHelpOptions = true,
        description = "Import restricted-party lists and inspect the snapshots.",
        subcommands = {
            ListsCommand.Import.class,
            ListsFetchCommand.class,
            ListsCommand.ListSnapshots.class,
            ListsCommand.Show.class
        })
public final class ListsCommand extends CommandGroup {
    /** {@code licit lists import FILE...} */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description =
                    "Create a snapshot from list files (CSL CSV/JSON, OFAC sdn/alt/add CSV, BIS DPL text, UN XML) "
                            + "and make it current. A malformed file is refused and nothing is imported. Then re-screen the parties "
                            + "of the stored decisions of the last five years: a new hit opens a case naming the list change.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Option(names = "--no-curated", description = "leave the curated advanced-computing list out of the snapshot")
        boolean noCurated;

        @Mixin
        TextOrJsonFormat format;

        @Option(names = "--no-store", description = "import only: do not re-screen the stored decisions")
        boolean noStore;

        @Option(
                names = {"--replace", "--accept-shrink"},
                description = "replace the current snapshot even when the new one"
                        + " has more than 20 %% fewer entries or leaves out a whole list")
        boolean replace;

        @Option(
                names = "--add",
                description = "add the files to the current snapshot (a file of the same name replaces"
                        + " the one it had) instead of replacing it")
        boolean add;

        @Mixin
        StoreOptions store;

        @Mixin
        FetchLockWait lock;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!lock.valid("lists import", err)) {
                return 2;
            }
            ListStore lists = new ListStore(Home.resolve(), store.clock());
            // the lock a server's scheduled fetch and lists fetch take: one switch of the snapshot at a time
            try (FetchLock held = lock.acquire(lists.directory(), "lists import", err)) {
                if (held == null) {
                    return 1;
                }
                return importHolding(lists, out, err);
            } catch (IOException e) {
                err.println("licit lists import: cannot take the lists' fetch lock: " + e.getMessage());
                err.flush();
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("licit lists import: interrupted while waiting for the lists' fetch lock");
                err.flush();
                return 1;
            }
        }

        private int importHolding(ListStore lists, PrintWriter out, PrintWriter err) {
            try {
                ListSnapshot previous = noStore ? null : lists.current();
                Optional<SnapshotInfo> before = lists.currentId().flatMap(id -> {
                    try {
                        return lists.info(id);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                List<Path> importing = add ? withCurrentSources(lists, before, files) : files;
                SnapshotInfo info = lists.importFiles(importing, !noCurated, incoming -> {
                    if (!replace) {
                        refuseShrinking(before.orElse(null), incoming);
                    }
                });
                // built once here and written as the snapshot's prepared index: every later screen reads it
                Screener current =
                        ScreenerIndex.load(lists, info.id(), Thresholds.DEFAULT).screener();
                RescreenReport report = null;
                if (!noStore) {
                    try (LicitStore st = store.open()) {
                        report = st.rescreening().afterImport(previous, current, store.actor());
                    }
                }
                if (format.json()) {
                    com.fasterxml.jackson.databind.node.ObjectNode node = Json.PRETTY.valueToTree(info);
                    if (report != null) {
                        node.set("rescreening", Json.PRETTY.valueToTree(report));
                    }
                    JsonOutput.print(out, node);
                } else {
                    out.println("imported " + info.id() + " (" + info.totalEntries() + " entries) and made it current");
                    describe(out, info, true);
                    if (report != null) {
                        out.println("re-screened " + report.decisionsScreened() + " stored decision(s), "
                                + report.partiesScreened()
                                + " distinct part(ies): " + report.opened().size() + " new case(s)"
                                + (report.reopened().isEmpty() ? "" : ", reopened case(s) " + report.reopened()));
                        for (RescreenReport.OpenedCase c : report.opened()) {
                            out.println("case " + c.caseId() + "  decision " + c.decisionId()
                                    + (c.orderId() == null ? "" : " (order " + c.orderId() + ")") + ": "
                                    + String.join("; ", c.changes()));
                        }
                    }
                    out.flush();
                }
                return 0;
            } catch (ImportException e) {
                err.println("licit lists import: " + e.getMessage() + " (nothing was imported)");
                err.flush();
                return 2;
            } catch (IOException | RuntimeException e) {
                err.println("licit lists import: internal failure: " + e);
                err.flush();
                return 1;
            }
        }
    }

    /** The most a new snapshot may have fewer entries than the current one without {@code --replace}. */
    static final double MAX_SHRINK = 0.20;

    /**
     * A partial file imported by mistake (the first lines of the SDN file, say) would silently
     * replace the whole lists: screening then misses every party it left out. So an import that
     * has more than {@link #MAX_SHRINK} fewer entries than the current snapshot, or leaves a whole
     * list out, is refused unless {@code --replace} says it is meant.
     */
    static void refuseShrinking(SnapshotInfo current, SnapshotInfo incoming) throws ImportException {
        if (current == null) {
            return;
        }
        int was = current.totalEntries();
        int now = incoming.totalEntries();
        List<String> dropped = current.counts().entrySet().stream()
                .filter(e -> e.getValue() > 0 && incoming.counts().getOrDefault(e.getKey(), 0) == 0)
                .map(Map.Entry::getKey)
                .toList();
        boolean shrinks = was > 0 && now < was * (1 - MAX_SHRINK);
        if (!shrinks && dropped.isEmpty()) {
            return;
        }
        throw new ImportException(
                "the new snapshot",
                0,
                String.format(
                        java.util.Locale.ROOT,
                        "it has %,d entries where the current snapshot %s has %,d (%+.1f %%)%s; to add these files to the current"
                                + " snapshot use --add, to replace it use --replace",
                        now,
                        current.id(),
                        was,
                        was == 0 ? 0.0 : 100.0 * (now - was) / was,
                        dropped.isEmpty() ? "" : ", and it leaves out the list(s) " + String.join(", ", dropped)));
    }

    /** The current snapshot's source files, except those a given file of the same name replaces, then the given files. */
    static List<Path> withCurrentSources(ListStore lists, Optional<SnapshotInfo> current, List<Path> files) {
        if (current.isEmpty()) {
            return files;
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        files.forEach(f -> given.add(f.getFileName().toString()));
        List<Path> all = new ArrayList<>();
        Path sources = lists.directory().resolve(current.get().id()).resolve("sources");
        for (SnapshotInfo.Source s : current.get().sources()) {
            Path kept = sources.resolve(s.file());
            if (!given.contains(s.file()) && java.nio.file.Files.isRegularFile(kept)) {
                all.add(kept);
            }
        }
        all.addAll(files);
        return all;
    }

    /** {@code licit lists list} */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored snapshots, newest first.")
    static final class ListSnapshots implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        TextOrJsonFormat format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                ListStore store = new ListStore(Home.resolve());
                String current = store.currentId().orElse(null);
                List<SnapshotInfo> all = new ArrayList<>(store.list());
                if (current == null) {
                    all.add(ListStore.curated().info());
                    current = ListStore.curated().id();
                }
                if (format.json()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (SnapshotInfo i : all) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("current", i.id().equals(current));
                        row.put("snapshot", i);
                        rows.add(row);
                    }
                    JsonOutput.print(out, rows);
                } else {
                    for (SnapshotInfo i : all) {
                        out.printf(
                                "%s %s  %s  %d entries  %s%n",
                                i.id().equals(current) ? "*" : " ",
                                i.id(),
                                i.importedAt().equals(java.time.Instant.EPOCH)
                                        ? "built-in            "
                                        : i.importedAt(),
                                i.totalEntries(),
                                i.counts());
                    }
                    out.flush();
                }
                return 0;
            } catch (IOException | RuntimeException e) {
                spec.commandLine().getErr().println("licit lists list: internal failure: " + e);
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }

    /** {@code licit lists show [ID]} */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show a snapshot (default: the current one).")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "ID")
        String id;

        @Mixin
        TextOrJsonFormat format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                ListStore store = new ListStore(Home.resolve());
                SnapshotInfo info;
                if (id == null) {
                    info = store.current().info();
                } else {
                    Optional<dev.licit.screening.list.ListSnapshot> s = store.load(id);
                    if (s.isEmpty()) {
                        err.println("licit lists show: no snapshot '" + id + "' in " + store.directory());
                        err.flush();
                        return 2;
                    }
                    info = s.get().info();
                }
                if (format.json()) {
                    JsonOutput.print(out, info);
                } else {
                    describe(out, info, false);
                    out.flush();
                }
                return 0;
            } catch (IOException | RuntimeException e) {
                err.println("licit lists show: internal failure: " + e);
                err.flush();
                return 1;
            }
        }
    }

    static void describe(PrintWriter out, SnapshotInfo info, boolean brief) {
        if (!brief) {
            out.println("snapshot   " + info.id());
            out.println("sha256     " + info.sha256());
            out.println("imported   "
                    + (info.importedAt().equals(java.time.Instant.EPOCH) ? "built-in" : info.importedAt()));
            out.println("curated    " + (info.includesCurated() ? "included" : "left out"));
        }
        out.println("counts     " + info.counts());
        for (SnapshotInfo.Source s : info.sources()) {
            out.printf(
                    "source     %s  %s  %d entries  sha256 %s%n",
                    s.file(), s.format(), s.entries(), s.sha256().substring(0, 12));
        }
    }
}
