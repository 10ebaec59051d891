package dev.licit.batch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
    @Test
    void results_come_out_in_input_order_although_batches_finish_out_of_order() throws IOException {
        AtomicInteger next = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        OrderedPipeline.run(
                () -> next.get() < 5_000 ? next.getAndIncrement() : null,
                batch -> {
                    // earlier batches sleep longer, so later ones finish first
                    LockSupport.parkNanos((5_000 - batch.getFirst()) * 200L);
                    return batch;
                },
                seen::addAll,
                4,
                7);
        assertThat(seen).hasSize(5_000);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void a_failing_worker_stops_the_run_and_its_exception_reaches_the_caller() {
        AtomicInteger next = new AtomicInteger();
        assertThatThrownBy(() -> OrderedPipeline.run(
                        () -> next.getAndIncrement(),
                        batch -> {
                            if (batch.contains(1_000)) {
                                throw new IllegalStateException("boom at 1000");
                            }
                            return batch;
                        },
                        r -> {},
                        2,
                        10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom at 1000");
    }

    @Test
    void a_failing_source_reaches_the_caller() {
        AtomicInteger next = new AtomicInteger();
        assertThatThrownBy(() -> OrderedPipeline.run(
                        () -> {
                            if (next.incrementAndGet() > 50) {
                                throw new IOException("disk gone");
                            }
                            return next.get();
                        },
                        batch -> batch,
                        r -> {},
                        2,
                        10))
                .isInstanceOf(IOException.class)
                .hasMessage("disk gone");
    }
}
