package dev.licit.spark;

import dev.licit.batch.pipeline.Progress;
import org.apache.spark.util.LongAccumulator;

/**
 * Reports a Spark job's progress from the driver: a daemon thread reads the accumulator the tasks add
 * their row counts to (Spark merges a task's count when the task ends) and prints through {@link Progress}.
 */
final class JobProgress implements AutoCloseable {
    private final Thread thread;

    JobProgress(LongAccumulator rows, Progress progress) {
        thread = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            Thread.sleep(1_000);
                            progress.update(rows.value(), "");
                        }
                    } catch (InterruptedException e) {
                        // the job ended
                    }
                },
                "licit-progress");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
