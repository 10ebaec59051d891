package dev.licit.screening.list;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a list snapshot is made of. The id appears in decisions, so it is derived from content only:
 * importing the same files again yields the same id.
 *
 * @param id {@code snap-} followed by the first 12 hex digits of {@code sha256}
 * @param sha256 hash over the sorted hashes of every source file (the curated list included when used)
 * @param counts entries per list code
 */
public record SnapshotInfo(
        String id,
        String sha256,
        List<Source> sources,
        Instant importedAt,
        Map<String, Integer> counts,
        boolean includesCurated) {

    public SnapshotInfo {
        sources = List.copyOf(sources);
        counts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counts));
    }

    /**
     * One file that went into the snapshot.
     *
     * @param publishedAt when the publisher last changed the file (its HTTP Last-Modified, else the time it
     *     was fetched), or null for a file imported by hand (the snapshot's {@code importedAt} is then its date)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL) // absent, not null, in snapshots written before it existed
    public record Source(String file, String format, String sha256, int entries, Instant publishedAt) {
        public Source(String file, String format, String sha256, int entries) {
            this(file, format, sha256, entries, null);
        }

        public Source withPublishedAt(Instant at) {
            return new Source(file, format, sha256, entries, at);
        }
    }

    public int totalEntries() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
