package dev.licit.screening.fetch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last fetch of each source learnt ({@code lists/fetch-state.json}): the validators for a
 * conditional request, the checksum and entry count of the file taken (the shrink guard compares with
 * it), and the last error. Written whole to a temporary file and moved into place.
 */
public final class FetchState {
    /** One source's state; any part may be null. */
    record Source(
            String etag,
            String lastModified,
            String sha256,
            Integer entries,
            String file,
            String checkedAt,
            String updatedAt,
            String lastError,
            String lastErrorAt) {

        Source withError(String error, String at) {
            return new Source(etag, lastModified, sha256, entries, file, checkedAt, updatedAt, error, at);
        }
    }

    /** A time this file stores (ISO-8601), or null when absent or not one (a hand-edited file, say). */
    public static java.time.Instant instant(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(stored);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static final ObjectMapper JSON = Json.PRETTY;

    private final Path file;
    private final Map<String, Source> sources;

    private FetchState(Path file, Map<String, Source> sources) {
        this.file = file;
        this.sources = sources;
    }

    /** The state in {@code listsDir}; an unreadable one is set aside (its validators only save a download). */
    public static FetchState load(Path listsDir) {
        Path f = listsDir.resolve("fetch-state.json");
        if (Files.isRegularFile(f)) {
            try {
                return new FetchState(
                        f, new TreeMap<>(JSON.readValue(f.toFile(), new TypeReference<Map<String, Source>>() {})));
            } catch (IOException e) {
                try {
                    Files.move(f, f.resolveSibling("fetch-state.json.unreadable"), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException ignored) {
                    // the next save overwrites it anyway
                }
            }
        }
        return new FetchState(f, new TreeMap<>());
    }

    public Map<String, Source> sources() {
        return java.util.Collections.unmodifiableMap(sources);
    }

    Source get(String id) {
        return sources.get(id);
    }

    void put(String id, Source s) {
        sources.put(id, s);
    }

    void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".fetch-state-", ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), sources);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
