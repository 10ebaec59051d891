package dev.licit.cli.screening;

import dev.licit.screening.fetch.FetchLock;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Another fetcher in its own process for {@link ListsFetchLockTest}: takes the home's fetch lock as a
 * server's scheduled fetch does, says {@code locked} on standard output, and holds the lock until its
 * standard input ends (or the test kills it).
 */
public final class FetchLockHolder {
    private FetchLockHolder() {}

    public static void main(String[] args) throws IOException {
        try (FetchLock held = FetchLock.tryAcquire(Path.of(args[0]))) {
            if (held == null) {
                System.out.println("busy");
                return;
            }
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the lock until the test closes our standard input
            }
        }
    }
}
