package dev.licit.cli.screening;

import dev.licit.cli.common.Home;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.json.Json;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.Thresholds;
import dev.licit.screening.fetch.FetchLock;
import dev.licit.screening.fetch.FetchOutcome;
import dev.licit.screening.fetch.ListFetcher;
import dev.licit.screening.fetch.ListSource;
import dev.licit.screening.fetch.ListSources;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.index.ScreenerIndex;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.store.LicitStore;
import dev.licit.store.rescreen.RescreenReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code licit lists fetch [--sources FILE] [SOURCE_ID...]} (issue 17). */
@Command(
        name = "fetch",
        mixinStandardHelpOptions = true,
        description = "Download the configured lists from their publishers, verify each (status, content type,"
                + " size, checksum, format, shrink guard) and switch to a snapshot with the new files; a source"
                + " that fails keeps its current file. One line per source: ID updated N entries | unchanged |"
                + " refused: REASON | failed: REASON. Exit 0 when every source was updated or unchanged, 2 when"
                + " one was refused, 1 when one failed (or when another fetch of this home held the lock"
                + " longer than --lock-wait).")
final class ListsFetchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "SOURCE_ID",
            description = "the sources to fetch (default: every enabled one)")
    List<String> ids = new ArrayList<>();

    @Option(
            names = "--sources",
            paramLabel = "FILE",
            description = "a sources file (YAML: sources: [{id, url, format}]) instead of LICIT_HOME/lists/sources.yaml"
                    + " or the shipped one")
    Path sourcesFile;

    @Option(
            names = "--from",
            paramLabel = "DIR",
            description =
                    "an offline mirror: take each file from DIR by the last part of its URL, with the same checks")
    Path from;

    @Option(
            names = "--accept-shrink",
            description = "take a source even when it has more than 20 %% fewer entries than its last fetch")
    boolean acceptShrink;

    @Option(names = "--no-store", description = "fetch only: do not re-screen the stored decisions")
    boolean noStore;

    @Mixin
    FetchLockWait lock;

    @Mixin
    TextOrJsonFormat format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path home = Home.resolve();
            List<ListSource> all = sourcesFile != null ? ListSources.read(sourcesFile) : ListSources.forHome(home);
            List<ListSource> selected = select(all);
            if (selected == null) {
                err.println("licit lists fetch: unknown source(s) " + unknown(all) + "; the sources are "
                        + String.join(", ", all.stream().map(ListSource::id).toList()));
                err.flush();
                return 2;
            }
            if (from != null && !Files.isDirectory(from)) {
                err.println("licit lists fetch: --from " + from + " is not a directory");
                err.flush();
                return 2;
            }
            if (!lock.valid("lists fetch", err)) {
                return 2;
            }
            ListStore lists = new ListStore(home, store.clock());
            ListFetcher.Report report;
            RescreenReport rescreen = null;
            // the server's scheduled fetch takes the same lock: held from the first download to the end of
            // the re-screening, so two fetchers never switch this home's snapshot at the same time
            try (FetchLock held = lock.acquire(lists.directory(), "lists fetch", err)) {
                if (held == null) {
                    return 1;
                }
                ListSnapshot previous = noStore ? null : lists.current();
                ListFetcher.Options options = ListFetcher.Options.defaults(System.getenv())
                        .withAcceptShrink(acceptShrink)
                        .withFromDir(from);
                report = ListFetcher.fetch(lists, selected, options, store.clock());
                if (report.after() != null) {
                    Screener current = ScreenerIndex.load(lists, report.after().id(), Thresholds.DEFAULT)
                            .screener();
                    if (!noStore) {
                        try (LicitStore st = store.open()) {
                            rescreen = st.rescreening().afterImport(previous, current, store.actor());
                        }
                    }
                }
            }
            if (format.json()) {
                Map<String, Object> node = new LinkedHashMap<>();
                List<Map<String, Object>> outcomes = new ArrayList<>();
                for (FetchOutcome o : report.outcomes()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", o.sourceId());
                    switch (o) {
                        case FetchOutcome.Updated u -> {
                            m.put("status", "updated");
                            m.put("entries", u.entries());
                            m.put("sha256", u.sha256());
                        }
                        case FetchOutcome.Unchanged u -> m.put("status", "unchanged");
                        case FetchOutcome.Refused r -> {
                            m.put("status", "refused");
                            m.put("reason", r.reason());
                        }
                        case FetchOutcome.Failed f -> {
                            m.put("status", "failed");
                            m.put("reason", f.reason());
                        }
                    }
                    outcomes.add(m);
                }
                node.put("sources", outcomes);
                node.put("snapshot", report.after() != null ? report.after() : report.before());
                node.put("switched", report.after() != null);
                node.put("replacedByHand", report.replacedByHand());
                if (rescreen != null) {
                    node.put("rescreening", rescreen);
                }
                JsonOutput.print(out, Json.PRETTY.valueToTree(node));
            } else {
                for (FetchOutcome o : report.outcomes()) {
                    out.println(o.line());
                }
                if (report.after() != null) {
                    err.println("licit: switched to snapshot " + report.after().id() + " ("
                            + report.after().totalEntries() + " entries)"
                            + (report.replacedByHand().isEmpty()
                                    ? ""
                                    : "; left out the hand-imported " + String.join(", ", report.replacedByHand())
                                            + ", whose lists a fetched source now brings"));
                    if (rescreen != null) {
                        err.println("licit: re-screened " + rescreen.decisionsScreened() + " stored decision(s): "
                                + rescreen.opened().size() + " new case(s)");
                    }
                } else {
                    err.println("licit: the current snapshot stays"
                            + (report.before() == null
                                    ? " (none: only the built-in list)"
                                    : " " + report.before().id()));
                }
                out.flush();
                err.flush();
            }
            return report.exitCode();
        } catch (ImportException e) {
            err.println("licit lists fetch: " + e.getMessage());
            err.flush();
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("licit lists fetch: interrupted; the current snapshot stays");
            err.flush();
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("licit lists fetch: internal failure: " + e + " (the current snapshot stays)");
            err.flush();
            return 1;
        }
    }

    /** The named sources, or the enabled ones; null when a name is not a source. */
    private List<ListSource> select(List<ListSource> all) {
        if (ids.isEmpty()) {
            return all.stream().filter(ListSource::enabled).toList();
        }
        List<ListSource> out = new ArrayList<>();
        for (String id : ids) {
            ListSource s =
                    all.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (s == null) {
                return null;
            }
            out.add(s);
        }
        return out;
    }

    private String unknown(List<ListSource> all) {
        return String.join(
                ", ",
                ids.stream()
                        .filter(id -> all.stream().noneMatch(s -> s.id().equals(id)))
                        .toList());
    }
}
