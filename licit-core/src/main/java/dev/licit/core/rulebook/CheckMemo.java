package dev.licit.core.rulebook;

/**
 * What a compiler may remember across processes: the texts of conditions (checked together as one
 * conjunction) that type-checked, and the checked syntax tree of each condition compiled. Type-checking
 * a whole rulebook is the largest part of a short command's start, and compiling the conditions an
 * order evaluates the largest part of deciding it in a new process; both depend only on the text and
 * on the code (the declared facts and CEL), so a memo kept per build may answer them. A text it does
 * not know is checked and compiled; a tree it gives back that does not read is compiled again.
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

    /**
     * The checked syntax tree (CEL's {@code CheckedExpr}, serialised) that {@code source} compiled to
     * under this code before, or null. A memo gives back only what it was given, intact, or null.
     */
    default byte[] checkedTree(String source) {
        return null;
    }

    /** Records the checked syntax tree {@code source} compiled to; a memo that cannot write just forgets. */
    default void rememberCheckedTree(String source, byte[] tree) {}
}
