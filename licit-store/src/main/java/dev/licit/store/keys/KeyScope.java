package dev.licit.store.keys;

import dev.licit.store.common.StoreInputException;
import java.util.Locale;

/**
 * Which decisions a requester's key sees and ships: {@code OWN}, those it submitted (the default),
 * or {@code TEAM}, all of them. Set by an admin when the key is created. Reviewers and admins see
 * every decision whatever the scope: their work is the whole queue.
 */
public enum KeyScope {
    OWN,
    TEAM;

    public static KeyScope parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new StoreInputException("scope must be own or team, got '" + s + "'");
        }
    }
}
