/**
 * Keeping the lists current: {@link dev.licit.screening.fetch.ListFetcher} downloads each configured
 * source ({@link dev.licit.screening.fetch.ListSources}, data in {@code data/lists/sources.yaml}),
 * verifies it (status, content type, size, checksum, the format's own checks, a shrink guard) and
 * only then builds a new snapshot and switches to it; a source that fails keeps its current file.
 */
package dev.licit.screening.fetch;
