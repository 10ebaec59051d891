package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.store.common.ConflictException;
import dev.licit.store.keys.ApiKey;
import dev.licit.store.keys.IssuedKey;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.testing.Backend;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** API keys: shown once, stored only as a hash, verified to a role, revoked, audited. */
@ParameterizedClass
@EnumSource(Backend.class)
class KeyServiceTest extends StoreTestBase {

    @Test
    void aKeyVerifiesToItsRoleUntilRevokedAndOnlyItsHashIsStored() throws Exception {
        IssuedKey issued = store.keys().create("review desk", KeyRole.REVIEWER, ALICE);
        String secret = issued.secret();
        assertThat(secret).startsWith("lk_" + issued.key().id() + "_");
        assertThat(store.keys().roleOf(secret)).contains(KeyRole.REVIEWER);
        char last = secret.charAt(secret.length() - 1);
        String altered = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A'); // always a different key
        assertThat(store.keys().roleOf(altered)).isEmpty();
        assertThat(store.keys().roleOf("lk_000000000000_" + "A".repeat(43))).isEmpty();
        assertThat(store.keys().roleOf(null)).isEmpty();
        assertThat(issued.toString()).doesNotContain(secret);

        var c = store.config();
        try (var conn = DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                var s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM api_key")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    assertThat(String.valueOf(rs.getString(i))).doesNotContain(secret.substring(16));
                }
            }
        }
        assertThat(store.audit().entries(1, 10)).noneMatch(e -> e.payload().contains(secret.substring(16)));

        ApiKey revoked = store.keys().revoke(issued.key().id(), BOB);
        assertThat(revoked.revokedBy()).isEqualTo("bob");
        assertThat(store.keys().verify(secret)).isEmpty();
        assertThatThrownBy(() -> store.keys().revoke(issued.key().id(), BOB)).isInstanceOf(ConflictException.class);
        assertThat(store.audit().about("key:" + issued.key().id()))
                .extracting(e -> e.kind() + " " + e.actor())
                .containsExactly("key.created alice", "key.revoked bob");
        assertThat(store.keys().list())
                .singleElement()
                .satisfies(k -> assertThat(k.active()).isFalse());
        assertThat(KeyRole.ADMIN.includes(KeyRole.REVIEWER)).isTrue();
        assertThat(KeyRole.REQUESTER.includes(KeyRole.REVIEWER)).isFalse();
    }
}
