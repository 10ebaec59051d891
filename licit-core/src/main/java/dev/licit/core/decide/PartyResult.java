package dev.licit.core.decide;

import java.util.List;

/** A party with the list matches screening found for it. */
public record PartyResult(Party party, List<ListHit> matches) {}
