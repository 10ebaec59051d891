package dev.licit.screening.match;

/**
 * The prepared readings of a whole list (see {@link PreparedName#all}): the readings, and the
 * numbers the scorer's quick bound reads for all of them in one array. The bound reads a candidate
 * through this array alone, so ruling a candidate out costs the few adjacent cache lines of its
 * numbers, not a walk through its objects. Immutable.
 */
public final class PreparedNames {
  private final PreparedName[] names;
  final long[] packed;
  private final int[] base;

  PreparedNames(PreparedName[] names, long[] packed, int[] base) {
    this.names = names;
    this.packed = packed;
    this.base = base;
  }

  public int size() {
    return names.length;
  }

  public PreparedName get(int reading) {
    return names[reading];
  }

  /** Where reading r's numbers start in {@link #packed}. */
  int base(int reading) {
    return base[reading];
  }
}
