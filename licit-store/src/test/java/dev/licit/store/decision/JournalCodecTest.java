package dev.licit.store.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.json.Json;
import dev.licit.store.common.Actor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A checkpoint reads only the ids of a journal record: they must be exactly the ids a full decode gives. */
class JournalCodecTest {
    private static PreparedDecision decision(String id, String document) {
        return new PreparedDecision(
                id,
                "SO-" + id,
                "NLR",
                LocalDate.parse("2026-12-01"),
                "2026-12-01T10:00:00Z",
                new Actor("ops"),
                "DE",
                "abc",
                LocalDate.parse("2026-11-10"),
                "curated",
                new LicensedLines(Set.of("3A090.a"), 2, new BigDecimal("100.50")),
                "{\"id\":\"SO-" + id + "\"}",
                DocumentText.of(document),
                "def",
                List.of(new PreparedDecision.PartyRow(0, "END_USER", "A \"quoted\" {name}", "DE", "k")),
                List.of(new PreparedDecision.HitRow(0, "EL", "e1", "v1", "Listed", 0.91, "STRONG", false)),
                null,
                Json.object().put("id", "not-" + id),
                null,
                false,
                "ghi");
    }

    @Test
    void theIdsOfARecordAreTheDecodedIdsInOrder() throws IOException {
        // a document that itself holds "id" fields and JSON-looking text must not be read as an id
        List<PreparedDecision> group = List.of(
                decision("D-1", "{\n  \"decisionId\" : \"X\",\n  \"id\" : \"Y\"\n}"),
                decision("D-2", "[\"id\", {\"id\": 3}]"),
                decision("D-3", ""));
        byte[] record = JournalCodec.encode(Instant.parse("2026-12-01T10:00:00Z"), group);
        List<String> decoded = JournalCodec.decode(record).decisions().stream()
                .map(PreparedDecision::id)
                .toList();
        assertThat(JournalCodec.ids(record))
                .containsExactly("D-1", "D-2", "D-3")
                .isEqualTo(decoded);
    }

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static List<PreparedDecision> group() {
        return List.of(
                decision("D-1", "{\n  \"decisionId\" : \"D-1\",\n  \"name\" : \"华为技术有限公司 \\\"q\\\"\"\n}"),
                decision("D-2", "{}"));
    }

    @Test
    void aRecordDecodesToTheDecisionsEncodedInEitherFormat() throws IOException {
        List<PreparedDecision> group = group();
        byte[] format2 = JournalCodec.encode(AT, group);
        byte[] format1 = JournalCodec.encodeFormat1(AT, group);
        assertThat(format2[0]).isEqualTo(JournalCodec.FORMAT_2);
        assertThat(format1[0]).isEqualTo((byte) '{');
        assertThat(JournalCodec.decode(format2)).isEqualTo(new JournalCodec.Group(AT, group));
        // a journal an older version left behind is replayed
        assertThat(JournalCodec.decode(format1)).isEqualTo(new JournalCodec.Group(AT, group));
        assertThat(JournalCodec.ids(format1)).containsExactly("D-1", "D-2");
    }

    @Test
    void aFormat2RecordCutShortOrWithBytesAfterItsTextsIsRefused() {
        byte[] record = JournalCodec.encode(AT, group());
        assertThatThrownBy(() -> JournalCodec.decode(Arrays.copyOf(record, record.length - 1)))
                .hasMessageContaining("past the end");
        assertThatThrownBy(() -> JournalCodec.decode(Arrays.copyOf(record, record.length + 1)))
                .hasMessageContaining("after its last decision");
        assertThatThrownBy(() -> JournalCodec.decode(Arrays.copyOf(record, 3))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JournalCodec.ids(Arrays.copyOf(record, 20))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JournalCodec.decode(new byte[] {7, 0, 0})).hasMessageContaining("unknown format");
    }

    @Test
    void aRecordOfAnotherFormatOrWithoutIdsIsRefusedLikeADecode() {
        byte[] otherFormat = "{\"v\":2,\"at\":\"2026-12-01T10:00:00Z\",\"decisions\":[{\"id\":\"a\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JournalCodec.ids(otherFormat)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> JournalCodec.decode(otherFormat)).isInstanceOf(IOException.class);
        byte[] noId = "{\"v\":1,\"decisions\":[{\"orderId\":\"a\"}]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JournalCodec.ids(noId)).hasMessageContaining("no id");
        byte[] noDecisions = "{\"v\":1,\"at\":\"2026-12-01T10:00:00Z\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JournalCodec.ids(noDecisions)).hasMessageContaining("no decisions");
        byte[] cut = "{\"v\":1,\"decisions\":[{\"id\":\"a\"".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JournalCodec.ids(cut)).isInstanceOf(IOException.class);
    }
}
