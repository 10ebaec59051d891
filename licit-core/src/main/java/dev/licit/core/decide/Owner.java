package dev.licit.core.decide;

import java.util.List;

/**
 * A direct owner of a party, or of another owner ({@code owners}, nested for indirect holdings).
 *
 * @param percent the share held, 0 to 100; null when unknown (never read as zero)
 */
public record Owner(String name, String country, Double percent, List<Owner> owners) {
    public Owner {
        owners = owners == null ? List.of() : List.copyOf(owners);
    }
}
