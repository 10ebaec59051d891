package dev.licit.core.rulebook;

/** How BIS will review a license application, most restrictive first. */
public enum ReviewPolicy {
    PRESUMPTION_OF_DENIAL,
    CASE_BY_CASE,
    PRESUMPTION_OF_APPROVAL;

    public static ReviewPolicy mostRestrictive(ReviewPolicy a, ReviewPolicy b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    public String words() {
        return switch (this) {
            case PRESUMPTION_OF_DENIAL -> "presumption of denial";
            case CASE_BY_CASE -> "case-by-case review";
            case PRESUMPTION_OF_APPROVAL -> "presumption of approval";
        };
    }
}
