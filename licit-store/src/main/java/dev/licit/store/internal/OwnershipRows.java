package dev.licit.store.internal;

import dev.licit.core.ownership.OwnershipLink;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How ownership links are read back from the table, shared by the store and by audit verification. */
public final class OwnershipRows {
    /** The links of snapshot {@code :id} in import order. */
    public static final String SELECT = "SELECT owner_name, owner_country, owned_name, owned_country, percent,"
            + " start_date, end_date, source FROM ownership_link WHERE snapshot_id = :id ORDER BY idx";

    private OwnershipRows() {}

    /** One row of {@link #SELECT}. */
    public static OwnershipLink link(ResultSet rs) throws SQLException {
        double pct = rs.getDouble(5);
        Double percent = rs.wasNull() ? null : pct;
        Date start = rs.getDate(6);
        Date end = rs.getDate(7);
        return new OwnershipLink(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                percent,
                start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate(),
                rs.getString(8));
    }
}
