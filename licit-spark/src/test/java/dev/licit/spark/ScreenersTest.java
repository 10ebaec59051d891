package dev.licit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.Screener;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An executor's screener is the one of the entries its job sent, not of another snapshot with the same id. */
class ScreenersTest {

    private static byte[] snapshot(String id, String name) {
        ListEntry e =
                new ListEntry("EL", "1", "Entity", List.of(name), List.of(), List.of(), "", "", "", "", "", "", "");
        return Screeners.encode(
                new ListSnapshot(new SnapshotInfo(id, "", List.of(), Instant.EPOCH, Map.of(), false), List.of(e)));
    }

    @Test
    void twoSnapshotsOfOneIdWithOtherEntriesGetTheirOwnScreener() {
        byte[] huawei = snapshot("curated-2026-11-29", "Huawei Technologies Co Ltd");
        byte[] smic = snapshot("curated-2026-11-29", "Semiconductor Manufacturing International Corporation");
        String huaweiKey = Screeners.key("curated-2026-11-29", huawei);
        String smicKey = Screeners.key("curated-2026-11-29", smic);
        assertThat(huaweiKey).isNotEqualTo(smicKey).startsWith("curated-2026-11-29@");

        Screener first = Screeners.get(huaweiKey, huawei);
        assertThat(first.screen("Huawei Technologies", null)).isNotEmpty();
        assertThat(Screeners.get(huaweiKey, huawei)).isSameAs(first);

        Screener second = Screeners.get(smicKey, smic);
        assertThat(second).isNotSameAs(first);
        assertThat(second.screen("Huawei Technologies", null)).isEmpty();
        assertThat(second.screen("Semiconductor Manufacturing International", null))
                .isNotEmpty();
        // the same bytes give the same key: every task of a job finds the screener built by the first
        assertThat(Screeners.key("curated-2026-11-29", smic.clone())).isEqualTo(smicKey);
    }

    @Test
    void aSnapshotThatCannotBeReadLeavesNoScreenerKeptUnderAnyKey() {
        byte[] good = snapshot("snap-1", "Huawei Technologies Co Ltd");
        String goodKey = Screeners.key("snap-1", good);
        Screener first = Screeners.get(goodKey, good);
        byte[] damaged = "[{".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String damagedKey = Screeners.key("snap-2", damaged);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Screeners.get(damagedKey, damaged))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("snap-2");
        // asked again, the first snapshot's screener is built again, never a half-replaced one (null)
        Screener again = Screeners.get(goodKey, good);
        assertThat(again).isNotNull().isNotSameAs(first);
        assertThat(again.screen("Huawei Technologies", null)).isNotEmpty();
    }
}
