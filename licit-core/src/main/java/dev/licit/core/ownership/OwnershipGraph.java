package dev.licit.core.ownership;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Ownership edges indexed both ways by a name key ({@link #key}): a party's owners up and its
 * holdings down, each filtered to the links in force on a date. Immutable; build once per snapshot.
 * Names are joined by key only: two different companies with the same name and no country are one
 * node here, which errs toward seeing a listed owner rather than missing one.
 */
public final class OwnershipGraph {
    public static final OwnershipGraph EMPTY = new OwnershipGraph(List.of(), false, null);

    /** The indexes kept at once (one per window of dates; a batch over a few dates reuses them). */
    private static final int INDEXES = 4;

    /**
     * Lookups walked in full before the index is built: building it reads every link (seconds for
     * millions), which a one-shot {@code licit check} of a few parties would pay for nothing; a server,
     * a batch or a benchmark makes more lookups than this and gets it ({@link #prepare} builds it at once).
     */
    static final int LOOKUPS_BEFORE_INDEX = 64;

    private final java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();

    private final List<OwnershipLink> links;
    private final Map<String, List<OwnershipLink>> byOwned = new HashMap<>();
    private final Map<String, List<OwnershipLink>> byOwner = new HashMap<>();
    private final boolean indexed;
    /**
     * Where the index is built when a lookup or {@link #requestIndex} asks for it; null: by the lookup that
     * needs it, on its own thread. The graph creates no thread: whoever holds it for long (the server's
     * store) hands it one.
     */
    private final Executor builder;
    /** The dates whose index was handed to the builder and is not built yet: each is asked for once. */
    private final Set<LocalDate> requested = ConcurrentHashMap.newKeySet();
    /**
     * The most recently used first; replaced whole (copy on write) once an index is completely built, read
     * without a lock: a lookup sees the indexes before or after, never one being built.
     */
    private volatile List<OwnershipIndex> indexes = List.of();

    private OwnershipGraph(List<OwnershipLink> links, boolean indexed, Executor builder) {
        this.links = links;
        this.indexed = indexed;
        this.builder = builder;
        for (OwnershipLink l : links) {
            byOwned.computeIfAbsent(key(l.owned()), k -> new ArrayList<>()).add(l);
            byOwner.computeIfAbsent(key(l.owner()), k -> new ArrayList<>()).add(l);
        }
    }

    public static OwnershipGraph of(Collection<OwnershipLink> links) {
        return links.isEmpty() ? EMPTY : new OwnershipGraph(List.copyOf(links), true, null);
    }

    /**
     * A graph whose index is built on {@code builder} (a background thread of the caller's), never by a
     * lookup: until the index for a date is ready, lookups on that date walk in full, with the same answers;
     * then they read the index. {@link #requestIndex} starts a build at once (a server does when it loads a
     * snapshot); a date looked up more than {@value #LOOKUPS_BEFORE_INDEX} times is asked for as well.
     */
    public static OwnershipGraph of(Collection<OwnershipLink> links, Executor builder) {
        java.util.Objects.requireNonNull(builder, "builder");
        return links.isEmpty() ? EMPTY : new OwnershipGraph(List.copyOf(links), true, builder);
    }

    /**
     * The same graph without the precomputed index: every lookup walks the links in full. For tests and
     * benchmarks that compare the two (the answers must be the same bytes).
     */
    public static OwnershipGraph unindexed(Collection<OwnershipLink> links) {
        return new OwnershipGraph(List.copyOf(links), false, null);
    }

    /**
     * Builds the index of the links in force on {@code date} now, on this thread, rather than after {@value
     * #LOOKUPS_BEFORE_INDEX} lookups (batch screening calls it before its first party).
     */
    public void prepare(LocalDate date) {
        if (indexed && !links.isEmpty()) {
            indexFor(date);
        }
    }

    /**
     * Asks for the index of {@code date} and returns at once: built on the graph's builder ({@link
     * #of(Collection, Executor)}), or now, on this thread, for a graph without one. Asking again while it is
     * being built, or once it is built, does nothing.
     */
    public void requestIndex(LocalDate date) {
        if (!indexed || links.isEmpty() || indexReady(date)) {
            return;
        }
        if (builder == null) {
            indexFor(date);
            return;
        }
        LocalDate asked = date == null ? LocalDate.MIN : date; // null: every link whatever its dates
        if (!requested.add(asked)) {
            return; // already on its way
        }
        try {
            builder.execute(() -> {
                try {
                    indexFor(date);
                } finally {
                    requested.remove(asked);
                }
            });
        } catch (RejectedExecutionException e) {
            // the builder is shut down (the server is stopping): lookups keep walking in full
            requested.remove(asked);
        }
    }

    /** Whether lookups on {@code date} are answered from a built index (false until it is complete). */
    public boolean indexReady(LocalDate date) {
        for (OwnershipIndex i : indexes) {
            if (i.covers(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index that answers for {@code date}; null for a graph without one, and for the first {@value
     * #LOOKUPS_BEFORE_INDEX} lookups of a graph not prepared (they walk in full).
     */
    OwnershipIndex index(LocalDate date) {
        if (!indexed || links.isEmpty()) {
            return null;
        }
        for (OwnershipIndex i : indexes) {
            if (i.covers(date)) {
                return i;
            }
        }
        if (lookups.incrementAndGet() <= LOOKUPS_BEFORE_INDEX) {
            return null;
        }
        if (builder != null) {
            requestIndex(date); // built elsewhere; this lookup and those until it is ready walk in full
            return null;
        }
        return indexFor(date);
    }

    private OwnershipIndex indexFor(LocalDate date) {
        List<OwnershipIndex> now = indexes;
        for (OwnershipIndex i : now) {
            if (i.covers(date)) {
                return i;
            }
        }
        synchronized (this) {
            for (OwnershipIndex i : indexes) {
                if (i.covers(date)) {
                    return i;
                }
            }
            OwnershipIndex built = OwnershipIndex.build(links, byOwned, date);
            List<OwnershipIndex> next = new ArrayList<>(INDEXES);
            next.add(built);
            for (OwnershipIndex i : indexes) {
                if (next.size() < INDEXES) {
                    next.add(i);
                }
            }
            indexes = List.copyOf(next);
            return built;
        }
    }

    public List<OwnershipLink> links() {
        return links;
    }

    public int size() {
        return links.size();
    }

    /** The direct owners of {@code name} on {@code date}. */
    public List<OwnershipLink> ownersOf(String name, LocalDate date) {
        return inForce(byOwned.get(key(name)), date);
    }

    /** What {@code name} directly holds on {@code date}. */
    public List<OwnershipLink> holdingsOf(String name, LocalDate date) {
        return inForce(byOwner.get(key(name)), date);
    }

    private static List<OwnershipLink> inForce(List<OwnershipLink> ls, LocalDate date) {
        if (ls == null) {
            return List.of();
        }
        List<OwnershipLink> out = new ArrayList<>(ls.size());
        for (OwnershipLink l : ls) {
            if (date == null || l.inForceOn(date)) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The node key of a name: compatibility-folded, upper case, punctuation dropped, spaces collapsed
     * ("Huawei Technologies Co., Ltd." and "HUAWEI TECHNOLOGIES CO LTD" are one node). Deliberately
     * simple: fuzzy identity is the screener's job, not the graph's.
     */
    public static String key(String name) {
        if (plainAscii(name)) {
            return name.toUpperCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || cp == '-' || cp == '/' || cp == '&') {
                space = true;
            }
        }
        return b.toString();
    }

    /**
     * Letters and digits of ASCII with single spaces between words: the key is the name in capitals,
     * without the Unicode normalisation (most names; the covered set keys tens of millions of them).
     */
    private static boolean plainAscii(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (c != ' ' || name.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
