package dev.licit.store.review;

import dev.licit.core.decide.ListHit;

/**
 * A list hit with the version of the entry it points at.
 *
 * @param clearance the clearance that sets the hit aside, or null when the hit stands and goes to the engine
 * @param note why a standing hit deserves attention beyond its score (e.g. an earlier clearance was
 *     for another version of the entry), or null
 */
public record ScreenedHit(ListHit hit, String entryVersion, Clearance clearance, String note) {
    public boolean cleared() {
        return clearance != null;
    }
}
