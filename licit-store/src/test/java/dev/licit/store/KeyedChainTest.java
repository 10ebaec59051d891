package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.audit.ChainCheck;
import dev.licit.store.common.AuditKey;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.common.StoreException;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The keyed chain: whoever can write the database but does not hold the audit key cannot rewrite
 * a decision and hash the chain again; chains written before keys keep verifying; keys, licenses
 * and cases must have the events that made them.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class KeyedChainTest extends StoreTestBase {

    @Test
    void aDecisionRewrittenHoldToNlrWithTheWholeChainHashedAgainFailsVerify() throws Exception {
        StoredDecision hold = Fixtures.record(
                store,
                Fixtures.order(
                        "SO-H", "2024-06-01", "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0));
        assertThat(hold.verdict().toString()).isEqualTo("HOLD");
        Fixtures.record(
                store,
                Fixtures.order("SO-N", "2024-06-01", "DE", "Siemens AG", "DE", "nvidia-h100-sxm5-80gb", 1, null));
        assertThat(store.audit().verify().ok()).isTrue();

        // the attack of issue 13: the document says NLR, its event carries the new SHA-256, every row is hashed again
        String document = storedDocument(hold.id()).replace("\"HOLD\"", "\"NLR\"");
        sql("UPDATE decision SET verdict = 'NLR', document = '" + document.replace("'", "''") + "', document_sha256 = '"
                + sha256(document) + "' WHERE id = '" + hold.id() + "'");
        rehashChain(hold.id(), sha256(document));

        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).isFalse();
        assertThat(check.firstBadSeq()).isEqualTo(1L);
        assertThat(check.problem()).contains("without the key");
    }

    @Test
    void aChainWrittenBeforeKeysKeepsVerifyingAndIsKeyedFromTheNextOpenOn() throws Exception {
        StoreConfig keyed = store.config();
        store.close();
        store = LicitStore.open(keyed.withAuditKey(null).withClock(clock));
        Fixtures.record(store, Fixtures.h100ToVietnam("SO-OLD", 8));
        store.close();

        store = LicitStore.open(keyed.withClock(clock));
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).as(check.problem()).isTrue();
        assertThat(store.audit().entries(0, 100))
                .extracting(e -> e.kind() + "/" + e.hashScheme())
                .containsExactly("decision/0", "case.opened/0", "audit.keyed/1");
        store.keys().create("ci", KeyRole.REQUESTER, ALICE);
        assertThat(store.audit().verify().ok()).isTrue();

        // a process without the key may not append to a keyed chain
        store.close();
        store = LicitStore.open(keyed.withAuditKey(null).withClock(clock));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.keys().create("x", KeyRole.REQUESTER, ALICE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(AuditKey.ENV);
        assertThat(store.audit().verify().problem()).contains("does not have");
    }

    @Test
    void anApiKeyInsertedAroundTheStoreOrARoleRaisedFailsVerify() throws Exception {
        var created = store.keys().create("ci", KeyRole.REQUESTER, ALICE);
        assertThat(store.audit().verify().ok()).isTrue();
        sql("UPDATE api_key SET role = 'ADMIN'");
        assertThat(store.audit().verify().problem()).contains("role ADMIN").contains("edited");
        sql("UPDATE api_key SET role = 'REQUESTER'");
        sql("INSERT INTO api_key (id, name, role, key_hash, created_by, created_at) VALUES ('0123456789ab', 'mallory',"
                + " 'ADMIN', '" + sha256("lk_0123456789ab_x") + "', 'mallory', '2024-06-01T09:00:00.000Z')");
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).isFalse();
        assertThat(check.problem()).contains("0123456789ab").contains("no key.created");
        assertThat(created.key().id()).isNotEqualTo("0123456789ab");
    }

    @Test
    void aCaseWithoutTheEventThatOpenedItFailsVerify() throws Exception {
        // without a key, so that the chain hashed again is a valid chain: only the missing event can show
        StoreConfig keyed = store.config();
        store.close();
        store = LicitStore.open(keyed.withAuditKey(null).withClock(clock));
        Fixtures.record(store, Fixtures.h100ToVietnam("SO-1", 8)); // LICENSE_REQUIRED: a case
        assertThat(store.audit().verify().ok()).isTrue();
        sql("DELETE FROM audit_log WHERE kind = 'case.opened'");
        rehashChain(null, null);
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).isFalse();
        assertThat(check.problem()).contains("no case.opened event");
    }

    @Test
    void onPostgresqlTheApplicationCannotUpdateOrDeleteAuditRows() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == Backend.POSTGRES);
        Fixtures.record(store, Fixtures.h100ToVietnam("SO-1", 8));
        StoreConfig c = store.config();
        // the trigger refuses even the owner, even a superuser who has every grant
        try (Connection conn = DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                Statement s = conn.createStatement()) {
            for (String tamper : List.of(
                    "UPDATE audit_log SET actor = 'mallory' WHERE seq = 1",
                    "DELETE FROM audit_log",
                    "TRUNCATE audit_log")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(tamper))
                        .hasMessageContaining("insert-only");
            }
        }
        assertThat(store.audit().verify().ok()).isTrue();

        // a store whose migrations ran as an ordinary role, the owner of its database: UPDATE and DELETE revoked
        String role = "licit_app_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        String base = c.jdbcUrl().substring(0, c.jdbcUrl().lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'app'");
            s.execute("CREATE DATABASE " + role + " OWNER " + role);
        }
        StoreConfig app = StoreConfig.url(base + role, role, "app").withAuditKey(c.auditKey());
        try (LicitStore appStore = LicitStore.open(app)) {
            Fixtures.record(appStore, Fixtures.h100ToVietnam("SO-2", 8));
            try (Connection conn = DriverManager.getConnection(app.jdbcUrl(), role, "app");
                    Statement s = conn.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT has_table_privilege('audit_log', 'UPDATE'),"
                        + " has_table_privilege('audit_log', 'DELETE'), has_table_privilege('audit_log', 'INSERT')")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isFalse();
                    assertThat(rs.getBoolean(2)).isFalse();
                    assertThat(rs.getBoolean(3)).isTrue();
                }
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DELETE FROM audit_log"))
                        .hasMessageContaining("permission denied");
            }
            assertThat(appStore.audit().verify().ok()).isTrue();
        }
        assertThat(store.audit().verify().ok()).isTrue();
    }

    private String storedDocument(String id) {
        return store.decisions().get(id).document();
    }

    /**
     * Hashes every row again with plain SHA-256, the way anyone without the key can, renumbering
     * from 1, with a new documentSha256 for {@code decisionId}; then moves the head.
     */
    private void rehashChain(String decisionId, String documentSha) throws Exception {
        StoreConfig c = store.config();
        try (Connection conn = DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password())) {
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                if (!c.isH2()) {
                    s.execute("SET session_replication_role = replica");
                }
                List<String[]> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(
                        "SELECT recorded_at, actor, kind, subject, payload FROM audit_log ORDER BY seq")) {
                    while (rs.next()) {
                        rows.add(new String[] {
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                        });
                    }
                }
                s.execute("DELETE FROM audit_log");
                String prev = "0".repeat(64);
                long seq = 0;
                try (PreparedStatement ins = conn.prepareStatement(
                        "INSERT INTO audit_log (seq, recorded_at, actor, kind,"
                                + " subject, payload, prev_hash, hash, hash_scheme) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                    for (String[] r : rows) {
                        String payload = r[3].equals(decisionId) && r[2].equals("decision")
                                ? r[4].replaceAll(
                                        "\"documentSha256\":\"[0-9a-f]{64}\"",
                                        "\"documentSha256\":\"" + documentSha + "\"")
                                : r[4];
                        seq++;
                        String hash = sha256(prev + "\n" + seq + "\n" + r[0] + "\n" + r[1] + "\n" + r[2] + "\n" + r[3]
                                + "\n" + payload);
                        ins.setLong(1, seq);
                        ins.setString(2, r[0]);
                        ins.setString(3, r[1]);
                        ins.setString(4, r[2]);
                        ins.setString(5, r[3]);
                        ins.setString(6, payload);
                        ins.setString(7, prev);
                        ins.setString(8, hash);
                        ins.executeUpdate();
                        prev = hash;
                    }
                }
                s.execute(
                        "UPDATE audit_head SET seq = " + seq + ", hash = '" + prev + "', hash_scheme = 0 WHERE id = 1");
            }
            conn.commit();
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
