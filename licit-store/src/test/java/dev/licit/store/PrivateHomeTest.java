package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.licit.store.common.Actor;
import dev.licit.store.common.PrivateFiles;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store no other local user can bend: the home and everything Licit writes in it are the
 * owner's alone, the database has a random password kept in the home, and H2's server for the
 * other processes of the home listens on loopback only.
 */
class PrivateHomeTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() {
        assumeThat(PrivateFiles.posix()).as("POSIX permissions").isTrue();
    }

    @Test
    void aNewHomeAndEverythingInItArePrivateAndTheDatabaseHasARandomPassword() throws Exception {
        Path home = tmp.resolve("home");
        StoreConfig config = StoreConfig.embedded(home);
        try (LicitStore store = LicitStore.open(config)) {
            Fixtures.record(store, Fixtures.h100ToVietnam("SO-1", 8)); // a journal segment, a case
            store.keys().create("ops", dev.licit.store.keys.KeyRole.ADMIN, Actor.of("alice"));
            assertThat(Files.list(home.resolve("db").resolve("licit.journal")).toList())
                    .isNotEmpty();
            assertEverythingPrivate(home);

            assertThat(config.password()).matches("[0-9a-f]{64}");
            assertThat(Files.readString(home.resolve(StoreConfig.DATABASE_PASSWORD_FILE))
                            .strip())
                    .isEqualTo(config.password());
            // the old credentials no longer open it, through the running store's server or otherwise
            assertThatThrownBy(() -> DriverManager.getConnection(config.jdbcUrl(), "sa", "")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");

            // the server for other processes listens on loopback only
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(home.resolve("db").resolve("licit.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).matches("(127\\.0\\.0\\.1|localhost):\\d+");
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            }
            Optional<InetAddress> outside = nonLoopbackAddress();
            if (outside.isPresent()) {
                assertThatThrownBy(() -> {
                            try (Socket s = new Socket()) {
                                s.connect(new InetSocketAddress(outside.get(), port), 2_000);
                            }
                        })
                        .isInstanceOf(IOException.class);
            }
        }
        // the same password on every later open
        assertThat(StoreConfig.embedded(home).password()).isEqualTo(config.password());
    }

    @Test
    void aHomeWrittenBeforeIsMadePrivateAndItsDatabaseGetsAPassword() throws Exception {
        Path home = tmp.resolve("old-home");
        Files.createDirectories(home.resolve("lists").resolve("snapshots"));
        Files.writeString(home.resolve("lists").resolve("snapshots").resolve("current.txt"), "snap-1\n");
        String oldUrl = "jdbc:h2:file:" + home.toAbsolutePath().resolve("db").resolve("licit") + ";AUTO_SERVER=TRUE";
        try (LicitStore old = LicitStore.open(StoreConfig.url(oldUrl, "sa", ""))) {
            Fixtures.record(old, Fixtures.h100ToVietnam("SO-OLD", 8));
        }
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(
                home.resolve("lists").resolve("snapshots").resolve("current.txt"),
                PosixFilePermissions.fromString("rw-r--r--"));

        StoreConfig config = StoreConfig.embedded(home);
        try (LicitStore store = LicitStore.open(config)) {
            assertThat(store.decisions().list(null, null)).hasSize(1);
            assertThat(store.audit().verify().ok()).isTrue();
            assertEverythingPrivate(home);
            assertThatThrownBy(() -> DriverManager.getConnection(config.jdbcUrl(), "sa", "")
                            .close())
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", config.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    private static void assertEverythingPrivate(Path home) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(home)) {
            all = s.toList();
        }
        for (Path p : all) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            assertThat(mode)
                    .as(home.relativize(p).toString())
                    .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
