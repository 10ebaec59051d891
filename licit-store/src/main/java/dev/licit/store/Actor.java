package dev.licit.store;

/**
 * Who did something: a person, an API key or a system job. Every write to the store names one, so
 * the audit trail can say who did what (15 CFR 762.6: changes are recorded with who made them).
 *
 * @param name free text such as {@code alice}, {@code key:k7f3...} or {@code system:rescreen}
 */
public record Actor(String name) {
    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        if (name == null || name.isBlank()) {
            throw new StoreInputException("actor: a name is required (who did it goes into the audit trail)");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new StoreInputException("actor: at most 200 characters, got " + name.length());
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new StoreInputException("actor: control characters are not allowed");
        }
    }

    public static Actor of(String name) {
        return new Actor(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
