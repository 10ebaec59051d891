package dev.licit.store.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files and directories only their owner can read: the data home, the database, the journal, the
 * lists and the keys. Another local user who can read the database file or the H2 lock file (which
 * names the port and key of the database's TCP server) can read or rewrite the store around the
 * audit trail; so every directory Licit makes in the home is {@code rwx------} and every file it
 * writes there {@code rw-------}. POSIX permissions where the file system has them; elsewhere
 * (Windows) the home's ACLs are the user's business and these calls do nothing.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateFiles() {}

    /** Creates {@code dir} (and its parents) if needed and makes it the owner's alone. */
    public static Path directory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            restrict(dir);
            return dir;
        } catch (IOException e) {
            throw new StoreException("cannot create the directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes an existing file or directory the owner's alone (rw------- or rwx------); a missing one is left missing. */
    public static void restrict(Path path) throws IOException {
        if (!POSIX || !Files.exists(path)) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path) ? OWNER_ONLY_DIRECTORY : OWNER_ONLY_FILE;
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    /** {@link #restrict} on a directory, everything in it and below it: the migration of a home written before. */
    public static void restrictTree(Path root) throws IOException {
        if (!POSIX || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (!Files.isSymbolicLink(p)) {
                    restrict(p);
                }
            }
        }
    }

    /** Whether the file system keeps POSIX permissions (tests of the modes assume it). */
    public static boolean posix() {
        return POSIX;
    }

    /** Attributes for {@code Files.createFile} or {@code FileChannel.open} of a new private file. */
    public static FileAttribute<?>[] newFileAttributes() {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
    }

    /**
     * The secret kept in {@code file} (one line of hex), created with {@code bytes} random bytes the
     * first time. Two processes starting at once agree on one secret: it is written to a temporary
     * file and linked into place, which fails if another process linked first.
     */
    public static String secret(Path file, int bytes) {
        try {
            directory(file.getParent());
            if (!Files.exists(file)) {
                Path tmp =
                        Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp", newFileAttributes());
                try {
                    byte[] random = new byte[bytes];
                    RANDOM.nextBytes(random);
                    Files.writeString(tmp, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
                    try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                    try {
                        Files.createLink(file, tmp);
                    } catch (FileAlreadyExistsException another) {
                        // another process made it first: its secret is the one
                    } catch (UnsupportedOperationException noLinks) {
                        Files.move(tmp, file);
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            restrict(file);
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new StoreException(file + " is empty: it should hold a secret (remove it to have a new one made,"
                        + " which only works when nothing depends on the old one)");
            }
            return text;
        } catch (IOException e) {
            throw new StoreException("cannot read or create the secret " + file + ": " + e.getMessage(), e);
        }
    }
}
