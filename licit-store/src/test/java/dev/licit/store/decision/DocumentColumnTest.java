package dev.licit.store.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.LicitStore;
import dev.licit.store.StoreTestBase;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.internal.Hashes;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The document column (migration V8): H2 keeps the UTF-8 bytes the document's SHA-256 is over,
 * PostgreSQL keeps text; both give back the same text, and a store written before V8 keeps every
 * document's text through it.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class DocumentColumnTest extends StoreTestBase {
    private static final String NAME = "华为技术有限公司 Société Générale «Ёлка»";

    private String order(String id) {
        return Fixtures.order(id, "2024-06-01", "VN", NAME, "VN", "nvidia-h100-sxm5-80gb", 8, 25000.0);
    }

    @Test
    void theColumnHoldsTheHashedBytesOnH2AndTextOnPostgresql() throws Exception {
        StoredDecision d = Fixtures.record(store, order("SO-1"));
        assertThat(d.document()).contains(NAME);
        StoreConfig c = store.config();
        try (var conn = DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                var s = conn.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT document, document_sha256 FROM decision WHERE id = '" + d.id() + "'")) {
            assertThat(rs.next()).isTrue();
            int type = rs.getMetaData().getColumnType(1);
            if (c.isH2()) {
                assertThat(type).isEqualTo(Types.VARBINARY);
                byte[] stored = rs.getBytes(1);
                assertThat(stored).isEqualTo(d.document().getBytes(StandardCharsets.UTF_8));
                assertThat(Hashes.sha256(stored)).isEqualTo(rs.getString(2));
            } else {
                assertThat(type).isIn(Types.VARCHAR, Types.LONGVARCHAR);
            }
            // SQL users and every reader see the JSON text either way
            assertThat(rs.getString(1)).isEqualTo(d.document());
        }
        assertThat(store.decisions().get(d.id()).document()).isEqualTo(d.document());
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void documentsStoredBeforeTheMigrationKeepTheirText() throws Exception {
        StoredDecision d = Fixtures.record(store, order("SO-2"));
        StoreConfig c = store.config();
        store.close();
        store = null;
        if (c.isH2()) {
            // the store as the version before V8 left it: a text column, V8 not in the history
            try (var conn = DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                    var s = conn.createStatement()) {
                s.execute("ALTER TABLE decision ALTER COLUMN document SET DATA TYPE CHARACTER VARYING");
                s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'");
                try (ResultSet rs = s.executeQuery("SELECT document FROM decision")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.VARCHAR);
                    assertThat(rs.getString(1)).isEqualTo(d.document());
                }
            }
        }
        store = LicitStore.open(c);
        assertThat(store.decisions().get(d.id()).document()).isEqualTo(d.document());
        StoredDecision next = Fixtures.record(store, order("SO-3"));
        assertThat(store.decisions().get(next.id()).document()).contains(NAME);
        assertThat(store.audit().verify().ok()).isTrue();
    }
}
