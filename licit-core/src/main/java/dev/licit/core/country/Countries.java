package dev.licit.core.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The country directory: ISO codes, names and dated group memberships. */
public final class Countries {
    private static final Set<String> ISO_CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private final Map<String, Country> byCode;
    private final Map<String, String> sources;

    public Countries(Collection<Country> countries, Map<String, String> sources) {
        Map<String, Country> m = new TreeMap<>();
        countries.forEach(c -> m.put(c.code(), c));
        this.byCode = Map.copyOf(m);
        this.sources = Map.copyOf(sources);
    }

    /** True for an ISO 3166-1 alpha-2 code (upper case). */
    public boolean isKnownCode(String code) {
        return code != null && (ISO_CODES.contains(code) || byCode.containsKey(code));
    }

    public Optional<Country> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public String nameOf(String code) {
        Country c = byCode.get(code);
        if (c != null && c.name() != null) {
            return c.name();
        }
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** The code whose rules apply: Hong Kong reads as China. */
    public String effectiveCode(String code) {
        Country c = byCode.get(code);
        return c != null && c.treatedAs() != null ? c.treatedAs() : code;
    }

    /** Groups the (effective) country belongs to on the date, sorted. */
    public List<String> groupsOn(String code, LocalDate date) {
        Country c = byCode.get(effectiveCode(code));
        if (c == null) {
            return List.of();
        }
        Set<String> groups = new TreeSet<>();
        for (Membership m : c.memberships()) {
            if (m.inForceOn(date)) {
                groups.add(m.group());
            }
        }
        return List.copyOf(groups);
    }

    public Collection<Country> all() {
        return byCode.values();
    }

    public Map<String, String> sources() {
        return sources;
    }

    /** Every date on which some membership starts or ends (the day after its last day). */
    public List<LocalDate> boundaries() {
        List<LocalDate> out = new ArrayList<>();
        for (Country c : byCode.values()) {
            for (Membership m : c.memberships()) {
                if (m.from() != null) {
                    out.add(m.from());
                }
                if (m.to() != null) {
                    out.add(m.to().plusDays(1));
                }
            }
        }
        return out;
    }
}
