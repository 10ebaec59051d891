package dev.licit.cli.screening;

import static dev.licit.cli.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.licit.cli.testing.CliRun;
import dev.licit.cli.testing.TempHome;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code licit lists fetch [--sources FILE] [SOURCE_ID...]}: one line per source,
 * exit 0 when all were updated or unchanged, 2 when one was refused, 1 when one failed; a decision
 * made afterwards names the new snapshot. Against a real local HTTP server serving real list files.
 */
class ListsFetchCommandTest extends TempHome {
    private static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    HttpServer server;
    String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            Path f = LISTS.resolve(path.substring(1));
            if (path.equals("/broken.csv")) {
                x.sendResponseHeaders(500, -1);
            } else if (path.length() > 1 && Files.isRegularFile(f)) {
                byte[] b = Files.readAllBytes(f);
                x.sendResponseHeaders(200, b.length);
                try (OutputStream o = x.getResponseBody()) {
                    o.write(b);
                }
            } else {
                x.sendResponseHeaders(404, -1);
            }
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path sources(String yaml) throws Exception {
        Path f = home.resolve("sources-" + System.nanoTime() + ".yaml");
        Files.writeString(f, yaml.replace("BASE", base));
        return f;
    }

    @Test
    void goodSourcesAreTakenAndAFailureKeepsTheCurrentSnapshot() throws Exception {
        Path good = sources("sources:\n"
                + "  - {id: csl, url: BASE/csl-sample-115.csv, format: csl-csv}\n"
                + "  - {id: un, url: BASE/un-consolidated.xml, format: un-xml}\n");
        CliRun first = run("lists", "fetch", "--sources", good.toString(), "--no-store");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("csl updated 115 entries\nun updated 1003 entries\n");
        String current = Files.readString(home.resolve("lists/current")).strip();

        Path bad = sources("sources:\n"
                + "  - {id: csl, url: BASE/csl-sample-115.csv, format: csl-csv}\n"
                + "  - {id: un, url: BASE/missing.xml, format: un-xml}\n"
                + "  - {id: dpl, url: BASE/bis-dpl.txt, format: un-xml}\n");
        CliRun second = run("lists", "fetch", "--sources", bad.toString(), "--no-store");
        assertThat(second.exit()).as("a failure outranks a refusal").isEqualTo(1);
        assertThat(second.out())
                .contains("csl unchanged\n")
                .contains("un failed: HTTP 404")
                .contains("dpl refused:");
        assertThat(Files.readString(home.resolve("lists/current")).strip()).isEqualTo(current);

        CliRun refused = run("lists", "fetch", "--sources", bad.toString(), "--no-store", "dpl");
        assertThat(refused.exit()).isEqualTo(2);
        CliRun unknown = run("lists", "fetch", "--sources", good.toString(), "--no-store", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown source(s) nope").contains("csl, un");
    }

    @Test
    void aBadSourcesFileIsRefusedWithItsLine() throws Exception {
        Path f = sources("sources:\n  - {id: csl, url: BASE/csl-sample-115.csv, format: csl-csv, sha: x}\n");
        CliRun r = run("lists", "fetch", "--sources", f.toString(), "--no-store");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":2").contains("unknown field 'sha'");
        assertThat(Files.exists(home.resolve("lists/current"))).isFalse();
    }
}
