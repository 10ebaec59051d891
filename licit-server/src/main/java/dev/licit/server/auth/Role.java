package dev.licit.server.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;

/**
 * What a key may do. Roles are not ranked: each endpoint names the roles it admits, so a
 * requester never reaches a reviewer's or an admin's endpoint (least privilege).
 */
public enum Role implements RouteRole {
    /** Submit orders and read decisions. */
    REQUESTER,
    /** Work the review queue: cases, and read licenses and notifications. */
    REVIEWER,
    /** Keys, lists, rules, licenses, notifications, audit. */
    ADMIN;

    public static Optional<Role> parse(String s) {
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
