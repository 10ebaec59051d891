package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.store.audit.ChainCheck;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.keys.ApiKey;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.keys.KeyScope;
import dev.licit.store.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A key's scope (own or team) is set when it is made and cannot be widened around the store. */
@ParameterizedClass
@EnumSource(Backend.class)
class KeyScopeTest extends StoreTestBase {
    @Test
    void aKeyIsOwnUnlessMadeTeamAndAScopeWidenedInTheDatabaseFailsVerify() throws Exception {
        ApiKey own = store.keys().create("req", KeyRole.REQUESTER, ALICE).key();
        ApiKey team = store.keys()
                .create("team", KeyRole.REQUESTER, KeyScope.TEAM, ALICE)
                .key();
        assertThat(own.scope()).isEqualTo(KeyScope.OWN);
        assertThat(team.scope()).isEqualTo(KeyScope.TEAM);
        assertThat(store.audit().verify().ok()).isTrue();
        assertThatThrownBy(() -> KeyScope.parse("everyone"))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("own or team");

        sql("UPDATE api_key SET scope = 'TEAM' WHERE id = '" + own.id() + "'");
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).isFalse();
        assertThat(check.problem()).contains("scope TEAM").contains("the key was edited");
    }
}
