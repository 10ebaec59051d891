package dev.licit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Orders as JSON Lines, read as they are asked for (never the whole stream at once): one order per
 * line, blank lines skipped but counted, so each order keeps the line number its messages give.
 */
final class OrderLines implements Iterator<OrderInput> {
    static final String STDIN = "-";
    private final BufferedReader in;
    private long line;
    private OrderInput next;
    private boolean done;

    OrderLines(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            String text;
            try {
                text = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard input after line " + line, e);
            }
            if (text == null) {
                done = true;
            } else {
                line++;
                if (!text.isBlank()) {
                    next = new OrderInput(STDIN, line, text, null);
                }
            }
        }
        return next != null;
    }

    @Override
    public OrderInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        OrderInput n = next;
        next = null;
        return n;
    }
}
