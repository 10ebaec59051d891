package dev.licit.batch.ownership;

import java.io.Serializable;

/**
 * One ownership edge of the plain CSV, in force on the computation's date.
 *
 * @param units the share in billionths of a percent ({@link Shares}), or {@link Shares#UNKNOWN}
 */
public record EdgeLine(String owner, String owned, long units) implements Serializable {}
