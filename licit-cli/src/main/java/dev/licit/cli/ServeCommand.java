package dev.licit.cli;

import dev.licit.cli.common.Durations;
import dev.licit.cli.common.Home;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.io.CatalogReader;
import dev.licit.server.ListUpkeep;
import dev.licit.server.RunningServer;
import dev.licit.server.ServerLimits;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the REST API (/v1), the web UI (/ui), /health, /metrics and /openapi.yaml.")
final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(
            names = "--trust-proxy",
            description = "The server is reached through a TLS-terminating proxy: believe its"
                    + " X-Forwarded-Proto (the session cookie is then Secure) and X-Forwarded-For (failed keys are counted per client)."
                    + " Without a proxy in front, a client could set them itself.")
    boolean trustProxy;

    @Option(
            names = "--refresh-lists",
            paramLabel = "INTERVAL",
            converter = Durations.class,
            description = "Fetch the enabled lists (as 'licit lists fetch' does) at start and then every INTERVAL"
                    + " (e.g. 6h, at least 1m), switch to the new snapshot without a restart and re-screen the"
                    + " stored decisions; a failed fetch keeps the last good snapshot. One server at a time fetches"
                    + " for a home. Default: never.")
    Duration refreshLists;

    @Option(
            names = "--list-max-age",
            paramLabel = "AGE",
            converter = Durations.class,
            defaultValue = "7d",
            description = "A list not confirmed current for longer than AGE is stale: /health and /metrics say so"
                    + " and every decision made with it carries a warning (default: ${DEFAULT-VALUE}).")
    Duration listMaxAge;

    @Mixin
    RulebookOptions rules;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535");
        }
        if (refreshLists != null && refreshLists.compareTo(Duration.ofMinutes(1)) < 0) {
            // a publisher is not to be asked more than once a minute, whatever was typed
            throw new IllegalArgumentException("--refresh-lists must be at least 1m");
        }
        if (!listMaxAge.isPositive()) {
            throw new IllegalArgumentException("--list-max-age must be positive");
        }
        ListUpkeep lists = ListUpkeep.defaults().withMaxAge(listMaxAge).withRefreshEvery(refreshLists);
        RunningServer server = RunningServer.start(
                Home.resolve(),
                store.config(),
                rules.load(),
                CatalogReader.loadDefault(),
                host,
                port,
                ServerLimits.defaults().withTrustForwardedProto(trustProxy),
                lists);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        PrintWriter err = spec.commandLine().getErr();
        err.println("licit: serving http://" + host + ":" + server.port() + "/ (UI /ui/, API /v1, docs /docs) on "
                + store.config().describe() + "; Ctrl-C to stop");
        err.println(
                refreshLists == null
                        ? "licit: lists are not fetched by this server (--refresh-lists 6h would keep them current)"
                        : "licit: fetching the enabled lists now and every "
                                + refreshLists.toString().substring(2).toLowerCase(java.util.Locale.ROOT));
        err.flush();
        stopped.await();
        return 0;
    }
}
