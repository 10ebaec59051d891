package dev.licit.screening.fetch;

import dev.licit.screening.ListStore;
import dev.licit.screening.list.SnapshotInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How old each list of a snapshot is (issue 17 points 4 and 5), and whether one is older than the
 * limit a decision may rely on.
 *
 * <p>A list's age is the time since it was last known to be the publisher's current file: its last
 * successful fetch or the last check that found it unchanged (a publisher that did not change a list
 * for a month still has it current), else the day it was imported by hand. The built-in curated list
 * is dated by the day it was compiled; it only supplements the published lists, so its age is shown
 * but never held against the limit; a home with nothing else loaded is said to be so instead.
 */
public final class ListAges {
    /** The limit when none is configured: a week, about the Entity List's rhythm of changes. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);

    /**
     * One file of the snapshot.
     *
     * @param sourceId the {@code sources.yaml} id it was fetched as, or null when imported by hand (or curated)
     * @param publishedAt the publisher's date for the file (Last-Modified), else when it was fetched or imported
     * @param confirmedAt when the file was last known to be the publisher's current one
     * @param age from {@code confirmedAt} to now
     * @param stale older than the limit (never for the curated list)
     * @param lastError the last fetch's error for its source when that fetch failed after the last success
     */
    public record ListAge(
            String file,
            String format,
            String sourceId,
            boolean curated,
            Instant publishedAt,
            Instant confirmedAt,
            Duration age,
            boolean stale,
            String lastError,
            Instant lastErrorAt) {}

    /**
     * The ages of one snapshot's lists at one moment.
     *
     * @param builtInOnly only the curated list is loaded: no published list was fetched or imported
     */
    public record Report(String snapshotId, Instant at, Duration maxAge, List<ListAge> lists, boolean builtInOnly) {
        public Report {
            lists = List.copyOf(lists);
        }

        public List<ListAge> stale() {
            return lists.stream().filter(ListAge::stale).toList();
        }

        /** What a decision made now must say about its lists, or empty when they are current. */
        public Optional<String> warning() {
            if (builtInOnly) {
                Instant compiled = lists.isEmpty()
                        ? ListStore.curatedCompiled()
                        : lists.get(0).publishedAt();
                return Optional.of("only the built-in curated list (compiled " + day(compiled)
                        + ") is loaded, not the published lists: run 'licit lists fetch' (or 'licit lists import"
                        + " FILE') and decide again");
            }
            List<ListAge> stale = stale();
            if (stale.isEmpty()) {
                return Optional.empty();
            }
            List<String> named = new ArrayList<>();
            for (ListAge a : stale) {
                named.add(a.file() + " (last confirmed " + day(a.confirmedAt()) + ", "
                        + a.age().toDays() + " days)");
            }
            return Optional.of("list" + (stale.size() == 1 ? " " : "s ") + String.join(", ", named)
                    + (stale.size() == 1 ? " is" : " are") + " older than the " + describe(maxAge)
                    + " limit: run 'licit lists fetch' and decide again");
        }
    }

    private ListAges() {}

    /**
     * @param state what the fetches learnt (the ages of fetched files come from it), or null
     */
    public static Report of(SnapshotInfo info, FetchState state, Instant now, Duration maxAge) {
        Map<String, FetchState.Source> fetched = state == null ? Map.of() : state.sources();
        List<ListAge> ages = new ArrayList<>();
        boolean anyPublished = false;
        for (SnapshotInfo.Source src : info.sources()) {
            boolean curated = ListStore.CURATED_NAME.equals(src.file());
            anyPublished |= !curated;
            Instant published = src.publishedAt() != null
                    ? src.publishedAt()
                    : curated ? ListStore.curatedCompiled() : info.importedAt();
            Instant confirmed = published;
            String sourceId = null;
            String error = null;
            Instant errorAt = null;
            for (Map.Entry<String, FetchState.Source> e : fetched.entrySet()) {
                if (curated || !fileOf(e.getKey(), src.file())) {
                    continue;
                }
                FetchState.Source s = e.getValue();
                sourceId = e.getKey();
                // the check vouches for this file only if what it took is what the snapshot holds
                boolean same = s.file() == null
                        || info.sources().stream()
                                .anyMatch(x ->
                                        x.file().equals(s.file()) && x.sha256().equals(s.sha256()));
                Instant checked = FetchState.instant(s.checkedAt());
                if (same && checked != null) {
                    confirmed = latest(confirmed, checked);
                }
                // a fetch that succeeds clears the error: one still there is the last attempt's
                error = s.lastError();
                errorAt = FetchState.instant(s.lastErrorAt());
            }
            Duration age = Duration.between(confirmed, now);
            if (age.isNegative()) {
                age = Duration.ZERO;
            }
            ages.add(new ListAge(
                    src.file(),
                    src.format(),
                    sourceId,
                    curated,
                    published,
                    confirmed,
                    age,
                    !curated && age.compareTo(maxAge) > 0,
                    error,
                    errorAt));
        }
        return new Report(info.id(), now, maxAge, ages, !anyPublished);
    }

    /** Whether a snapshot's file came from the source {@code id}: {@code ID.EXT}, or {@code ID-N.EXT} for a companion. */
    static boolean fileOf(String id, String file) {
        return Pattern.compile(Pattern.quote(id) + "(-[0-9]+)?\\.[^.]+")
                .matcher(file)
                .matches();
    }

    private static Instant latest(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    /** {@code 7-day}, {@code 36-hour}, {@code 90-minute}: the limit as a person reads it. */
    public static String describe(Duration d) {
        if (d.toSeconds() % 86_400 == 0) {
            return d.toDays() + "-day";
        }
        if (d.toSeconds() % 3_600 == 0) {
            return d.toHours() + "-hour";
        }
        if (d.toSeconds() % 60 == 0) {
            return d.toMinutes() + "-minute";
        }
        return String.format(Locale.ROOT, "%d-second", d.toSeconds());
    }
}
