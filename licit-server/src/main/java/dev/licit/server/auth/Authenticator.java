package dev.licit.server.auth;

import java.util.Optional;

/** Checks a presented API key: the role it carries, or empty when it is unknown or revoked. */
@FunctionalInterface
public interface Authenticator {
    Optional<Principal> authenticate(String presentedKey);

    /**
     * Who is calling: the key's id (never the key itself), its role, and whether a requester key
     * sees the whole team's decisions ({@code team}) or only its own.
     */
    record Principal(String keyId, Role role, boolean team) {
        public Principal(String keyId, Role role) {
            this(keyId, role, false);
        }
    }
}
