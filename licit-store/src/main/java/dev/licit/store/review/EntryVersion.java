package dev.licit.store.review;

import dev.licit.screening.list.ListEntry;
import dev.licit.store.internal.Hashes;

/**
 * The version of a list entry: SHA-256 over everything the publisher says about it. A cleared
 * false positive holds for one version only; when the publisher changes the entry (a new alias, a
 * new address, a new license policy) the hash changes and the match comes back for review.
 */
public final class EntryVersion {
    private EntryVersion() {}

    public static String of(ListEntry e) {
        String sep = "\u001f";
        return Hashes.sha256(String.join(
                "\u001e",
                e.list(),
                e.entryId(),
                e.type(),
                String.join(sep, e.names()),
                String.join(sep, e.addresses()),
                String.join(sep, e.countries()),
                e.programs(),
                e.federalRegisterNotice(),
                e.startDate(),
                e.licenseRequirement(),
                e.licensePolicy(),
                e.remarks()));
    }
}
