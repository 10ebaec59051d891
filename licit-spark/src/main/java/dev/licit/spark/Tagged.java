package dev.licit.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A partition's results as tagged text lines: one character says what the line is (a hit, a change, a
 * refused row, the partition's counts), the rest is the payload. Text lines let Spark write the results
 * in parallel as plain part files that the driver then reads back in partition order, so the output file
 * has the input's order and the driver never holds more than one line.
 *
 * <p>This iterator turns the input rows of one partition into such lines lazily: each row may give none,
 * one or several lines, and after the last row it gives the counts line once.
 */
final class Tagged<T> implements Iterator<String> {
    static final String HIT = "H";
    static final String WRITTEN = "W";
    static final String UNWRITTEN = "N";
    static final String REFUSED = "E";
    static final String COUNTS = "C";

    private final Iterator<T> rows;
    private final BiConsumer<T, Consumer<String>> work;
    private final java.util.function.Supplier<String> counts;
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private boolean countsSent;

    /**
     * @param work turns one row into lines, handed to the consumer
     * @param counts the counts line, asked for once after the last row
     */
    Tagged(Iterator<T> rows, BiConsumer<T, Consumer<String>> work, java.util.function.Supplier<String> counts) {
        this.rows = rows;
        this.work = work;
        this.counts = counts;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty()) {
            if (rows.hasNext()) {
                work.accept(rows.next(), pending::add);
            } else if (!countsSent) {
                countsSent = true;
                pending.add(counts.get());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }
}
