package dev.licit.screening;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A screener that remembers what its snapshot says of each name it screened lately. Orders name the
 * same parties again and again, and most of a screen depends on the name alone ({@link
 * Screener#byName}); a name met again costs a map lookup and the weighing of the party's country.
 * The matches are exactly those of {@link Screener#screen(String, String)}: the snapshot never
 * changes. For callers that screen a stream of parties against one snapshot (the order desk, a dry
 * run); thread-safe, and bounded: past {@link #LIMIT} names the memory starts again.
 */
public final class NameMemory {
    /** The most names remembered at once. */
    public static final int LIMIT = 20_000;

    private final Screener screener;
    private final Map<String, Screener.NameMatches> names = new ConcurrentHashMap<>();

    public NameMemory(Screener screener) {
        this.screener = screener;
    }

    public Screener screener() {
        return screener;
    }

    /** The matches of a party of this name and country (ISO code, or null). */
    public List<ScreeningMatch> screen(String name, String country) {
        if (name == null) {
            return screener.screen(name, country);
        }
        Screener.NameMatches byName = names.get(name);
        if (byName == null) {
            byName = screener.byName(name);
            if (names.size() >= LIMIT) {
                names.clear();
            }
            names.put(name, byName);
        }
        return screener.screen(byName, country, null);
    }

    /** How many names are remembered now (at most {@link #LIMIT}). */
    public int size() {
        return names.size();
    }
}
