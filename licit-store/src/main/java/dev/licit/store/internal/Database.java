package dev.licit.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.licit.store.common.PrivateFiles;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.common.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The connection pool, the schema and the one rule every write follows: a write is durable when
 * {@link #write} returns. PostgreSQL flushes its WAL at commit (synchronous_commit, the default);
 * H2 writes committed changes to its file lazily, so after each H2 commit the store runs
 * {@code CHECKPOINT SYNC}, which writes and fsyncs the file. Decisions take another road on an
 * H2 file: they commit with {@link #commit} and are made durable by the decision journal, an
 * fsync'd append-only file, with checkpoints in the background (see {@code GroupCommitter}).
 *
 * <p>Thread-safe: one instance serves a whole server.
 */
public final class Database implements AutoCloseable {
    /** Flyway reports each migration step at INFO through java.util.logging; a CLI's stderr is for errors. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    /** V8, on H2 only: the decision document kept as the UTF-8 bytes it is hashed as (see the script). */
    private static final String H2_DOCUMENT_AS_UTF8 =
            "ALTER TABLE decision ALTER COLUMN document SET DATA TYPE BINARY VARYING;";

    /** Migration V2 on PostgreSQL: audit_log insert-only for the application (see the script). */
    private static final String POSTGRESQL_AUDIT_INSERT_ONLY = """
            CREATE OR REPLACE FUNCTION licit_audit_log_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is insert-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$;
            CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log
                FOR EACH ROW EXECUTE FUNCTION licit_audit_log_insert_only();
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
                FOR EACH STATEMENT EXECUTE FUNCTION licit_audit_log_insert_only();
            REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
            REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER;
            """;

    /** The system property H2 binds its servers to (read once, when H2's classes load). */
    public static final String H2_BIND_ADDRESS = "h2.bindAddress";
    /** H2's error code for a wrong user name or password. */
    private static final int H2_WRONG_PASSWORD = 28000;

    static {
        // H2's AUTO_SERVER starts a TCP server with -tcpAllowOthers: on every interface unless told
        // otherwise. The processes that share a home are on one machine, so loopback is enough, and
        // nothing on the network can even try the password. Set before H2 reads its properties; a
        // value given on the command line wins.
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
    }

    private final StoreConfig config;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean h2;
    /** Writes begun through {@link #write} whose checkpoint has not finished (see {@link #quiet}). */
    private final AtomicInteger syncingWrites = new AtomicInteger();

    /** Whether opening ran Flyway (the schema was not found current); false when one query showed it current. */
    private final boolean migratedOnOpen;

    private Database(StoreConfig config, HikariDataSource dataSource, boolean migratedOnOpen) {
        this.config = config;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        // every audit writer of this store finds the key on its handle, without each service passing it
        this.jdbi.getConfig(AuditKeyConfig.class).key = config.auditKey();
        this.h2 = config.isH2();
        this.migratedOnOpen = migratedOnOpen;
    }

    /**
     * Opens the pool and brings the schema up to date (Flyway: one set of migrations for both
     * databases). A store whose history shows exactly the shipped migrations is left alone: Flyway
     * would find nothing to do, and starting it costs a cold process more than anything else here
     * (see {@link Migrations}).
     */
    public static Database open(StoreConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        if (config.user() != null) {
            hc.setUsername(config.user());
        }
        if (config.password() != null) {
            hc.setPassword(config.password());
        }
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(1);
        hc.setPoolName("licit-store");
        Optional<Path> h2File = config.h2File();
        h2File.ifPresent(Database::prepareH2Files);
        HikariDataSource ds;
        try {
            ds = openPool(hc, config);
            if (h2File.isPresent()) {
                // H2 makes its files with the process's umask; the directory is private already, the files follow
                PrivateFiles.restrictTree(h2File.get().getParent());
            }
        } catch (RuntimeException | java.io.IOException e) {
            throw new StoreException("cannot open the store at " + config.describe() + ": " + rootMessage(e), e);
        }
        if (schemaIsCurrent(ds)) {
            return new Database(config, ds, false); // nothing written, so nothing to sync
        }
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:" + Migrations.LOCATION)
                    .placeholders(Map.of(
                            "text",
                            config.isH2() ? "CHARACTER VARYING" : "TEXT",
                            "auditInsertOnly",
                            config.isH2() ? "" : POSTGRESQL_AUDIT_INSERT_ONLY,
                            "documentAsUtf8",
                            config.isH2() ? H2_DOCUMENT_AS_UTF8 : ""))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            ds.close();
            throw new StoreException(
                    "cannot bring the store schema at " + config.describe() + " up to date: " + rootMessage(e), e);
        }
        Database db = new Database(config, ds, true);
        db.sync(); // a migration is a write like any other: on disk before anything builds on it
        return db;
    }

    /**
     * The database's directory private, and H2's trace file made private before H2 makes it: H2
     * opens it only when it has something to log, with the process's umask, and appends to one
     * that exists.
     */
    private static void prepareH2Files(Path file) {
        PrivateFiles.directory(file.getParent());
        Path trace = file.resolveSibling(file.getFileName() + ".trace.db");
        try {
            Files.createFile(trace, PrivateFiles.newFileAttributes());
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            // made private on an earlier open
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create " + trace + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the pool. An embedded store made before its database had a password (user {@code sa},
     * empty password) is given the configured one: the first open with the new password is refused,
     * the empty one still works, and {@code ALTER USER} sets it.
     */
    private static HikariDataSource openPool(HikariConfig hc, StoreConfig config) {
        try {
            return new HikariDataSource(hc);
        } catch (RuntimeException e) {
            if (config.h2File().isEmpty()
                    || config.password() == null
                    || config.password().isEmpty()
                    || !wrongPassword(e)) {
                throw e;
            }
            try (Connection c = java.sql.DriverManager.getConnection(config.jdbcUrl(), config.user(), "");
                    java.sql.Statement st = c.createStatement()) {
                // the password is hex from PrivateFiles.secret, never text a user typed: safe to quote inline
                if (!config.password().matches("[0-9a-f]+")) {
                    throw e;
                }
                st.execute("ALTER USER " + config.user() + " SET PASSWORD '" + config.password() + "'");
            } catch (SQLException notTheOldPassword) {
                throw e;
            }
            return new HikariDataSource(hc);
        }
    }

    private static boolean wrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_WRONG_PASSWORD) {
                return true;
            }
        }
        return false;
    }

    /** True when Flyway's history shows every shipped migration applied as shipped; false on any doubt. */
    private static boolean schemaIsCurrent(HikariDataSource ds) {
        try (Connection c = ds.getConnection()) {
            return Migrations.history(c)
                    .map(h -> Migrations.current(h, Migrations.shipped()))
                    .orElse(false);
        } catch (SQLException | RuntimeException e) {
            return false; // Flyway will meet the same trouble and report it
        }
    }

    /** True when opening ran Flyway; false when the schema was found current and Flyway was not needed. */
    public boolean migratedOnOpen() {
        return migratedOnOpen;
    }

    public StoreConfig config() {
        return config;
    }

    public boolean isH2() {
        return h2;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Runs {@code work} in one transaction and returns once it is committed and on disk. */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        syncingWrites.incrementAndGet();
        try {
            return jdbi.withHandle(handle -> {
                T result = handle.inTransaction(work);
                sync(handle);
                return result;
            });
        } finally {
            syncingWrites.decrementAndGet();
        }
    }

    /**
     * Runs {@code work} in one transaction and returns once it is committed, which on H2 is not yet
     * on disk: the caller makes it durable, by a journal of its own or by {@link #sync()}.
     */
    public <T> T commit(HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(work);
    }

    /**
     * True when no {@link #write} of this process is between its start and the end of its
     * checkpoint. A transaction committed with {@link #commit} while this holds cannot have seen
     * data of this process that might still be lost, so a journal of that transaction alone is
     * enough to restore it.
     */
    public boolean quiet() {
        return syncingWrites.get() == 0;
    }

    /** Makes everything committed so far, by any connection, durable. */
    public void sync() {
        jdbi.useHandle(this::sync);
    }

    /** Reads outside any explicit transaction (each statement sees committed data). */
    public <T> T read(HandleCallback<T, RuntimeException> work) {
        return jdbi.withHandle(work);
    }

    /** Makes everything committed so far durable (a no-op on PostgreSQL, which syncs at commit). */
    public void sync(Handle handle) {
        if (h2) {
            handle.execute("CHECKPOINT SYNC");
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : StoreConfigMask.mask(t.getMessage());
    }

    /** Hides passwords that a driver may echo back in its message. */
    static final class StoreConfigMask {
        private StoreConfigMask() {}

        static String mask(String s) {
            return s.replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
        }
    }
}
