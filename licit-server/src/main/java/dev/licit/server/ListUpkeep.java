package dev.licit.server;

import dev.licit.screening.fetch.ListAges;
import dev.licit.screening.fetch.ListFetcher;
import java.time.Duration;
import java.util.Objects;

/**
 * How a server keeps its lists current: whether and how often it fetches them ({@code licit serve
 * --refresh-lists 6h}), how it fetches (the same options as {@code licit lists fetch}), and the age past
 * which a list is stale ({@code --list-max-age}, 7 days unless set).
 *
 * @param refreshEvery the pause between scheduled fetches, or null: the server never fetches
 */
public record ListUpkeep(Duration refreshEvery, Duration maxAge, ListFetcher.Options fetch) {
    public ListUpkeep {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(fetch, "fetch");
        if (!maxAge.isPositive()) {
            throw new IllegalArgumentException("--list-max-age must be positive, not " + maxAge);
        }
    }

    /** No scheduled fetch; the default limit. */
    public static ListUpkeep defaults() {
        return new ListUpkeep(null, ListAges.DEFAULT_MAX_AGE, ListFetcher.Options.defaults(System.getenv()));
    }

    public ListUpkeep withRefreshEvery(Duration every) {
        return new ListUpkeep(every, maxAge, fetch);
    }

    public ListUpkeep withMaxAge(Duration age) {
        return new ListUpkeep(refreshEvery, age, fetch);
    }

    public ListUpkeep withFetch(ListFetcher.Options options) {
        return new ListUpkeep(refreshEvery, maxAge, options);
    }
}
