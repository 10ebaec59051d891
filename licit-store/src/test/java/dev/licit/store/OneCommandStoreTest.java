package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.common.StoreConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store opened for one command skips H2's compaction on close, and only that: another process (a
 * server) may hold the same file open with its own settings, and the data read back is the same.
 */
class OneCommandStoreTest {
    @TempDir
    Path home;

    @Test
    void onlyTheEmbeddedFileSkipsCompactionOnClose() {
        StoreConfig embedded = StoreConfig.embedded(home);
        assertThat(embedded.jdbcUrl()).doesNotContain("MAX_COMPACT_TIME");
        assertThat(embedded.forOneCommand().jdbcUrl()).isEqualTo(embedded.jdbcUrl() + ";MAX_COMPACT_TIME=0");
        assertThat(embedded.forOneCommand().forOneCommand()).isEqualTo(embedded.forOneCommand());
        StoreConfig postgres = StoreConfig.url("jdbc:postgresql://localhost:5432/licit", "u", "p");
        assertThat(postgres.forOneCommand()).isSameAs(postgres);
        StoreConfig memory = StoreConfig.url("jdbc:h2:mem:x", "sa", "");
        assertThat(memory.forOneCommand()).isSameAs(memory);
    }

    @Test
    void aCommandBesideAnOpenStoreReadsAndWritesTheSameData() {
        StoreConfig config = StoreConfig.embedded(home);
        try (LicitStore server = LicitStore.open(config)) {
            server.audit()
                    .screened(
                            dev.licit.store.common.Actor.of("cli:one"),
                            "Huawei Technologies",
                            "CN",
                            "snap-1",
                            java.util.List.of());
            try (LicitStore command = LicitStore.open(config.forOneCommand())) {
                command.audit()
                        .screened(
                                dev.licit.store.common.Actor.of("cli:two"),
                                "SMIC",
                                "CN",
                                "snap-1",
                                java.util.List.of());
                assertThat(command.audit().verify().ok()).isTrue();
            }
            assertThat(server.audit().verify().ok()).isTrue();
        }
        try (LicitStore again = LicitStore.open(config.forOneCommand())) {
            dev.licit.store.audit.ChainCheck check = again.audit().verify();
            assertThat(check.ok()).as(String.valueOf(check.problem())).isTrue();
            assertThat(check.rows()).isGreaterThanOrEqualTo(2);
        }
    }
}
