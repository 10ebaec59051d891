package dev.licit.batch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reader thread → worker threads → the caller as the ordered writer, with memory bounded by
 * {@code threads × 4} batches in flight whatever the input size.
 *
 * <p>The reader cuts the input into batches and submits each to the worker pool; the future of each batch
 * goes into a bounded queue in input order, and the caller takes the futures from that queue one by one
 * and hands each result to the sink. So results come out in input order (the output of a run is the same
 * whatever the thread count), the reader blocks when the writer falls behind, and a slow batch only holds
 * up the writer, never the workers. An exception anywhere stops the run and is rethrown to the caller.
 */
public final class OrderedPipeline {
    private OrderedPipeline() {}

    /** A source of items, pulled by the reader thread only. */
    @FunctionalInterface
    public interface Source<I> {
        /** The next item, or null at the end. */
        I next() throws IOException;
    }

    /** What the caller's thread does with each batch result, in input order. */
    @FunctionalInterface
    public interface Sink<O> {
        void accept(O result) throws IOException;
    }

    private static final Future<Object> END = CompletableFuture.completedFuture(null);

    /**
     * @param work runs on a worker thread; must be thread-safe
     * @throws IOException from the source or the sink; unchecked exceptions from work pass through
     */
    @SuppressWarnings("unchecked")
    public static <I, O> void run(Source<I> source, Function<List<I>, O> work, Sink<O> sink, int threads, int batchSize)
            throws IOException {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException(
                    "threads and batch size must be at least 1, got " + threads + " and " + batchSize);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "licit-batch-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<?>> inFlight = new ArrayBlockingQueue<>(threads * 4);
        Throwable[] readFailure = new Throwable[1];
        Thread reader = new Thread(
                () -> {
                    try {
                        List<I> batch = new ArrayList<>(batchSize);
                        I item;
                        while ((item = source.next()) != null) {
                            batch.add(item);
                            if (batch.size() == batchSize) {
                                List<I> full = batch;
                                inFlight.put(workers.submit(() -> work.apply(full)));
                                batch = new ArrayList<>(batchSize);
                            }
                        }
                        if (!batch.isEmpty()) {
                            List<I> last = batch;
                            inFlight.put(workers.submit(() -> work.apply(last)));
                        }
                    } catch (InterruptedException e) {
                        return; // the writer gave up
                    } catch (Throwable e) {
                        readFailure[0] = e;
                    }
                    try {
                        inFlight.put(END);
                    } catch (InterruptedException ignored) {
                        // the writer gave up
                    }
                },
                "licit-batch-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Future<?> f = inFlight.take();
                if (f == END) {
                    break;
                }
                sink.accept((O) f.get());
            }
            reader.join();
            if (readFailure[0] != null) {
                rethrow(readFailure[0]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            rethrow(e.getCause());
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
