package dev.licit.store.license;

import dev.licit.store.common.Sentence;
import java.util.List;

/**
 * The outcome of looking for a license: the one that covers the need, or why none does (one line
 * per license for that destination, so "expired on ..." or "10 units left, 20 needed" is visible).
 *
 * @param refusals why each license does not cover the need, in English
 * @param refused the same, one sentence each as a code with its values ({@code license.refused.*} in
 *     data/i18n/rules.LANG.yaml), for the reader's language
 */
public record LicenseCheck(License covering, List<String> refusals, List<Sentence> refused) {
    public LicenseCheck {
        refusals = List.copyOf(refusals);
        refused = List.copyOf(refused);
    }

    public boolean covered() {
        return covering != null;
    }
}
