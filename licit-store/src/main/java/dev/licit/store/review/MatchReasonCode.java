package dev.licit.store.review;

import dev.licit.store.common.StoreInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a reviewer cleared or confirmed a list match, from a fixed list (issue 18): a code a team can
 * count and an auditor can read the same way every time, with a note in the reviewer's words. The
 * code leads the recorded reason ({@code DIFFERENT_ADDRESS: the listed entity is in Shenzhen}) and
 * goes into the audit event as {@code reasonCode}.
 */
public enum MatchReasonCode {
    /** Our party is another entity than the listed one (another company or person of a similar name). */
    DIFFERENT_ENTITY(Use.CLEAR),
    /** The names agree but the listed addresses are not our party's. */
    DIFFERENT_ADDRESS(Use.CLEAR),
    /** The listed entry is in another country than our party. */
    DIFFERENT_COUNTRY(Use.CLEAR),
    /** Our party is the listed one: the match is confirmed. */
    TRUE_MATCH(Use.CONFIRM),
    /** Anything else; the note must say what. */
    OTHER(Use.BOTH);

    private enum Use {
        CLEAR,
        CONFIRM,
        BOTH
    }

    private final Use use;

    MatchReasonCode(Use use) {
        this.use = use;
    }

    /** Whether a clearance (a false positive) may give this code. */
    public boolean clears() {
        return use != Use.CONFIRM;
    }

    /** Whether a confirmation (a true match) may give this code. */
    public boolean confirms() {
        return use != Use.CLEAR;
    }

    /** A code as the API or the CLI gives it (any case), or an error naming the field and the codes. */
    public static MatchReasonCode parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreInputException(
                    "reasonCode: must be one of " + Arrays.toString(values()) + ", not '" + text + "'");
        }
    }

    /** The code a recorded reason starts with ({@code CODE} or {@code CODE: note}), if it starts with one. */
    public static Optional<MatchReasonCode> of(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        int colon = reason.indexOf(':');
        String head = colon < 0 ? reason.strip() : reason.substring(0, colon).strip();
        return Arrays.stream(values()).filter(c -> c.name().equals(head)).findFirst();
    }

    /** The note of a recorded reason after its code, or the whole reason when it has no code. */
    public static String noteOf(String reason) {
        if (reason == null || of(reason).isEmpty()) {
            return reason;
        }
        int colon = reason.indexOf(':');
        return colon < 0 ? null : reason.substring(colon + 1).strip();
    }

    /** The reason recorded for this code and note: {@code CODE} or {@code CODE: note}. */
    String reason(String note) {
        return note == null || note.isBlank() ? name() : name() + ": " + note.strip();
    }
}
