package dev.licit.store.testing;

import dev.licit.store.common.AuditKey;
import dev.licit.store.common.StoreConfig;
import java.nio.file.Path;

/** The two databases every store test runs against. */
public enum Backend {
    H2 {
        @Override
        public StoreConfig config(Path dir) {
            return StoreConfig.embedded(dir);
        }
    },
    POSTGRES {
        @Override
        public StoreConfig config(Path dir) {
            // the key of the test's home, as StoreConfig.resolve gives a PostgreSQL store of a home
            return StoreConfig.url(TestPostgres.get().newDatabase(), null, null).withAuditKey(AuditKey.forHome(dir));
        }
    };

    /** A fresh, empty store: an H2 file under {@code dir}, or a new PostgreSQL database. */
    public abstract StoreConfig config(Path dir);
}
