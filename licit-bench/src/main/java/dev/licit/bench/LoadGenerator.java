package dev.licit.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator for {@code POST /v1/decisions}: sends requests at a fixed rate from a
 * second process and measures each latency from the moment the request was due, so a slow server
 * cannot hide its queueing (no coordinated omission). Loopback only; bounded in count and time.
 *
 * <p>It speaks HTTP/1.1 over plain keep-alive sockets with the request bytes built once: on a
 * 2-core machine the load generator shares the cores with the server, and a generator on the JDK's
 * HttpClient spent half a core (and its JIT warm-up) at 1,000 requests per second, which showed up
 * as server latency. {@value #WORKERS} workers each own a connection and take the next due request;
 * a request whose worker is still busy waits, and that wait is counted.
 *
 * <p>It first runs {@value #WARM_UP_SECONDS} seconds at the same rate, not measured, then prints
 * the whole run's percentiles and each 5-second window's, so a slow stretch shows where it was.
 *
 * <pre>java -cp licit-bench/target/benchmarks.jar dev.licit.bench.LoadGenerator URL KEY ORDER.json RATE SECONDS</pre>
 */
public final class LoadGenerator {
    static final int WORKERS = 64;
    static final int WARM_UP_SECONDS = 10;

    private LoadGenerator() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadGenerator URL KEY ORDER.json RATE_PER_SECOND SECONDS");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        String host = uri.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            System.err.println("refusing to send load anywhere but loopback: " + host);
            System.exit(2);
        }
        byte[] body = Files.readAllBytes(Path.of(args[2]));
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        if (rate < 1 || rate > 100_000 || seconds < 1 || seconds > 300) {
            System.err.println(
                    "RATE_PER_SECOND must be 1 to 100000 and SECONDS 1 to 300, got " + rate + " and " + seconds);
            System.exit(2);
        }
        InetSocketAddress address = new InetSocketAddress(host, uri.getPort() < 0 ? 80 : uri.getPort());
        byte[] request = request(uri, args[1], body);

        run(address, request, rate, rate * WARM_UP_SECONDS, null);
        Result r = run(address, request, rate, rate * seconds, new long[rate * seconds][]);
        long[] all = r.latencies();
        System.out.printf(
                Locale.ROOT,
                "sent %d at %d/s for %d s: %d ok, %d errors, %.0f responses/s%n",
                rate * seconds,
                rate,
                seconds,
                all.length,
                r.errors(),
                all.length / r.elapsedSeconds());
        System.out.printf(
                Locale.ROOT,
                "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                pct(all, 50),
                pct(all, 90),
                pct(all, 99),
                pct(all, 99.9),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        for (int w = 0; w * 5 < seconds; w++) {
            long[] win = r.window(w * 5, w * 5 + 5);
            System.out.printf(
                    Locale.ROOT,
                    "  %3d-%3d s: p50 %.2f  p99 %.2f  max %.2f ms%n",
                    w * 5,
                    w * 5 + 5,
                    pct(win, 50),
                    pct(win, 99),
                    win.length == 0 ? 0 : win[win.length - 1] / 1e6);
        }
    }

    /** The request, headers and body, as bytes on the wire. */
    static byte[] request(URI uri, String key, byte[] body) {
        String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: Bearer " + key + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /**
     * What a run measured. {@code samples[i]} is {due offset from the start, latency} in
     * nanoseconds, or null when request i failed.
     */
    record Result(long[][] samples, int errors, double elapsedSeconds) {
        long[] latencies() {
            return Arrays.stream(samples)
                    .filter(s -> s != null)
                    .mapToLong(s -> s[1])
                    .sorted()
                    .toArray();
        }

        long[] window(int fromSecond, int toSecond) {
            return Arrays.stream(samples)
                    .filter(s -> s != null && s[0] >= fromSecond * 1_000_000_000L && s[0] < toSecond * 1_000_000_000L)
                    .mapToLong(s -> s[1])
                    .sorted()
                    .toArray();
        }
    }

    /** Sends {@code count} requests, request i due at start + i / rate; records into {@code samples} when given. */
    private static Result run(InetSocketAddress address, byte[] request, int rate, int count, long[][] samples)
            throws InterruptedException {
        long interval = 1_000_000_000L / rate;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime() + 10_000_000L; // let every worker start before the first is due
        Thread[] workers = new Thread[WORKERS];
        for (int w = 0; w < WORKERS; w++) {
            workers[w] = Thread.ofPlatform().daemon(true).name("load-" + w).start(() -> {
                Connection c = null;
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    long due = start + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        if (c == null) {
                            c = new Connection(address);
                        }
                        int status = c.exchange(request);
                        long latency = System.nanoTime() - due;
                        if (status != 201) {
                            errors.incrementAndGet();
                        } else if (samples != null) {
                            samples[i] = new long[] {due - start, latency};
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        if (c != null) {
                            c.close();
                        }
                        c = null; // reconnect for the next request
                    }
                }
                if (c != null) {
                    c.close();
                }
            });
        }
        for (Thread t : workers) {
            t.join();
        }
        return new Result(samples == null ? new long[0][] : samples, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    /** One keep-alive HTTP/1.1 connection: writes a request, reads the status and skips the body. */
    static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 5_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("not an HTTP/1.1 status line: " + status);
            }
            long length = -1;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().strip(), 16);
                        size > 0;
                        size = Long.parseLong(line().strip(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length >= 0) {
                skip(length);
            } else {
                throw new IOException("a response without a length");
            }
            return Integer.parseInt(status.substring(9, 12));
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        private void skip(long n) throws IOException {
            long left = n;
            while (left > 0) {
                long s = in.skip(left);
                if (s <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed in a body");
                    }
                    s = 1;
                }
                left -= s;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we are done with
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
