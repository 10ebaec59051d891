package dev.licit.server.lists;

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
import dev.licit.store.common.Actor;
import dev.licit.store.rescreen.RescreenReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code licit serve --refresh-lists}: fetches the enabled sources on a schedule, in one process at a
 * time among the servers sharing a home (a lock file in its lists directory), re-screens the stored
 * decisions when the snapshot changed (opening cases, with an audit event) and records in the audit
 * trail each source that was refused or failed. The switch itself is {@link ListFetcher}'s atomic
 * rename of {@code lists/current}: requests that started on the old snapshot finish on it, the next
 * ones read the new one; a fetch that fails leaves the last good snapshot in force.
 */
public final class ListRefresher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ListRefresher.class);
    /** Who the audit trail names for the scheduled fetch and its re-screening. */
    static final Actor ACTOR = Actor.of("list-refresh");

    /** How one scheduled run ended. */
    public sealed interface Run {
        Instant at();

        /** The fetch ran: one outcome per source; {@code switchedTo} is null when the snapshot stayed. */
        record Fetched(Instant at, List<FetchOutcome> outcomes, String switchedTo, RescreenReport rescreening)
                implements Run {
            public Fetched {
                outcomes = List.copyOf(outcomes);
            }
        }

        /** Another process held the refresh lock: it is fetching for this home. */
        record Skipped(Instant at, String reason) implements Run {}

        /** The run could not fetch at all (an unreadable sources file, a full disk): the snapshot stayed. */
        record Broken(Instant at, String reason) implements Run {}
    }

    private final Path home;
    private final ListStore lists;
    private final LicitStore store;
    private final ListFetcher.Options options;
    private final Clock clock;
    /** Loads the new snapshot into the server's screening right after a switch, off the request threads. */
    private final Runnable afterSwitch;

    private final AtomicReference<Run> last = new AtomicReference<>();
    private ScheduledExecutorService scheduler;

    /**
     * @param lists the home's list store (the same the server's screening reads)
     * @param store where re-screening opens cases and the audit events go
     */
    public ListRefresher(
            Path home,
            ListStore lists,
            LicitStore store,
            ListFetcher.Options options,
            Clock clock,
            Runnable afterSwitch) {
        this.afterSwitch = afterSwitch;
        this.home = home;
        this.lists = lists;
        this.store = store;
        this.options = options;
        this.clock = clock;
    }

    /** Runs now, then every {@code every} after the end of the previous run. */
    public synchronized void start(Duration every) {
        if (!every.isPositive()) {
            throw new IllegalArgumentException("the refresh interval must be positive, not " + every);
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "licit-list-refresh");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The last run, or null before the first ended. */
    public Run last() {
        return last.get();
    }

    /** One fetch of every enabled source; never throws, so the schedule goes on after any failure. */
    public Run runOnce() {
        Run run;
        try {
            run = lockedRun();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run = new Run.Broken(clock.instant(), "interrupted; the current snapshot stays");
        } catch (IOException | ImportException | RuntimeException e) {
            // the message only: a stack trace helps nobody reading /health, the log has the class
            run = new Run.Broken(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.warn("list refresh failed; the current snapshot stays", e);
        }
        last.set(run);
        return run;
    }

    private Run lockedRun() throws IOException, ImportException, InterruptedException {
        // the lock licit lists fetch takes too: one fetcher per home switches snapshots at a time
        try (FetchLock held = FetchLock.tryAcquire(lists.directory())) {
            if (held == null) {
                return new Run.Skipped(clock.instant(), "another process is fetching the lists of this home");
            }
            return fetch();
        }
    }

    private Run fetch() throws IOException, ImportException, InterruptedException {
        List<ListSource> enabled =
                ListSources.forHome(home).stream().filter(ListSource::enabled).toList();
        ListSnapshot previous = lists.current();
        ListFetcher.Report report = ListFetcher.fetch(lists, enabled, options, clock);
        RescreenReport rescreen = null;
        if (report.after() != null) {
            // the prepared index is written here, off the request threads: the next request only reads it
            Screener current = ScreenerIndex.load(lists, report.after().id(), Thresholds.DEFAULT)
                    .screener();
            afterSwitch.run();
            rescreen = store.rescreening().afterImport(previous, current, ACTOR);
        }
        for (FetchOutcome o : report.outcomes()) {
            switch (o) {
                case FetchOutcome.Refused r ->
                    store.rescreening().fetchKept(r.sourceId(), "refused", r.reason(), previous.id(), ACTOR);
                case FetchOutcome.Failed f ->
                    store.rescreening().fetchKept(f.sourceId(), "failed", f.reason(), previous.id(), ACTOR);
                case FetchOutcome.Updated u -> {}
                case FetchOutcome.Unchanged u -> {}
            }
            LOG.info("list refresh: {}", o.line());
        }
        return new Run.Fetched(
                clock.instant(),
                report.outcomes(),
                report.after() == null ? null : report.after().id(),
                rescreen);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                // a fetch interrupted mid-way keeps the current snapshot; wait so the home is not closed under it
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
