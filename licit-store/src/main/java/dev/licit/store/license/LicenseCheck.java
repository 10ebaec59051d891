package dev.licit.store.license;

import java.util.List;

/**
 * The outcome of looking for a license: the one that covers the need, or why none does (one line
 * per license for that destination, so "expired on ..." or "10 units left, 20 needed" is visible).
 */
public record LicenseCheck(License covering, List<String> refusals) {
    public LicenseCheck {
        refusals = List.copyOf(refusals);
    }

    public boolean covered() {
        return covering != null;
    }
}
