package dev.licit.store.internal;

import dev.licit.store.common.AuditKey;
import org.jdbi.v3.core.config.JdbiConfig;

/** The audit key of a store, carried by its Jdbi so that an audit writer finds it on any handle. */
public final class AuditKeyConfig implements JdbiConfig<AuditKeyConfig> {
    AuditKey key;

    public AuditKeyConfig() {}

    private AuditKeyConfig(AuditKey key) {
        this.key = key;
    }

    /** The key, or null when the store has none. */
    public AuditKey key() {
        return key;
    }

    @Override
    public AuditKeyConfig createCopy() {
        return new AuditKeyConfig(key);
    }
}
