package dev.licit.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a stream of inputs through three steps and keeps their order: {@code take} on the reader thread
 * in input order, which returns the work to {@code decide} on a few worker threads at once (a store
 * stamps each decision's id and time there, so that ids follow the input while the costly part runs
 * in parallel), {@code record} on the caller's thread in input order (it may return at once with a
 * future, e.g. a store's group commit), and {@code print} on the caller's thread in input order once
 * the record is done.
 *
 * <p>Memory stays flat for any length of input: a reader thread takes inputs from the iterator only
 * while fewer than {@code decideAhead} are waiting to be recorded, and at most {@code inFlight}
 * recorded ones wait to be printed. Many are recorded before the first is waited for, so a group
 * commit gets whole groups; yet when the input pauses (a producer that waits for each answer), what
 * was recorded is printed rather than held until more input comes.
 *
 * <p>An exception thrown by {@code decide} ends the run once everything recorded before that input
 * is printed; nothing after it is recorded. Any other exception ends it at once.
 */
final class InOrder<I, D, R> {
    private final Function<I, Supplier<D>> take;
    private final Function<D, CompletableFuture<R>> record;
    private final Consumer<R> print;
    private final Runnable flush;
    private final int threads;
    private final int decideAhead;
    private final int inFlight;

    /** One input's decision to come; a null future marks the end of the input. */
    private record Next<D>(CompletableFuture<D> decided) {}

    /**
     * @param flush called before the caller's thread waits (for a record to finish or for input), so
     *     what was printed reaches its reader then and not only when a buffer fills
     */
    InOrder(
            Function<I, Supplier<D>> take,
            Function<D, CompletableFuture<R>> record,
            Consumer<R> print,
            Runnable flush,
            int threads,
            int decideAhead,
            int inFlight) {
        if (threads < 1 || decideAhead < 1 || inFlight < 1) {
            throw new IllegalArgumentException("threads, decideAhead and inFlight must be at least 1");
        }
        this.take = take;
        this.record = record;
        this.print = print;
        this.flush = flush;
        this.threads = threads;
        this.decideAhead = decideAhead;
        this.inFlight = inFlight;
    }

    void run(Iterator<I> inputs) {
        ExecutorService workers = Executors.newFixedThreadPool(
                threads,
                Thread.ofPlatform().name("licit-check-", 1).daemon(true).factory());
        BlockingQueue<Next<D>> decided = new ArrayBlockingQueue<>(decideAhead);
        Thread reader =
                Thread.ofPlatform().name("licit-check-input").daemon(true).start(() -> feed(inputs, decided, workers));
        Deque<CompletableFuture<R>> recorded = new ArrayDeque<>();
        try {
            while (true) {
                Next<D> next = decided.poll();
                if (next == null) {
                    if (!recorded.isEmpty()) {
                        // the input is slower than the store: answer what came in before asking for more
                        printHead(recorded);
                        continue;
                    }
                    flush.run();
                    next = decided.take();
                }
                if (next.decided() == null) {
                    break;
                }
                D d;
                try {
                    d = join(next.decided());
                } catch (RuntimeException e) {
                    while (!recorded.isEmpty()) {
                        printHead(recorded);
                    }
                    throw e;
                }
                recorded.add(record.apply(d));
                while (recorded.size() > inFlight
                        || (!recorded.isEmpty() && recorded.peekFirst().isDone())) {
                    printHead(recorded);
                }
            }
            while (!recorded.isEmpty()) {
                printHead(recorded);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding", e);
        } finally {
            flush.run();
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    private void printHead(Deque<CompletableFuture<R>> recorded) {
        CompletableFuture<R> head = recorded.pollFirst();
        if (!head.isDone()) {
            flush.run();
        }
        print.accept(join(head));
    }

    /** The reader thread: hands each input to the workers, in order, as long as the caller keeps up. */
    private void feed(Iterator<I> inputs, BlockingQueue<Next<D>> decided, ExecutorService workers) {
        try {
            try {
                while (inputs.hasNext()) {
                    Supplier<D> work = take.apply(inputs.next());
                    decided.put(new Next<>(CompletableFuture.supplyAsync(work, workers)));
                }
            } catch (RuntimeException e) {
                // e.g. the input cannot be read: the caller fails on it in its turn
                decided.put(new Next<>(CompletableFuture.failedFuture(e)));
            }
            decided.put(new Next<>(null));
        } catch (InterruptedException e) {
            // the caller stopped: nothing more is wanted
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
