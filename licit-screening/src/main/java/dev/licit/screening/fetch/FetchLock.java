package dev.licit.screening.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The one lock every fetch of a home takes ({@code lists/.refresh.lock}): the server's scheduled fetch
 * ({@code licit serve --refresh-lists}) and {@code licit lists fetch} hold it from the first download
 * to the end of the re-screening, so two fetchers never build and switch snapshots of one home at the
 * same time (each would build its snapshot from the one in force when it began, and the later switch
 * would silently drop the other's files).
 *
 * <p>An operating-system file lock: it is released when the holder closes it or its process ends,
 * however it ends, so a crashed fetcher never leaves a home locked. Within one JVM, a second attempt
 * on a held lock is seen as held too (Java refuses overlapping locks of one process).
 */
public final class FetchLock implements AutoCloseable {
    /** The lock file's name in the home's lists directory (the name the first servers used). */
    public static final String FILE_NAME = ".refresh.lock";

    /** How often a waiting fetcher tries again. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final FileChannel channel;
    private final FileLock lock;

    private FetchLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a lists directory. */
    public static Path file(Path listsDir) {
        return listsDir.resolve(FILE_NAME);
    }

    /** The lock if it is free now, else null (another process, or another fetcher of this one, holds it). */
    public static FetchLock tryAcquire(Path listsDir) throws IOException {
        FileChannel ch = open(listsDir);
        FileLock held = tryLock(ch);
        if (held == null) {
            ch.close();
            return null;
        }
        return new FetchLock(ch, held);
    }

    /**
     * The lock, waiting for it at most {@code wait} (trying again every 200 ms); null when it was still
     * held at the end. One channel serves the whole wait rather than one per attempt: with POSIX locks,
     * closing any channel of a file drops every lock the process holds on it, which matters only when
     * two fetchers share a JVM (tests, two servers in one process), where the JVM's own lock table still
     * keeps them apart.
     */
    public static FetchLock acquire(Path listsDir, Duration wait) throws IOException, InterruptedException {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("the wait for the fetch lock must not be negative, not " + wait);
        }
        FileChannel ch = open(listsDir);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock held = tryLock(ch);
                if (held != null) {
                    return new FetchLock(ch, held);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    ch.close();
                    return null;
                }
                Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, left / 1_000_000)));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static FileChannel open(Path listsDir) throws IOException {
        Files.createDirectories(listsDir);
        return FileChannel.open(file(listsDir), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // a fetcher of this process holds it (a server and a command in one JVM, or two servers)
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
