package dev.licit.server.auth;

import java.util.Optional;

/** Checks a presented API key: the role it carries, or empty when it is unknown or revoked. */
@FunctionalInterface
public interface Authenticator {
    Optional<Principal> authenticate(String presentedKey);

    /** Who is calling: the key's id (never the key itself) and its role. */
    record Principal(String keyId, Role role) {}
}
