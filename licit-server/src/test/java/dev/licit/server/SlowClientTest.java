package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.keys.KeyRole;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that hold the server's resources by being slow or many, measured with real sockets
 * against a real server whose limits are small enough to test in seconds: headers trickled byte by
 * byte, a body trickled, more connections than the cap, bodies larger than a route accepts.
 */
class SlowClientTest {
    static final Duration HEADER_DEADLINE = Duration.ofSeconds(2);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(4);
    static final int MAX_CONNECTIONS = 64;
    static final long MAX_BYTES = 256 * 1024;

    @TempDir
    static Path home;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(
                home,
                new ServerLimits(
                        MAX_BYTES,
                        4_096,
                        HEADER_DEADLINE,
                        IDLE_TIMEOUT,
                        16_384,
                        MAX_CONNECTIONS,
                        100,
                        Duration.ofHours(8),
                        Duration.ofHours(12),
                        10,
                        false));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int port() {
        return server.server.port();
    }

    @Test
    void connectionsThatTrickleTheirHeadersAreClosedAtTheDeadline() throws Exception {
        int n = 50;
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Socket s = RawHttp.open(port());
                s.getOutputStream()
                        .write("GET /health/live HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                sockets.add(s);
            }
            long start = System.nanoTime();
            // one header byte per socket every 250 ms: each byte would restart an idle timeout
            List<Socket> open = new ArrayList<>(sockets);
            while (!open.isEmpty()
                    && System.nanoTime() - start
                            < HEADER_DEADLINE.multipliedBy(3).toNanos()) {
                for (Socket s : open) {
                    try {
                        s.getOutputStream().write('X');
                        s.getOutputStream().flush();
                    } catch (java.io.IOException closed) {
                        // written into a closed socket: counted below
                    }
                }
                Thread.sleep(250);
                open.removeIf(RawHttp::closedByServer);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(open).as("connections still open after %s", took).isEmpty();
            assertThat(took).isGreaterThanOrEqualTo(HEADER_DEADLINE.minusMillis(300));
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        // and a prompt client is served as before
        assertThat(RawHttp.exchange(port(), "GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aKeptAliveConnectionBetweenRequestsIsClosedAtTheIdleTimeoutNotTheHeaderDeadline() throws Exception {
        try (Socket s = RawHttp.open(port())) {
            s.getOutputStream()
                    .write("GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.read(s, 5_000).status()).isEqualTo(200);
            long start = System.nanoTime();
            // between requests the connection owes no header: past the header deadline it stays open
            Thread.sleep(HEADER_DEADLINE.plusMillis(700).toMillis());
            assertThat(RawHttp.closedByServer(s))
                    .as("open after the header deadline")
                    .isFalse();
            boolean closed = false;
            while (!closed
                    && System.nanoTime() - start < IDLE_TIMEOUT.plusSeconds(4).toNanos()) {
                Thread.sleep(200);
                closed = RawHttp.closedByServer(s);
            }
            assertThat(closed).as("closed at the idle timeout").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(IDLE_TIMEOUT.minusMillis(300));
        }
    }

    @Test
    void aBodyTrickledBelowTheMinimumRateIsRefused() throws Exception {
        String key = server.keys.get(KeyRole.REQUESTER);
        try (Socket s = RawHttp.open(port())) {
            s.getOutputStream()
                    .write(("POST /v1/classify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            boolean closed = false;
            while (!closed && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
                try {
                    s.getOutputStream().write(' ');
                    s.getOutputStream().flush();
                } catch (java.io.IOException e) {
                    closed = true;
                }
                Thread.sleep(200);
                closed = closed || RawHttp.closedByServer(s);
            }
            assertThat(closed).as("a 5 bytes/s body is cut off").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void connectionsBeyondTheCapWaitUntilOthersClose() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_CONNECTIONS + 5; i++) {
                held.add(RawHttp.open(port())); // accepted by the kernel; Jetty takes at most the cap
            }
            Thread.sleep(300);
            try (Socket late = RawHttp.open(port())) {
                late.getOutputStream()
                        .write("GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                RawHttp.Answer waiting = RawHttp.read(late, 700);
                assertThat(waiting.status())
                        .as("not served while the cap is reached")
                        .isZero();
                for (Socket s : held) {
                    s.close();
                }
                RawHttp.Answer served = RawHttp.read(late, 10_000);
                assertThat(served.status()).isEqualTo(200);
            }
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aPublicRouteRefusesALargeBodyBeforeReadingIt() throws Exception {
        // 31 MiB announced, none of it sent: the answer comes at once, the body is never awaited
        long start = System.nanoTime();
        RawHttp.Answer declared = RawHttp.exchange(
                port(),
                "POST /v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + "Content-Length: "
                        + (31 * 1024 * 1024) + "\r\n\r\n{\"key\":\"");
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        // chunked, no length to judge by: refused once past the limit
        StringBuilder chunked =
                new StringBuilder("POST /v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        String chunk = "x".repeat(1000);
        for (int i = 0; i < 10; i++) {
            chunked.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        assertThat(RawHttp.exchange(port(), chunked.toString()).status()).isEqualTo(413);
        // a body larger than the server takes anywhere, with a key: refused by its length
        String key = server.keys.get(KeyRole.REQUESTER);
        assertThat(RawHttp.exchange(
                                port(),
                                "POST /v1/classify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key
                                        + "\r\nContent-Length: " + (MAX_BYTES + 1) + "\r\n\r\n")
                        .status())
                .isEqualTo(413);
    }

    @Test
    void multipartUploadsAreBoundedInTotalAndPerFile() throws Exception {
        String admin = server.keys.get(KeyRole.ADMIN);
        byte[] big = ("\"x\",".repeat((int) (MAX_BYTES / 4) + 100)).getBytes(StandardCharsets.US_ASCII);
        byte[] half = java.util.Arrays.copyOf(big, (int) MAX_BYTES / 2 + 10);
        // chunked, so no Content-Length refuses them first: Jetty's multipart limits must
        for (List<Uploads.Part> parts : List.of(
                List.of(new Uploads.Part("big.csv", big)),
                List.of(new Uploads.Part("a.csv", half), new Uploads.Part("b.csv", half)))) {
            Uploads.Refusal r = Uploads.postChunked(server, admin, parts);
            assertThat(r.answer().status() == 413 || (r.cutOff() && r.answer().status() == 0))
                    .as("refused, not imported: %s", r)
                    .isTrue();
            if (r.answer().status() == 413) {
                assertThat(r.answer().header("Content-Type")).startsWith("application/problem+json");
            }
        }
        // the same upload under the limit reaches the importer (which refuses it as no list format: 400)
        Uploads.Refusal small = Uploads.postChunked(
                server, admin, List.of(new Uploads.Part("small.csv", java.util.Arrays.copyOf(big, 1000))));
        assertThat(small.answer().status()).isEqualTo(400);
    }
}
