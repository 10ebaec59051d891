package dev.licit.store.ownership;

import dev.licit.screening.ownership.OwnershipImporter;
import java.util.List;

/**
 * One ownership import as stored.
 *
 * @param previous the snapshot that was current before, or null
 * @param mode how the import related to the one before: it replaced it, or added to it
 * @param sources the files imported (for ADD, the files of this import only)
 * @param links how many links the snapshot holds
 */
public record OwnershipSnapshot(
        String id,
        String previous,
        OwnershipStore.Mode mode,
        String importedAt,
        String actor,
        List<OwnershipImporter.Source> sources,
        int links,
        String linksSha256) {
    public OwnershipSnapshot {
        sources = List.copyOf(sources);
    }
}
