package dev.licit.store.decision;

import dev.licit.store.common.PrivateFiles;
import dev.licit.store.common.StoreConfig;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The write-ahead journal of decisions on an embedded H2 store.
 *
 * <p>Why it exists: H2 writes committed data to its file lazily, and making a commit durable takes
 * a {@code CHECKPOINT SYNC}, which writes a new file chunk holding every B-tree page the commit
 * changed (tens of KB per decision) and costs about a millisecond of CPU. Appending the group's
 * decisions to this file and fsyncing it costs a fraction of that. So a decision is acknowledged
 * once its group is committed in H2 <em>and</em> its journal record is on disk; a checkpoint about
 * once a second makes H2's file durable and lets the journal drop the segments it covers; and the
 * next process to open the store after a crash replays whatever H2 lost.
 *
 * <p>Layout: {@code DIR/<process token>-<n>.seg}. Each process appends to a segment of its own,
 * which it holds locked while it lives, so a segment that can be locked belongs to a process that
 * is gone. A segment is created under a {@code .new} name and renamed only once it is locked, so
 * no other process can take a fresh segment for an orphan. A record is a 4-byte length, the CRC32C
 * of the payload, and the payload (one committed group, see {@link JournalCodec}). A record cut
 * short at the end of a segment was being written when the process died and was never
 * acknowledged; a record whose checksum fails inside a segment means damage, and the segment is
 * then kept aside for a person to look at.
 *
 * <p>Thread-safe: appends and rotations are serialised.
 */
final class DecisionJournal implements AutoCloseable {
    static final String SEGMENT = ".seg";
    private static final String NEW = ".new";
    static final String DAMAGED = ".damaged";
    private static final int HEADER = 8;
    /**
     * Segments this JVM holds. Recovery never opens them: on Linux, closing any channel to a file
     * drops every lock this process holds on it, so even looking would free a live segment.
     */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Far above any group (256 decisions of a few KB); a longer length is damage, not a record. */
    static final int MAX_RECORD = 64 << 20;

    /** A segment this process holds: its file, open for appending, and the lock that marks it as live. */
    static final class Segment {
        final Path path;
        final FileChannel channel;
        final FileLock lock;
        long records;

        Segment(Path path, FileChannel channel, FileLock lock) {
            this.path = path;
            this.channel = channel;
            this.lock = lock;
        }

        /** Deletes the file, then lets go of it. */
        void discard() throws IOException {
            Files.deleteIfExists(path);
            release();
        }

        /** Lets go of the file, leaving it where it is. */
        void release() throws IOException {
            try {
                channel.close();
            } finally {
                LIVE.remove(path);
            }
        }
    }

    private final Path dir;
    private final String token;
    private int next;
    private Segment active;
    private boolean broken;

    private DecisionJournal(Path dir, String token) {
        this.dir = dir;
        this.token = token;
    }

    /** The journal directory of a store: beside an embedded H2 file; none for other databases. */
    static Optional<Path> dirFor(StoreConfig config) {
        return config.h2File().map(f -> f.resolveSibling(f.getFileName() + ".journal"));
    }

    /** Starts a journal of this process in {@code dir}. */
    static DecisionJournal open(Path journalDir) throws IOException {
        Path dir = journalDir.toAbsolutePath().normalize();
        PrivateFiles.directory(dir); // decisions in full, parties and all: the owner's alone
        // time first, so that a directory listing sorts segments of successive processes by age
        String token = String.format(
                "%013d-%d-%s",
                System.currentTimeMillis(),
                ProcessHandle.current().pid(),
                HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        DecisionJournal journal = new DecisionJournal(dir, token);
        journal.active = journal.newSegment();
        return journal;
    }

    Path dir() {
        return dir;
    }

    /** False after a write failed, until the next rotation: meanwhile the caller makes each commit durable by other means. */
    synchronized boolean usable() {
        return !broken;
    }

    /** Appends one record and returns once it is on disk. A failure leaves the journal unusable. */
    synchronized void append(byte[] payload) throws IOException {
        if (broken) {
            throw new IOException("the journal in " + dir + " failed earlier");
        }
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload.length);
        buf.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
        try {
            while (buf.hasRemaining()) {
                active.channel.write(buf);
            }
            active.channel.force(false);
        } catch (IOException | RuntimeException e) {
            // a torn record would hide every record after it: append nothing more
            broken = true;
            throw e;
        }
        active.records++;
    }

    /**
     * Seals the active segment and starts a new one; returns the sealed segment, or null when it
     * holds no record. Everything in a sealed segment was committed before this returned, so a
     * checkpoint begun afterwards covers it, provided the same process still hosts the database
     * (see {@code JournalRecovery.secure}, which checks that before a segment is deleted).
     */
    synchronized Segment rotate() throws IOException {
        if (active.records == 0 && !broken) {
            return null;
        }
        Segment sealed = active;
        active = newSegment();
        // a failed write left its torn record at the end of the sealed segment, where replay stops
        // anyway; the fresh segment can take records again (a full disk that has room again, say)
        broken = false;
        return sealed;
    }

    /** Deletes the active segment: call only once a checkpoint covers all it holds. */
    synchronized void discardActive() throws IOException {
        active.discard();
    }

    /** Lets go of the active segment and leaves it on disk, for the next process to replay. */
    @Override
    public synchronized void close() throws IOException {
        active.release();
    }

    private Segment newSegment() throws IOException {
        String name = token + "-" + String.format("%06d", next++);
        Path fresh = dir.resolve(name + NEW);
        Path path = dir.resolve(name + SEGMENT);
        // marked live before the file exists, so that recovery in this JVM never opens it
        LIVE.add(fresh);
        LIVE.add(path);
        FileChannel channel = null;
        try {
            // READ too: before a sealed segment is deleted, its records are read back and checked against the database
            channel = FileChannel.open(
                    fresh,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    PrivateFiles.newFileAttributes());
            FileLock lock = channel.lock();
            Files.move(fresh, path, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
            return new Segment(path, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(fresh);
            LIVE.remove(path);
            throw e;
        } finally {
            LIVE.remove(fresh);
        }
    }

    /** Makes a file's creation, rename or deletion in {@code dir} durable (Linux: fsync of the directory). */
    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory; the rename still happened
        }
    }

    /**
     * Segments in {@code dir} whose process is gone, oldest first, each locked for the caller
     * (close it when done). Segments of live processes, this one included, are left alone; so are
     * unfinished {@code .new} files of live processes, while those of dead ones are deleted (they
     * never held a record).
     */
    static List<Segment> orphans(Path journalDir) throws IOException {
        Path dir = journalDir.toAbsolutePath().normalize();
        List<Segment> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(SEGMENT)
                            || p.getFileName().toString().endsWith(NEW))
                    .sorted()
                    .toList();
        }
        for (Path p : files) {
            if (LIVE.contains(p)) {
                continue; // a segment of this JVM's own journal
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (java.nio.file.NoSuchFileException gone) {
                continue; // another process replayed it first
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null; // locked by this JVM after all
            }
            if (lock == null) {
                channel.close();
                continue;
            }
            if (p.getFileName().toString().endsWith(NEW)) {
                Files.deleteIfExists(p);
                channel.close();
                continue;
            }
            LIVE.add(p);
            found.add(new Segment(p, channel, lock));
        }
        return found;
    }

    /** What a segment holds: its records in order, and whether reading stopped at damage. */
    record Contents(List<byte[]> records, String damage) {}

    /** Reads a segment's records up to its end, a record cut short (never acknowledged), or damage. */
    static Contents read(Segment segment) throws IOException {
        List<byte[]> records = new ArrayList<>();
        segment.channel.position(0);
        InputStream raw = Channels.newInputStream(segment.channel);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        long offset = 0;
        long size = segment.channel.size();
        while (true) {
            int length;
            int crc;
            try {
                length = in.readInt();
                crc = in.readInt();
            } catch (EOFException end) {
                return new Contents(records, null);
            }
            if (length == 0) {
                return new Contents(records, null); // zeros a file system left past the last write
            }
            if (length < 0 || length > MAX_RECORD) {
                return new Contents(
                        records,
                        "record " + (records.size() + 1) + " at byte " + offset + " claims a length of " + length);
            }
            if (offset + HEADER + length > size) {
                return new Contents(records, null); // cut short by the crash: never acknowledged
            }
            byte[] payload = in.readNBytes(length);
            CRC32C check = new CRC32C();
            check.update(payload);
            if ((int) check.getValue() != crc) {
                return new Contents(
                        records, "record " + (records.size() + 1) + " at byte " + offset + " fails its checksum");
            }
            records.add(payload);
            offset += HEADER + length;
        }
    }

    /** Moves a damaged segment aside, under a name recovery skips, and lets go of it. */
    static Path setAside(Segment segment) throws IOException {
        Path aside = segment.path.resolveSibling(segment.path.getFileName() + DAMAGED);
        Files.move(segment.path, aside, StandardCopyOption.ATOMIC_MOVE);
        segment.release();
        return aside;
    }
}
