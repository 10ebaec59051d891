package dev.licit.cli.screening;

import dev.licit.cli.common.Durations;
import dev.licit.screening.fetch.FetchLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --lock-wait} option of the commands that switch a home's list snapshot ({@code lists
 * fetch}, {@code lists import}) and the taking of the lock they share with a server's scheduled
 * fetch: two of them switching one home at once would each build on the snapshot in force when it
 * began, and the later switch would silently drop the other's lists.
 */
final class FetchLockWait {
    @Option(
            names = "--lock-wait",
            paramLabel = "AGE",
            converter = Durations.class,
            defaultValue = "5m",
            description = "how long to wait while another fetch or import of this home's lists (a server's"
                    + " --refresh-lists, licit lists fetch or import) holds the lists' fetch lock before giving"
                    + " up with exit 1 (default: ${DEFAULT-VALUE}; 0s: do not wait)")
    Duration lockWait;

    /** Whether the option's value can be used; says why not on {@code err}. */
    boolean valid(String command, PrintWriter err) {
        if (lockWait.isNegative()) {
            err.println("licit " + command + ": --lock-wait must not be negative");
            err.flush();
            return false;
        }
        return true;
    }

    /**
     * The lock of the lists directory, or null after saying on {@code err} that another process held it
     * for the whole wait and that nothing changed.
     */
    FetchLock acquire(Path listsDir, String command, PrintWriter err) throws IOException, InterruptedException {
        FetchLock held = FetchLock.acquire(listsDir, lockWait);
        if (held == null) {
            err.println("licit " + command + ": another fetch or import of this home's lists is running (a"
                    + " server's --refresh-lists or another licit lists fetch or import holds "
                    + FetchLock.file(listsDir) + "); gave up after waiting " + describe(lockWait)
                    + ". Nothing was changed and the current snapshot stays; run it again later or with a"
                    + " longer --lock-wait.");
            err.flush();
        }
        return held;
    }

    /** A wait as typed: 90s, 5m, 2h. */
    static String describe(Duration d) {
        return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
