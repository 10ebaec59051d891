package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
    /** Completes each record later, on another thread, in no particular order (a slow store). */
    static CompletableFuture<Integer> later(int i) {
        return CompletableFuture.supplyAsync(
                () -> i,
                CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextInt(3), TimeUnit.MILLISECONDS));
    }

    static void spin(int i) {
        // uneven work, so the workers finish out of order
        long until = System.nanoTime() + (i % 7) * 50_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    void printsInInputOrderWithABoundedNumberInFlight() {
        int decideAhead = 16;
        int inFlight = 32;
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger printed = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        Iterator<Integer> inputs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return taken.get() < 2_000;
            }

            @Override
            public Integer next() {
                int i = taken.getAndIncrement();
                mostAhead.accumulateAndGet(i - printed.get(), Math::max);
                return i;
            }
        };
        List<Integer> out = Collections.synchronizedList(new ArrayList<>());
        new InOrder<Integer, Integer, Integer>(
                        now(i -> {
                            spin(i);
                            return i;
                        }),
                        InOrderTest::later,
                        i -> {
                            out.add(i);
                            printed.incrementAndGet();
                        },
                        () -> {},
                        3,
                        decideAhead,
                        inFlight)
                .run(inputs);
        assertThat(out)
                .containsExactlyElementsOf(IntStream.range(0, 2_000).boxed().toList());
        // read ahead of what was printed: waiting to be recorded (+ one being handed over each side) and in flight
        assertThat(mostAhead.get()).isLessThanOrEqualTo(decideAhead + inFlight + 3);
    }

    @Test
    void whatWasRecordedIsPrintedBeforeMoreInputIsAwaited() {
        // a producer that sends the next order only once it has the answer to the last one
        List<CountDownLatch> answered =
                IntStream.range(0, 5).mapToObj(i -> new CountDownLatch(1)).toList();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger waitedInVain = new AtomicInteger();
        AtomicInteger flushes = new AtomicInteger();
        Iterator<Integer> inputs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                int i = next.get();
                if (i > 0 && i < 5) {
                    try {
                        if (!answered.get(i - 1).await(5, TimeUnit.SECONDS)) {
                            waitedInVain.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return i < 5;
            }

            @Override
            public Integer next() {
                return next.getAndIncrement();
            }
        };
        List<Integer> out = new ArrayList<>();
        new InOrder<Integer, Integer, Integer>(
                        now(i -> i),
                        InOrderTest::later,
                        i -> {
                            out.add(i);
                            answered.get(i).countDown();
                        },
                        flushes::incrementAndGet,
                        2,
                        64,
                        1_024)
                .run(inputs);
        assertThat(out).containsExactly(0, 1, 2, 3, 4);
        assertThat(waitedInVain.get()).isZero();
        assertThat(flushes.get()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aFailedDecisionEndsTheRunAfterPrintingWhatCameBeforeIt() {
        IllegalArgumentException bad = new IllegalArgumentException("input 5 is bad");
        List<Integer> recorded = Collections.synchronizedList(new ArrayList<>());
        List<Integer> out = new ArrayList<>();
        InOrder<Integer, Integer, Integer> run = new InOrder<>(
                now(i -> {
                    if (i == 5) {
                        throw bad;
                    }
                    return i;
                }),
                i -> {
                    recorded.add(i);
                    return later(i);
                },
                out::add,
                () -> {},
                2,
                4,
                8);
        assertThatThrownBy(() -> run.run(IntStream.range(0, 100).boxed().iterator()))
                .isSameAs(bad);
        assertThat(out).containsExactly(0, 1, 2, 3, 4);
        assertThat(recorded).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void anInputThatCannotBeReadEndsTheRunInItsTurn() {
        UncheckedIOException broken = new UncheckedIOException(new java.io.IOException("pipe broke"));
        Iterator<Integer> inputs = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                if (i == 3) {
                    throw broken;
                }
                return true;
            }

            @Override
            public Integer next() {
                return i++;
            }
        };
        List<Integer> out = new ArrayList<>();
        InOrder<Integer, Integer, Integer> run =
                new InOrder<>(now(i -> i), InOrderTest::later, out::add, () -> {}, 2, 4, 8);
        assertThatThrownBy(() -> run.run(inputs)).isSameAs(broken);
        assertThat(out).containsExactly(0, 1, 2);
    }

    /** Work that needs nothing from the reader thread: decided on a worker as it comes. */
    private static <I, D> java.util.function.Function<I, java.util.function.Supplier<D>> now(
            java.util.function.Function<I, D> decide) {
        return i -> () -> decide.apply(i);
    }
}
