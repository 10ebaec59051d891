package dev.licit.cli;

import dev.licit.core.decide.Order;

/**
 * One order to decide, as it came in.
 *
 * @param source the file, or {@code -} for standard input, for messages
 * @param line the order's line in a JSON Lines stream, or 0 for a whole file
 * @param text the order exactly as given (stored as the record of the transaction)
 * @param order the order once read, or null while it is still to be read (a stream's line is read
 *     by the worker that decides it)
 */
record OrderInput(String source, long line, String text, Order order) {
    boolean fromStream() {
        return line > 0;
    }
}
