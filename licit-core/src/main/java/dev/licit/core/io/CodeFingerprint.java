package dev.licit.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A hash of the code a remembered result depends on, so that a file written by one build is never
 * read as valid by another: every class and resource under some package prefixes of the jar (or
 * class directory) holding an anchor class. In a jar the entries' CRCs and sizes are read from its
 * directory, not their contents; that still makes a string of each of the jar's 24,000 entries, 60 to
 * 90 ms of a short command's start, so a command line run from a build ({@link #rememberJarsIn})
 * keeps the digest of each part of a jar in a file named by the jar's identity (path, file key,
 * size, time) and the prefix: a jar built again is another file, and its parts are listed again.
 */
public final class CodeFingerprint {
    private final MessageDigest md = sha256();

    /** Adds the code under {@code prefix} (e.g. {@code "dev/licit/core/"}) next to {@code anchor}. */
    public CodeFingerprint add(Class<?> anchor, String prefix) {
        URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
        Path root;
        try {
            root = Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate the code of " + anchor.getName() + " at " + location, e);
        }
        try {
            addCode(root, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code of " + anchor.getName() + " at " + root, e);
        }
        return this;
    }

    /** Adds the code under {@code prefix} of a class directory or jar. */
    CodeFingerprint addCode(Path root, String prefix) throws IOException {
        if (Files.isDirectory(root)) {
            addDirectory(root, prefix);
        } else {
            addJar(root, prefix);
        }
        return this;
    }

    /** Adds a text (a library's version, say). */
    public CodeFingerprint add(String text) {
        md.update(text.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(md.digest());
    }

    private void addDirectory(Path root, String prefix) throws IOException {
        Path dir = root.resolve(prefix);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        files.sort(null);
        for (Path p : files) {
            md.update(root.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(p));
        }
    }

    private void addJar(Path jar, String prefix) throws IOException {
        String question = "digest of " + prefix;
        String part = JarMemo.get(jar, question);
        if (part == null || !part.matches("[0-9a-f]{64}")) {
            part = partOf(jar, prefix);
            JarMemo.put(jar, question, part);
        }
        md.update(part.getBytes(StandardCharsets.US_ASCII));
    }

    /** The digest of the entries under {@code prefix} of a jar: their names, CRCs and sizes, in name order. */
    private static String partOf(Path jar, String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : listing(jar)) {
            if (line.startsWith(prefix)) {
                lines.add(line);
            }
        }
        lines.sort(null);
        MessageDigest part = sha256();
        for (String l : lines) {
            part.update(l.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(part.digest());
    }

    /**
     * Keeps what this process learns of its jars (the digests of their parts, the rule files they hold)
     * in {@code dir}, the launcher's cache of one build, so that a short command does not list its jar
     * again ({@link JarMemo}); null keeps nothing.
     */
    public static void rememberJarsIn(Path dir) {
        JarMemo.rememberIn(dir);
    }

    /**
     * A jar's entries as "name crc size", kept for the process by path, size and time (a jar written
     * again is listed again): a short command fingerprints the same jar three or four times.
     */
    private static final java.util.Map<String, List<String>> LISTINGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> listing(Path jar) throws IOException {
        String key = jar.toAbsolutePath() + "\0" + Files.size(jar) + "\0"
                + Files.getLastModifiedTime(jar).toMillis();
        List<String> known = LISTINGS.get(key);
        if (known != null) {
            return known;
        }
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                lines.add(e.getName() + " " + e.getCrc() + " " + e.getSize());
            }
        }
        List<String> listing = List.copyOf(lines);
        LISTINGS.putIfAbsent(key, listing);
        return listing;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
