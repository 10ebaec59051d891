package dev.licit.store;

import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store per test on the backend the parameterised test class runs with (H2 file in a temp
 * directory, or a new database on the test PostgreSQL server), with a clock the test can move.
 */
public abstract class StoreTestBase {
    protected static final Actor ALICE = Actor.of("alice");
    protected static final Actor BOB = Actor.of("bob");

    @Parameter
    protected Backend backend;

    @TempDir
    protected Path dir;

    protected MutableClock clock;
    protected LicitStore store;

    @BeforeEach
    void openStore() {
        clock = new MutableClock(Instant.parse("2024-06-01T09:00:00Z"));
        store = LicitStore.open(backend.config(dir).withClock(clock));
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * Runs SQL directly against the store's database, around the store (to tamper in tests). On
     * PostgreSQL as a superuser with triggers off: the audit trail's insert-only trigger stops
     * anyone less.
     */
    protected void sql(String statement) throws Exception {
        StoreConfig c = store.config();
        try (var conn = java.sql.DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                var s = conn.createStatement()) {
            if (!c.isH2()) {
                s.execute("SET session_replication_role = replica");
            }
            s.execute(statement);
        }
    }
}
