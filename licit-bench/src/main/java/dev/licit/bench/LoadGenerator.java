package dev.licit.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load generator for {@code POST /v1/decisions}: sends requests at a fixed rate from a
 * second process and measures each latency from the moment the request was due (so a slow server
 * cannot hide its queueing: no coordinated omission). Loopback only; bounded in count and time.
 *
 * <pre>java -cp licit-bench/target/benchmarks.jar dev.licit.bench.LoadGenerator URL KEY ORDER.json RATE SECONDS</pre>
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

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
        String key = args[1];
        String body = Files.readString(Path.of(args[2]));
        int rate = Integer.parseInt(args[3]);
        int seconds = Math.min(Integer.parseInt(args[4]), 300);
        int total = rate * seconds;
        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // warm-up: a few seconds at the same rate, not measured
        run(client, request, rate, Math.min(rate * 5, total), new ConcurrentLinkedQueue<>(), new AtomicInteger());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        run(client, request, rate, total, latencies, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("sent %d at %d/s for %d s: %d ok, %d errors, %.0f responses/s%n", total, rate, seconds, l.length,
                errors.get(), l.length / elapsed);
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n", pct(l, 50), pct(l, 90),
                pct(l, 99), pct(l, 99.9), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
    }

    private static void run(HttpClient client, HttpRequest request, int rate, int count,
                            ConcurrentLinkedQueue<Long> latencies, AtomicInteger errors) throws InterruptedException {
        long interval = 1_000_000_000L / rate;
        long t0 = System.nanoTime();
        var inflight = new java.util.concurrent.Phaser(1);
        for (int i = 0; i < count; i++) {
            long due = t0 + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            inflight.register();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 201) {
                    errors.incrementAndGet();
                } else {
                    latencies.add(System.nanoTime() - due);
                }
                inflight.arriveAndDeregister();
            });
        }
        inflight.arriveAndAwaitAdvance();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    static String describe(long[] l) {
        return Arrays.toString(l);
    }
}
