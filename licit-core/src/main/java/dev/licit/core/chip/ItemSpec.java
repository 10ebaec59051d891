package dev.licit.core.chip;

/** What one order line carries: a chip, an HBM stack, or a system (server, board) containing chips. */
public sealed interface ItemSpec permits ChipSpec, HbmSpec, SystemSpec {
    /** The item kind as rules see it: {@code chip}, {@code hbm} or {@code system}. */
    String kind();
}
