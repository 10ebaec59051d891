package dev.licit.cli.common;

import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.Thresholds;
import dev.licit.screening.index.ScreenerIndex;
import dev.licit.screening.normalize.Normalizer;
import dev.licit.store.LicitStore;
import dev.licit.store.common.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The home's screening index and store, begun on threads of their own as the process starts, while
 * picocli builds and parses the command line (a fifth to a quarter of a short command): {@code licit
 * screen} and {@code licit check} spend most of the rest reading the index and opening the store.
 *
 * <p>What is begun is what the command would use with its defaults: the home's current snapshot,
 * and the store {@code LICIT_DB} or the home names when it is already there (a first {@code check}
 * makes the home's after its command line parsed), only when the command line has no option that
 * could choose another ({@code --db}, an {@code @file} of arguments) or do without it
 * ({@code --no-store}, {@code --no-screen}). The command takes it ({@link #screener}, {@link #store})
 * only when its parsed options name that same home, store and clock; anything else opens its own,
 * as it did before. What was begun and not taken (a command line that failed to parse) is finished
 * and closed by {@link #closeUntaken} before the process exits: a store is never left open, an index
 * never left half-written.
 */
public final class HeadStart {
    private record Begun<T>(Path home, Clock clock, CompletableFuture<T> made) {}

    private static final AtomicReference<Begun<Screener>> SCREENER = new AtomicReference<>();
    private static final AtomicReference<Begun<LicitStore>> STORE = new AtomicReference<>();

    private HeadStart() {}

    /**
     * Begins what the command line {@code args} will need, if it is a {@code screen} or a {@code check}.
     *
     * @param clock the run's one clock, which the store is opened with
     */
    public static void begin(String[] args, Clock clock) {
        String command = args.length > 0 ? args[0] : "";
        boolean screen = command.equals("screen");
        if (!screen && !command.equals("check")) {
            return;
        }
        for (String a : args) {
            if (a.startsWith("@")
                    || a.equals("--db")
                    || a.startsWith("--db=")
                    || a.equals("-h")
                    || a.equals("--help")) {
                return; // another store, arguments from a file, or only help: left to the command
            }
        }
        boolean noStore = has(args, "--no-store");
        Path home = Home.resolve();
        if (screen) {
            // a name in another script than Latin is read ahead: its script's tables, and for Han or kana
            // Kuromoji's dictionaries (about 0.25 s to read at the first such name); a Latin name's tables are
            // read in a few ms, where a second thread only adds work. Any such word of the line is read: a
            // wrong guess costs nothing else
            List<String> other = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                if (!args[i].startsWith("-") && args[i].chars().anyMatch(c -> c > 0x2FF)) {
                    other.add(args[i]);
                }
            }
            if (!other.isEmpty()) {
                thread("readings", () -> other.forEach(HeadStart::readAhead));
            }
        }
        if (!has(args, "--no-screen")) {
            SCREENER.set(new Begun<>(
                    home, clock, CompletableFuture.supplyAsync(() -> index(home), r -> thread("index", r))));
        }
        // only a store that is there: a first check makes the home's itself, after its command line parsed (a
        // mistyped one makes no database); resolved on the thread, so a bad LICIT_DB fails as the command's own open
        if (!noStore && storeExists(home)) {
            STORE.set(new Begun<>(
                    home,
                    clock,
                    CompletableFuture.supplyAsync(
                            () -> LicitStore.open(StoreConfig.resolve(home, null)
                                    .withClock(clock)
                                    .forOneCommand()),
                            r -> thread("store", r))));
        }
    }

    /**
     * The screener of {@code home}'s current snapshot under {@code thresholds}: the one begun, when it
     * was begun for this home, else read now.
     */
    public static Screener screener(Path home, Thresholds thresholds) throws IOException {
        Begun<Screener> begun = SCREENER.getAndSet(null);
        if (begun != null && begun.home().equals(home)) {
            try {
                return begun.made().join().withThresholds(thresholds);
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        if (begun != null) {
            finish(begun);
        }
        return ScreenerIndex.current(new ListStore(home), thresholds);
    }

    /**
     * The store begun for {@code home}, when the command would open that one: no {@code --db} of its
     * own ({@code dbOption} null or blank) and the same clock. Empty otherwise; the
     * caller then opens its own. A store that failed to open throws here, as opening it would.
     */
    public static Optional<LicitStore> store(Path home, String dbOption, Clock clock) {
        Begun<LicitStore> begun = STORE.getAndSet(null);
        if (begun == null) {
            return Optional.empty();
        }
        if (!begun.home().equals(home) || (dbOption != null && !dbOption.isBlank()) || !clock.equals(begun.clock())) {
            finish(begun);
            return Optional.empty();
        }
        try {
            return Optional.of(begun.made().join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Finishes what was begun and not taken: a store opened is closed, an index being written is written. */
    public static void closeUntaken() {
        Begun<Screener> screener = SCREENER.getAndSet(null);
        if (screener != null) {
            finish(screener);
        }
        Begun<LicitStore> store = STORE.getAndSet(null);
        if (store != null) {
            finish(store);
        }
    }

    private static void finish(Begun<?> begun) {
        try {
            if (begun.made().join() instanceof AutoCloseable c) {
                c.close();
            }
        } catch (Exception e) {
            // nothing used it: a failure to open (or close) is the command's to report if it opens it itself
        }
    }

    private static Screener index(Path home) {
        try {
            return ScreenerIndex.current(new ListStore(home), Thresholds.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the home's store is there, or {@code LICIT_DB} names one (as {@code StoreOptions.exists} without {@code --db}). */
    private static boolean storeExists(Path home) {
        String env = System.getenv(StoreConfig.DB_ENV);
        return (env != null && !env.isBlank())
                || Files.isRegularFile(home.resolve("db").resolve("licit.mv.db"));
    }

    private static void readAhead(String name) {
        try {
            Normalizer.readings(name);
        } catch (RuntimeException e) {
            // read again, and reported, by the screen itself
        }
    }

    private static boolean has(String[] args, String option) {
        for (String a : args) {
            if (a.equals(option)) {
                return true;
            }
        }
        return false;
    }

    private static Thread thread(String what, Runnable r) {
        return Thread.ofPlatform().name("licit-head-start-" + what).daemon(true).start(r);
    }
}
