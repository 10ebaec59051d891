package dev.licit.core.rulebook;

/**
 * What a compiler may remember across processes: the texts of conditions (checked together as one
 * conjunction) that type-checked. Type-checking a whole rulebook is the largest part of a short
 * command's start, and its result depends only on the text and on the code (the declared facts and
 * CEL), so a memo kept per build may answer it. A memo only ever says "checked before"; a text it
 * does not know is checked, and a condition is still compiled, from its text, when first evaluated.
 */
public interface CheckMemo {
    /** Remembers nothing: every check is made. */
    CheckMemo NONE = new CheckMemo() {
        @Override
        public boolean checked(String text) {
            return false;
        }

        @Override
        public void remember(String text) {}
    };

    /** Whether {@code text} type-checked under this code before. */
    boolean checked(String text);

    /** Records that {@code text} type-checked; a memo that cannot write just forgets. */
    void remember(String text);
}
