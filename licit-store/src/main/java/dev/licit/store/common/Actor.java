package dev.licit.store.common;

/**
 * Who did something: a person, an API key or a system job. Every write to the store names one, so
 * the audit trail can say who did what (15 CFR 762.6: changes are recorded with who made them).
 *
 * <p>An actor is either verified (an API key the server checked, or the store's own jobs) or
 * self-declared: a name a local user typed ({@code licit --actor}, {@code LICIT_ACTOR}), which
 * nothing checks. A self-declared actor carries the operating-system user that ran the command, and
 * the record and the audit events say both, so nobody later reads "alice" as proven (issue 13).
 *
 * @param name free text such as {@code alice}, {@code api-key:k7f3...} or {@code system:rescreen}
 * @param verified false for a name the caller declared and nothing checked
 * @param osUser the operating-system user that ran a self-declared actor's command, or null
 */
public record Actor(String name, boolean verified, String osUser) {
    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        name = checked(name, "actor");
        if (osUser != null) {
            osUser = osUser.isBlank() ? null : checked(osUser, "OS user");
        }
        if (verified && osUser != null) {
            throw new StoreInputException("actor: an OS user is recorded only with a self-declared actor");
        }
    }

    /** A verified actor (an API key, a system job): what every caller before issue 13 made. */
    public Actor(String name) {
        this(name, true, null);
    }

    public static Actor of(String name) {
        return new Actor(name);
    }

    /** A name a local user declared, with the operating-system user that declared it. */
    public static Actor selfDeclared(String name, String osUser) {
        return new Actor(name, false, osUser);
    }

    /** "alice (self-declared, OS user root)" for a self-declared actor; the name alone otherwise. */
    public String describe() {
        return verified ? name : name + " (self-declared" + (osUser == null ? "" : ", OS user " + osUser) + ")";
    }

    private static String checked(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new StoreInputException(what + ": a name is required (who did it goes into the audit trail)");
        }
        value = value.strip();
        if (value.length() > 200) {
            throw new StoreInputException(what + ": at most 200 characters, got " + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new StoreInputException(what + ": control characters are not allowed");
        }
        return value;
    }

    @Override
    public String toString() {
        return name;
    }
}
