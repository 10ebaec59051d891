package dev.licit.server;

import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.server.api.CoreApi;
import dev.licit.server.api.OwnershipApi;
import dev.licit.server.api.ScreeningSource;
import dev.licit.server.api.StoreApi;
import dev.licit.server.auth.Authenticator;
import dev.licit.server.auth.Role;
import dev.licit.store.LicitStore;
import dev.licit.store.common.StoreConfig;
import java.nio.file.Path;

/**
 * A started server over one data home: the store it keeps open, the screener over the home's lists,
 * and the HTTP server. Keys are checked against the store on every request, so a key revoked from
 * the CLI is refused on its next request; a list import from the CLI is picked up on the next screen.
 */
public final class RunningServer implements AutoCloseable {
    private final LicitStore store;
    private final LicitServer http;
    private final WebhookRounds webhooks;

    private RunningServer(LicitStore store, LicitServer http) {
        this.store = store;
        this.http = http;
        this.webhooks = new WebhookRounds(store);
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
        // one clock for the process, the store's (Clock.systemUTC() unless the caller fixes it): the
        // API's "today", session expiry, snapshot and decision stamps all read it
        LicitStore store = LicitStore.open(storeConfig);
        try {
            ScreeningSource screening = new ScreeningSource(home, storeConfig.clock());
            screening.screener(); // build the index before the first request
            Authenticator auth = presented -> store.keys()
                    .verify(presented)
                    .map(k -> new Authenticator.Principal(
                            k.id(), Role.valueOf(k.role().name()), k.scope() == dev.licit.store.keys.KeyScope.TEAM));
            CoreApi core = new CoreApi(rulebook, catalog, screening, storeConfig.clock());
            StoreApi kept = new StoreApi(store, screening, rulebook, catalog);
            OwnershipApi ownership = new OwnershipApi(store, screening, storeConfig.clock());
            Health.WriteOutcomes writes = new Health.WriteOutcomes(storeConfig.clock());
            Health health = new Health(store, screening, writes, storeConfig.clock());
            LicitServer http = new LicitServer(auth, storeConfig.clock(), limits, health, writes, routes -> {
                        core.register(routes);
                        kept.register(routes);
                        ownership.register(routes);
                    })
                    .start(host, port);
            return new RunningServer(store, http);
        } catch (RuntimeException e) {
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

    @Override
    public void close() {
        webhooks.close();
        http.stop();
        store.close();
    }
}
