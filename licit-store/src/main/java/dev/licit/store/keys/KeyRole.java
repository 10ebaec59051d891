package dev.licit.store.keys;

import dev.licit.store.StoreInputException;
import java.util.Locale;

/**
 * What an API key may do: a {@code REQUESTER} submits orders and reads decisions, a
 * {@code REVIEWER} also works cases, licenses and notifications, an {@code ADMIN} also manages keys.
 * Each role includes the ones before it.
 */
public enum KeyRole {
    REQUESTER, REVIEWER, ADMIN;

    public boolean includes(KeyRole other) {
        return ordinal() >= other.ordinal();
    }

    public static KeyRole parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new StoreInputException("role must be requester, reviewer or admin, got '" + s + "'");
        }
    }
}
