package dev.licit.store.review;

import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Party;
import java.util.List;

/** A party of an order after screening and after earlier review: the hits that stand and those cleared. */
public record ScreenedParty(Party party, List<ScreenedHit> hits) {
    public ScreenedParty {
        hits = List.copyOf(hits);
    }

    /** The hits the engine must see (cleared false positives left out). */
    public List<ListHit> standing() {
        return hits.stream().filter(h -> !h.cleared()).map(ScreenedHit::hit).toList();
    }

    public List<ScreenedHit> cleared() {
        return hits.stream().filter(ScreenedHit::cleared).toList();
    }
}
