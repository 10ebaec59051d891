package dev.licit.store.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Inserts the rows of a group of prepared decisions: the decision, its parties and its list hits,
 * one JDBC batch per table. The document goes to H2 as its UTF-8 bytes (migration V8) and to
 * PostgreSQL as text.
 *
 * <p>Plain JDBC rather than Jdbi's named binding: the group commit's thread inserts about 30 values
 * per decision, and Jdbi looked up an argument factory for each by its type and name, 4 % of all the
 * CPU samples of a 20,000-order {@code licit check} (docs/PERFORMANCE.md). The statements have no
 * other user and their columns are fixed, so positions are as clear as names here.
 */
final class DecisionRows {
    private static final String DECISION = "INSERT INTO decision (id, order_id, verdict, as_of, decided_at, actor,"
            + " destination, rulebook_sha256, rulebook_version, list_snapshot, licensed_eccns, licensed_quantity,"
            + " licensed_value_usd, order_json, document, document_sha256, dry_run, content_sha256,"
            + " actor_verified, os_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PARTY = "INSERT INTO decision_party (decision_id, idx, role, name, country,"
            + " party_key) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String HIT = "INSERT INTO decision_hit (decision_id, party_idx, list_code, entry_id,"
            + " entry_version, listed_name, score, band, cleared) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private DecisionRows() {}

    static void insert(Connection c, List<PreparedDecision> batch, boolean h2) throws SQLException {
        boolean anyParty = false;
        boolean anyHit = false;
        try (PreparedStatement decisions = c.prepareStatement(DECISION)) {
            for (PreparedDecision d : batch) {
                int i = 0;
                decisions.setString(++i, d.id());
                decisions.setString(++i, d.orderId());
                decisions.setString(++i, d.verdict());
                decisions.setObject(++i, d.asOf());
                decisions.setString(++i, d.decidedAt());
                decisions.setString(++i, d.actor().name());
                decisions.setString(++i, d.destination());
                decisions.setString(++i, d.rulebookSha256());
                decisions.setObject(++i, d.rulebookVersion());
                decisions.setString(++i, d.listSnapshot());
                boolean licensed = d.lines().any();
                decisions.setString(++i, licensed ? String.join(",", d.lines().eccns()) : null);
                if (licensed) {
                    decisions.setLong(++i, d.lines().quantity());
                } else {
                    decisions.setNull(++i, Types.BIGINT);
                }
                decisions.setBigDecimal(++i, licensed ? d.lines().valueUsd() : null);
                decisions.setString(++i, d.orderJson());
                if (h2) {
                    // the embedded store keeps the bytes (migration V8): H2 copies them whole
                    decisions.setBytes(++i, d.document().utf8());
                } else {
                    decisions.setString(++i, d.document().text());
                }
                decisions.setString(++i, d.documentSha256());
                decisions.setBoolean(++i, d.dryRun());
                decisions.setString(++i, d.contentSha256());
                decisions.setBoolean(++i, d.actor().verified());
                decisions.setString(++i, d.actor().osUser());
                decisions.addBatch();
                anyParty |= !d.parties().isEmpty();
                anyHit |= !d.hits().isEmpty();
            }
            decisions.executeBatch();
        }
        if (anyParty) {
            try (PreparedStatement parties = c.prepareStatement(PARTY)) {
                for (PreparedDecision d : batch) {
                    for (PreparedDecision.PartyRow p : d.parties()) {
                        parties.setString(1, d.id());
                        parties.setInt(2, p.idx());
                        parties.setString(3, p.role());
                        parties.setString(4, p.name());
                        parties.setString(5, p.country());
                        parties.setString(6, p.partyKey());
                        parties.addBatch();
                    }
                }
                parties.executeBatch();
            }
        }
        if (anyHit) {
            try (PreparedStatement hits = c.prepareStatement(HIT)) {
                for (PreparedDecision d : batch) {
                    for (PreparedDecision.HitRow r : d.hits()) {
                        hits.setString(1, d.id());
                        hits.setInt(2, r.partyIdx());
                        hits.setString(3, r.list());
                        hits.setString(4, r.entryId());
                        hits.setString(5, r.entryVersion());
                        hits.setString(6, r.listedName());
                        hits.setDouble(7, r.score());
                        hits.setString(8, r.band());
                        hits.setBoolean(9, r.cleared());
                        hits.addBatch();
                    }
                }
                hits.executeBatch();
            }
        }
    }
}
