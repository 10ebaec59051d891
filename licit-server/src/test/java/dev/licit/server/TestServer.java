package dev.licit.server;

import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.keys.KeyRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** A real server on a scratch home (embedded H2 file store, shipped rules and lists) with a key per role. */
final class TestServer implements AutoCloseable {
    final RunningServer server;
    final Map<KeyRole, String> keys = new EnumMap<>(KeyRole.class);
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    TestServer(Path home) {
        this(home, ServerLimits.defaults());
    }

    TestServer(Path home, ServerLimits limits) {
        this(home, StoreConfig.embedded(home), limits, ListUpkeep.defaults());
    }

    /** A server with its own store settings (a clock the test moves) and list upkeep (a scheduled fetch). */
    TestServer(Path home, StoreConfig config, ServerLimits limits, ListUpkeep lists) {
        server = RunningServer.start(
                home, config, RulebookLoader.loadDefault(), CatalogReader.loadDefault(), "127.0.0.1", 0, limits, lists);
        for (KeyRole r : KeyRole.values()) {
            keys.put(
                    r,
                    server.store()
                            .keys()
                            .create("test-" + r, r, Actor.of("test"))
                            .secret());
        }
        base = "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
