package dev.licit.server.lists;

import dev.licit.screening.fetch.FetchState;
import dev.licit.screening.fetch.ListAges;
import dev.licit.screening.list.SnapshotInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;

/**
 * The ages of a snapshot's lists now, against the server's limit. The fetch state is read again only
 * when its file changed (a fetch from the CLI, or the server's own), not on every decision.
 */
public final class ListFreshness {
    private record Read(FileTime modified, FetchState state) {}

    private final Path listsDir;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Read read;

    public ListFreshness(Path listsDir, Duration maxAge, Clock clock) {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the list age limit must be positive, not " + maxAge);
        }
        this.listsDir = listsDir;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Duration maxAge() {
        return maxAge;
    }

    public ListAges.Report of(SnapshotInfo snapshot) {
        return ListAges.of(snapshot, state(), clock.instant(), maxAge);
    }

    private FetchState state() {
        Path file = listsDir.resolve("fetch-state.json");
        FileTime modified;
        try {
            modified = Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        } catch (IOException e) {
            modified = FileTime.fromMillis(0);
        }
        Read r = read;
        if (r == null || !r.modified().equals(modified)) {
            r = new Read(modified, FetchState.load(listsDir));
            read = r;
        }
        return r.state();
    }
}
