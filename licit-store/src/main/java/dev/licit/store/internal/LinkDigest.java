package dev.licit.store.internal;

import dev.licit.core.ownership.OwnershipLink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a snapshot's ownership links in order: what the import's audit event records and
 * verification recomputes from the table, so an edited, added or deleted link shows.
 */
public final class LinkDigest {
    private final MessageDigest md;

    public LinkDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void add(OwnershipLink l) {
        String row = String.join(
                        "\u001f",
                        l.owner(),
                        n(l.ownerCountry()),
                        l.owned(),
                        n(l.ownedCountry()),
                        l.percent() == null ? "" : Double.toString(l.percent()),
                        l.startDate() == null ? "" : l.startDate().toString(),
                        l.endDate() == null ? "" : l.endDate().toString(),
                        l.source())
                + "\n";
        md.update(row.getBytes(StandardCharsets.UTF_8));
    }

    public String hex() {
        return HexFormat.of().formatHex(md.digest());
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
