package dev.licit.core.rulebook;

/** Verdicts, most severe first; an order's verdict is its most severe line (contract.md). */
public enum Verdict {
    PROHIBITED,
    HOLD,
    LICENSE_REQUIRED,
    NOTIFICATION_REQUIRED,
    LICENSE_EXCEPTION,
    NLR;

    public boolean moreSevereThan(Verdict other) {
        return ordinal() < other.ordinal();
    }

    public static Verdict mostSevere(Verdict a, Verdict b) {
        return a.moreSevereThan(b) ? a : b;
    }
}
