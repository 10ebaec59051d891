package dev.licit.batch.ownership;

import java.util.Arrays;

/**
 * The links of a graph being read, as three growing arrays (owner[i] holds units[i] of owned[i]), one
 * place for both readers ({@link CompactGraph.Builder} and {@link GraphReader}). A self-holding is
 * counted and left out: OwnershipCheck leaves it out too, it is no owner.
 */
final class LinkArrays {
    int[] owner;
    int[] owned;
    long[] units;
    int size;
    long selfLinks;

    LinkArrays(int capacity) {
        owner = new int[capacity];
        owned = new int[capacity];
        units = new long[capacity];
    }

    void add(int ownerId, int ownedId, long share) {
        if (ownerId == ownedId) {
            selfLinks++;
            return;
        }
        if (size == owner.length) {
            int cap = size * 2;
            owner = Arrays.copyOf(owner, cap);
            owned = Arrays.copyOf(owned, cap);
            units = Arrays.copyOf(units, cap);
        }
        owner[size] = ownerId;
        owned[size] = ownedId;
        units[size] = share;
        size++;
    }
}
