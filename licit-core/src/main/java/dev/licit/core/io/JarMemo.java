package dev.licit.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a process learnt of a jar by reading its 24,000-entry directory (a part's digest, the rule
 * files under a directory), kept for the next process in a directory of the build: listing the jar
 * costs a short command 20 to 90 ms each time. Each answer is a file named by a hash of the jar's
 * identity (path, file key, size, time: a jar written again is another jar) and of the question,
 * holding the answer after its SHA-256; a file whose hash does not match is ignored and written
 * again, and it is written under a temporary name and moved into place, so a reader never sees half
 * of one. Without a directory ({@link #rememberIn} not called, as in tests and the server) nothing
 * is kept and every process lists its jars.
 */
final class JarMemo {
    private static volatile Path dir;

    private JarMemo() {}

    /** Keeps answers in {@code directory} from now on (null: none kept). */
    static void rememberIn(Path directory) {
        dir = directory;
    }

    /** The answer kept for {@code question} about {@code jar}, or null. */
    static String get(Path jar, String question) {
        Path d = dir;
        if (d == null) {
            return null;
        }
        try {
            String text = Files.readString(d.resolve(name(jar, question)), StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            if (newline != 64) {
                return null;
            }
            String answer = text.substring(65);
            return text.substring(0, 64).equals(sha256(answer)) ? answer : null;
        } catch (IOException | RuntimeException e) {
            return null; // none yet, or unreadable: the jar is listed again
        }
    }

    /** Keeps {@code answer} to {@code question} about {@code jar}, when a directory is set and writable. */
    static void put(Path jar, String question, String answer) {
        Path d = dir;
        if (d == null) {
            return;
        }
        try {
            Files.createDirectories(d);
            Path tmp = Files.createTempFile(d, ".memo-", ".tmp");
            try {
                Files.writeString(tmp, sha256(answer) + "\n" + answer, StandardCharsets.UTF_8);
                Files.move(
                        tmp,
                        d.resolve(name(jar, question)),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only build directory: the next process lists the jar again
        }
    }

    private static String name(Path jar, String question) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        return sha256(jar.toAbsolutePath() + "\0" + a.fileKey() + "\0" + a.size() + "\0"
                + a.lastModifiedTime().toInstant() + "\0" + question);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
