package dev.licit.store.keys;

import dev.licit.store.common.StoreInputException;
import java.util.Locale;

/**
 * What an API key may do: a {@code REQUESTER} submits orders and reads decisions, a
 * {@code REVIEWER} works cases and reads licenses and notifications, an {@code ADMIN} does all of
 * that and manages keys, lists and licenses. The server does not rank roles: each route names the
 * roles it admits (docs/SECURITY.md), so a reviewer cannot submit orders. {@link #includes} orders
 * roles by breadth for display; no access decision uses it.
 */
public enum KeyRole {
    REQUESTER,
    REVIEWER,
    ADMIN;

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
