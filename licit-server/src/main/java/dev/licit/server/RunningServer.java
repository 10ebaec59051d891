package dev.licit.server;

import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.server.api.CoreApi;
import dev.licit.server.api.OwnershipApi;
import dev.licit.server.api.ScreeningSource;
import dev.licit.server.api.StoreApi;
import dev.licit.server.auth.Authenticator;
import dev.licit.server.auth.Role;
import dev.licit.server.lists.ListFreshness;
import dev.licit.server.lists.ListMetrics;
import dev.licit.server.lists.ListRefresher;
import dev.licit.store.LicitStore;
import dev.licit.store.common.StoreConfig;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A started server over one data home: the store it keeps open, the screener over the home's lists,
 * and the HTTP server. Keys are checked against the store on every request, so a key revoked from
 * the CLI is refused on its next request; a list import from the CLI is picked up on the next screen.
 */
public final class RunningServer implements AutoCloseable {
    private final LicitStore store;
    private final LicitServer http;
    private final WebhookRounds webhooks;
    /** The scheduled list fetch, or null when the server does not fetch. */
    private final ListRefresher refresher;
    /** Builds the ownership graph's index when a snapshot is loaded, off the requests' threads. */
    private final ExecutorService ownershipIndexing;

    private RunningServer(
            LicitStore store, LicitServer http, ListRefresher refresher, ExecutorService ownershipIndexing) {
        this.store = store;
        this.http = http;
        this.webhooks = new WebhookRounds(store);
        this.refresher = refresher;
        this.ownershipIndexing = ownershipIndexing;
    }

    /**
     * One daemon thread that builds each loaded ownership snapshot's index (seconds for millions of links),
     * so that no request pays for it: until it is ready, lookups walk the graph in full, with the same
     * answers. One at a time: a second snapshot's index waits for the first rather than halving both.
     */
    static ExecutorService ownershipIndexing(LicitStore store) {
        ExecutorService indexing = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("licit-ownership-index").daemon(true).factory());
        store.ownership().buildIndexesOn(indexing);
        store.ownership().graph(); // the current snapshot loaded now, its index started before the first request
        return indexing;
    }

    public static RunningServer start(
            Path home, StoreConfig storeConfig, Rulebook rulebook, ChipCatalog catalog, String host, int port) {
        return start(home, storeConfig, rulebook, catalog, host, port, ServerLimits.defaults());
    }

    /** @param limits what one client may hold of the server (bodies, time, connections, sessions, failed keys) */
    public static RunningServer start(
            Path home,
            StoreConfig storeConfig,
            Rulebook rulebook,
            ChipCatalog catalog,
            String host,
            int port,
            ServerLimits limits) {
        return start(home, storeConfig, rulebook, catalog, host, port, limits, ListUpkeep.defaults());
    }

    /** @param lists whether the server fetches its lists on a schedule, and the age past which one is stale */
    public static RunningServer start(
            Path home,
            StoreConfig storeConfig,
            Rulebook rulebook,
            ChipCatalog catalog,
            String host,
            int port,
            ServerLimits limits,
            ListUpkeep lists) {
        // one clock for the process, the store's (Clock.systemUTC() unless the caller fixes it): the
        // API's "today", session expiry, snapshot and decision stamps all read it
        LicitStore store = LicitStore.open(storeConfig);
        ExecutorService indexing = null;
        try {
            indexing = ownershipIndexing(store);
            ScreeningSource screening = new ScreeningSource(home, storeConfig.clock());
            screening.screener(); // build the index before the first request
            Authenticator auth = presented -> store.keys()
                    .verify(presented)
                    .map(k -> new Authenticator.Principal(
                            k.id(), Role.valueOf(k.role().name()), k.scope() == dev.licit.store.keys.KeyScope.TEAM));
            CoreApi core = new CoreApi(rulebook, catalog, screening, storeConfig.clock());
            ListFreshness freshness =
                    new ListFreshness(screening.store().directory(), lists.maxAge(), storeConfig.clock());
            StoreApi kept = new StoreApi(store, screening, rulebook, catalog, freshness::of);
            core.recordingScreens(kept.screenLog()); // every ad-hoc screen is in the audit trail (issue 18)
            OwnershipApi ownership = new OwnershipApi(store, screening, storeConfig.clock());
            Health.WriteOutcomes writes = new Health.WriteOutcomes(storeConfig.clock());
            ListRefresher refresher = lists.refreshEvery() == null
                    ? null
                    : new ListRefresher(
                            home, screening.store(), store, lists.fetch(), storeConfig.clock(), screening::screener);
            Health health = new Health(store, screening, writes, storeConfig.clock(), freshness, refresher);
            LicitServer http = new LicitServer(auth, storeConfig.clock(), limits, health, writes, routes -> {
                        core.register(routes);
                        kept.register(routes);
                        ownership.register(routes);
                    })
                    .start(host, port);
            ListMetrics gauges = new ListMetrics(http.metrics(), screening::info, freshness);
            gauges.registerCurrent();
            http.beforeScrape(gauges::registerCurrent);
            if (refresher != null) {
                refresher.start(lists.refreshEvery());
            }
            return new RunningServer(store, http, refresher, indexing);
        } catch (RuntimeException e) {
            if (indexing != null) {
                indexing.shutdownNow();
            }
            store.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    public LicitStore store() {
        return store;
    }

    /** The scheduled list fetch, or null when the server was started without one. */
    public ListRefresher refresher() {
        return refresher;
    }

    @Override
    public void close() {
        webhooks.close();
        if (refresher != null) {
            refresher.close(); // before the store: its re-screening writes there
        }
        http.stop();
        ownershipIndexing.shutdownNow(); // a build under way is abandoned: the next start begins again
        store.close();
    }
}
