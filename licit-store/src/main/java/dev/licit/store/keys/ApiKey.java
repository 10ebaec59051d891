package dev.licit.store.keys;

/** A stored API key: never the key itself, only its id, its holder's name and its role. */
public record ApiKey(
        String id, String name, KeyRole role, String createdBy, String createdAt, String revokedBy, String revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
