package dev.licit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.decide.Order;
import dev.licit.core.decide.Role;
import org.junit.jupiter.api.Test;

class OrderReaderTest {
    static final OrderReader READER = new OrderReader(RulebookLoader.defaultCountries(), CatalogReader.loadDefault());

    @Test
    void readsWhatOrderSystemsSendInOtherCase() {
        Order o = READER.read("o.json", """
                {"date":"2026-02-01T10:00:00Z","exportFrom":"us","destination":"hk",
                 "parties":[{"role":"end_user","name":"Acme","country":"cn"}],
                 "items":[{"catalogId":"nvidia-h200-sxm-141gb"}],"certifications":["us_supply_sufficient"]}""", true);
        assertThat(o.date()).isEqualTo("2026-02-01");
        assertThat(o.exportFrom()).isEqualTo("US");
        assertThat(o.destination()).isEqualTo("HK");
        assertThat(o.parties().getFirst().role()).isEqualTo(Role.END_USER);
        assertThat(o.certifications()).containsExactly("US_SUPPLY_SUFFICIENT");
        assertThat(o.items().getFirst().quantity()).isEqualTo(1);
    }

    @Test
    void refusalsNameTheFieldAndTheLine() {
        assertThatThrownBy(() -> READER.read("o.json", "{\n\"destination\":\"CN\",\n\"items\":[]\n}", false))
                .hasMessage("o.json:3: items: must be a non-empty list");
        assertThatThrownBy(
                        () -> READER.read("o.json", "{\"destination\":\"CN\",\"items\":[{\"catalogId\":\"x\"}]}", true))
                .hasMessageContaining("date: is required");
        assertThatThrownBy(() -> READER.read(
                        "o.json",
                        "{\"date\":\"2024-13-01\",\"destination\":\"CN\",\"items\":[{\"catalogId\":\"x\"}]}",
                        true))
                .hasMessageContaining("not an ISO date");
        assertThatThrownBy(() -> READER.read(
                        "o.json",
                        "{\"date\":\"2024-06-01\",\"destination\":\"CN\",\"items\":[{\"chip\":{},\"hbm\":{}}]}",
                        true))
                .hasMessageContaining("items[0]: give exactly one of chip, hbm, system or catalogId");
        assertThatThrownBy(() -> READER.read(
                        "o.json",
                        "{\"date\":\"2024-06-01\",\"destination\":\"CN\",\"parties\":[{\"role\":\"BUYER\",\"name\":\"x\"}],\"items\":[{\"catalogId\":\"nvidia-h200-sxm-141gb\"}]}",
                        true))
                .hasMessageContaining("parties[0].role: unknown role \"BUYER\"");
        assertThatThrownBy(() -> READER.read(
                        "o.json",
                        "{\"date\":\"2024-06-01\",\"destination\":\"CN\",\"items\":[{\"catalogId\":\"nvidia-h200-sxm-141gb\",\"quantity\":0}]}",
                        true))
                .hasMessageContaining("items[0].quantity");
        assertThatThrownBy(() -> READER.read(
                        "o.json",
                        "{\"date\":\"2024-06-01\",\"destination\":\"CN\",\"posture\":{\"aiDiffusion\":\"maybe\"},\"items\":[{\"catalogId\":\"nvidia-h200-sxm-141gb\"}]}",
                        true))
                .hasMessageContaining("posture.aiDiffusion");
    }

    @Test
    void aLineOfAStreamIsRefusedWithItsLineInTheWordsUsedForFiles() {
        String good =
                "{\"date\":\"2024-06-01\",\"destination\":\"CN\",\"items\":[{\"catalogId\":\"nvidia-h200-sxm-141gb\"}]}";
        assertThat(READER.readLine("-", 7, good, true).destination()).isEqualTo("CN");
        assertThatThrownBy(() -> READER.readLine("-", 7, "{\"destination\":\"CN\",\"items\":[]}", false))
                .hasMessage("-:7: items: must be a non-empty list");
        assertThatThrownBy(() ->
                        READER.readLine("-", 12, "{\"destination\":\"ZZ\",\"items\":[{\"catalogId\":\"x\"}]}", false))
                .hasMessage("-:12: destination: \"ZZ\" is not an ISO 3166-1 alpha-2 country code");
        assertThatThrownBy(() -> READER.readLine("-", 3, "{\"date\": ", true))
                .hasMessageStartingWith("-:3: not valid JSON: ");
        assertThatThrownBy(() -> READER.readLine("-", 4, "null", true))
                .hasMessage("-:4: $: an order must be a JSON object");
        // two orders run together: the second must not be dropped in silence
        assertThatThrownBy(() -> READER.readLine("-", 5, good + " " + good, true))
                .hasMessage(
                        "-:5: not valid JSON: more than one value on the line (JSON Lines hold one order per line)");
        assertThatThrownBy(() -> READER.readLine("-", 6, good + " trailing", true))
                .hasMessageStartingWith("-:6: not valid JSON: Unrecognized token 'trailing'");
    }
}
