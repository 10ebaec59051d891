package dev.licit.core.ownership;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ownership edge: {@code owner} holds {@code percent} of {@code owned} from {@code startDate}
 * (inclusive, null for "since before anyone recorded it") to {@code endDate} (inclusive, null for
 * "still held"). Names are as the source spells them; countries are ISO 3166-1 alpha-2 or null.
 *
 * @param percent the share, 0 to 100; null when the source does not say (a consolidation link, an
 *     owner whose share is unknown): never read as zero, Red Flag 29 turns on it
 * @param source where the edge comes from, specific enough to find it again (file and record id,
 *     "order", a dataset name)
 */
public record OwnershipLink(
        String owner,
        String ownerCountry,
        String owned,
        String ownedCountry,
        Double percent,
        LocalDate startDate,
        LocalDate endDate,
        String source) {

    public OwnershipLink {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(owned, "owned");
        Objects.requireNonNull(source, "source");
        if (owner.isBlank() || owned.isBlank()) {
            throw new IllegalArgumentException("an ownership link needs both an owner and an owned name");
        }
        if (percent != null && (percent.isNaN() || percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("percent must be between 0 and 100, got " + percent);
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
        }
    }

    /** Whether the link holds on {@code date} (both ends inclusive). */
    public boolean inForceOn(LocalDate date) {
        return (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }
}
