package dev.licit.store.keys;

/**
 * A stored API key: never the key itself, only its id, its holder's name, its role and its scope
 * (which decisions a requester sees: {@link KeyScope}).
 */
public record ApiKey(
        String id,
        String name,
        KeyRole role,
        String createdBy,
        String createdAt,
        String revokedBy,
        String revokedAt,
        KeyScope scope) {
    public boolean active() {
        return revokedAt == null;
    }
}
