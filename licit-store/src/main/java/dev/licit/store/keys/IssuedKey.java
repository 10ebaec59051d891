package dev.licit.store.keys;

/**
 * A key just created. {@code secret} is shown this once and never stored (only its SHA-256 is);
 * whoever loses it creates a new key.
 */
public record IssuedKey(ApiKey key, String secret) {
    @Override
    public String toString() {
        return "IssuedKey[" + key.id() + ", secret hidden]";
    }
}
