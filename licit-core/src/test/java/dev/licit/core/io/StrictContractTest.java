package dev.licit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.HbmSpec;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.decide.EndUse;
import dev.licit.core.decide.EndUserType;
import dev.licit.core.decide.ExporterType;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Owner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of orders and items: the December 2026 fields are read, a field the contract does not define is refused. */
class StrictContractTest {
    static final OrderReader ORDERS = OrderReaderTest.READER;
    static final ItemReader ITEMS = new ItemReader(CatalogReader.loadDefault());
    static final String ITEM = "{\"catalogId\":\"nvidia-h200-sxm-141gb\"}";

    private static String order(String extra) {
        return "{\"date\":\"2026-02-01\",\"destination\":\"MY\",\n\"items\":[" + ITEM + "]"
                + (extra.isEmpty() ? "" : ",\n" + extra) + "}";
    }

    @Test
    void theDecember2026FieldsAreRead() {
        Order o = ORDERS.read("o.json", """
                {"date": "2026-02-01", "destination": "UA", "destinationRegion": "ua-43",
                 "exporter": {"name": "Example Systems Inc.", "country": "US", "type": "distributor"},
                 "endUse": ["AI_TRAINING", "civil"], "endUserType": "CIVIL",
                 "parties": [{"role": "END_USER", "name": "Penang Edge Compute Sdn Bhd", "country": "MY",
                   "owners": [{"name": "Lianhe Holdings Ltd.", "country": "HK", "percent": 70,
                               "owners": [{"name": "Huawei Technologies Co., Ltd.", "country": "CN", "percent": 51}]},
                              {"name": "Someone Else", "country": "MY", "percent": null}]}],
                 "items": [{"catalogId": "nvidia-h200-sxm-141gb"}]}""", true);
        assertThat(o.destinationRegion()).isEqualTo("UA-43");
        assertThat(o.exporter().type()).isEqualTo(ExporterType.DISTRIBUTOR);
        assertThat(o.exporter().country()).isEqualTo("US");
        assertThat(o.endUses()).containsExactly(EndUse.AI_TRAINING, EndUse.CIVIL);
        assertThat(o.endUserType()).isEqualTo(EndUserType.CIVIL);
        List<Owner> owners = o.parties().getFirst().owners();
        assertThat(owners).hasSize(2);
        assertThat(owners.getFirst().percent()).isEqualTo(70.0);
        assertThat(owners.getFirst().owners().getFirst().name()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(owners.get(1).percent()).as("unknown, never zero").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            top level, misspelt       | "destinaton": "CN"                                                  | o.json:3: destinaton: unknown field (did you mean 'destination'?)
            top level, unknown        | "bogusField": 1                                                     | o.json:3: bogusField: unknown field; the fields here are id, date
            party, singular owner     | "parties": [{"role": "END_USER", "name": "A", "owner": []}]          | o.json:3: parties[0].owner: unknown field (did you mean 'owners'?)
            owner                     | "parties": [{"role": "END_USER", "name": "A", "owners": [{"name": "B", "share": 5}]}] | o.json:3: parties[0].owners[0].share: unknown field
            posture                   | "posture": {"aiDiffusion": "enforced", "aiDifusion": 1}              | o.json:3: posture.aiDifusion: unknown field (did you mean 'aiDiffusion'?)
            exporter                  | "exporter": {"name": "X", "kind": "FOUNDRY"}                         | o.json:3: exporter.kind: unknown field
            exporter type             | "exporter": {"type": "FOUNDARY"}                                     | o.json:3: exporter.type: unknown exporter type "FOUNDARY" (did you mean FOUNDRY?)
            end use                   | "endUse": ["MILITARY_USE"]                                           | o.json:3: endUse[0]: unknown end use "MILITARY_USE"
            end use not a list        | "endUse": "CIVIL"                                                    | o.json:3: endUse: must be a list of strings
            end-user type             | "endUserType": "ARMY"                                                | o.json:3: endUserType: unknown end-user type "ARMY"
            region format             | "destinationRegion": "Crimea"                                        | o.json:3: destinationRegion: "Crimea" is not an ISO 3166-2 subdivision code
            region of another country | "destinationRegion": "UA-43"                                         | o.json:3: destinationRegion: "UA-43" is not a subdivision of the destination MY
            share over 100            | "parties": [{"role": "END_USER", "name": "A", "owners": [{"name": "B", "percent": 101}]}] | o.json:3: parties[0].owners[0].percent: must be a share from 0 to 100
            shares over 100 together  | "parties": [{"role": "END_USER", "name": "A", "owners": [{"name": "B", "percent": 60}, {"name": "C", "percent": 50}]}] | o.json:3: parties[0].owners: the owners' shares add up to 110.0 %, more than 100
            owner without a name      | "parties": [{"role": "END_USER", "name": "A", "owners": [{"percent": 10}]}] | o.json:3: parties[0].owners[0].name: is required
            date given twice          | "id": "x", "date": "+999999999-12-31"                                | o.json:3: not valid JSON: Duplicate field 'date'
            lone surrogate            | "id": "\\ud800x"                                                      | o.json:3: id: holds half a character (a lone UTF-16 surrogate) at position 1
            duplicate key             | "destination": "CN"                                                  | o.json:3: not valid JSON: Duplicate field 'destination'
            certification too long    | "certifications": ["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"] | o.json:3: certifications[0]: is 124 characters long; at most 100 are accepted
            """)
    void anOrderFieldTheContractDoesNotDefineIsRefusedWithItsPath(String what, String extra, String message) {
        assertThatThrownBy(() -> ORDERS.read("o.json", order(extra), true))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            item field        | {"catalogId": "nvidia-h200-sxm-141gb", "qty": 2}                            | items[0].qty: unknown field
            chip field        | {"chip": {"model": "X", "dieArea": 800}}                                    | items[0].chip.dieArea: unknown field (did you mean 'dieAreaMm2'?)
            precision         | {"chip": {"model": "X", "dense": {"fp16": 1, "fp9": 2}}}                     | items[0].chip.dense.fp9: unknown precision
            hbm field         | {"hbm": {"memoryBandwidthGBs": 1000, "stacks": 8}}                           | items[0].hbm.stacks: unknown field
            system field      | {"system": {"chips": [{"catalogId": "nvidia-h200-sxm-141gb"}], "vendor": "X"}} | items[0].system.vendor: unknown field
            system chip field | {"system": {"chips": [{"catalogId": "nvidia-h200-sxm-141gb", "qty": 8}]}}  | items[0].system.chips[0].qty: unknown field
            negative count    | {"system": {"chips": [{"catalogId": "nvidia-h200-sxm-141gb", "count": -3}]}} | items[0].system.chips[0].count: must be a whole number from 1
            two kinds         | {"chip": {}, "hbm": {}}                                                      | items[0]: give exactly one of chip, hbm, system or catalogId
            no chip           | {"system": {"chips": [{"count": 2}]}}                                        | items[0].system.chips[0]: give exactly one of chip or catalogId
            """)
    void anItemIsRefusedAlikeInAnOrderAndAlone(String what, String item, String message) {
        String inOrder = "{\"date\":\"2026-02-01\",\"destination\":\"MY\",\"items\":[" + item + "]}";
        assertThatThrownBy(() -> ORDERS.read("o.json", inOrder, true)).hasMessageContaining(": " + message);
        // alone (classify): the same words, the path without the order's items[0]
        String alone = message.replaceFirst("^items\\[0\\]\\.?", "");
        assertThatThrownBy(() -> ITEMS.readSpecs("c.json", "[" + item + "]"))
                .hasMessageContaining("c.json:1: [0]" + (alone.startsWith(":") ? "" : ".") + alone);
    }

    @Test
    void classifyInputsInEveryShape() {
        assertThat(ITEMS.readSpecs("c.json", "{\"model\": \"X\", \"dense\": {\"fp16\": 100}}")
                        .items()
                        .getFirst())
                .isInstanceOf(ChipSpec.class);
        ItemReader.Specs wrapped = ITEMS.readSpecs(
                "c.json",
                "{\"asOf\": \"2024-06-01\", \"chips\": [" + ITEM
                        + ", {\"hbm\": {\"memoryBandwidthGBs\": 1229}}, {\"system\": {\"chips\": [{\"catalogId\": \"nvidia-h200-sxm-141gb\", \"count\": 8}]}}]}");
        assertThat(wrapped.asOf()).isEqualTo("2024-06-01");
        assertThat(wrapped.items()).hasSize(3);
        assertThat(wrapped.items().get(1)).isInstanceOf(HbmSpec.class);
        assertThat(((SystemSpec) wrapped.items().get(2)).chips().getFirst().count())
                .isEqualTo(8);
        assertThatThrownBy(() -> ITEMS.readSpecs("c.json", "{\"asof\": \"2024-06-01\", \"chips\": []}"))
                .hasMessageContaining("asof: unknown field (did you mean 'asOf'?)");
        assertThatThrownBy(() -> ITEMS.readSpecs("c.json", "{\"chips\": []}")).hasMessageContaining("no chips in it");
        assertThatThrownBy(() -> ITEMS.readSpecs("c.json", "[{\"model\": \"X\", \"year\": 2024}]"))
                .hasMessage("c.json:1: [0].year: unknown field; the fields here are vendor, model, datacenter, dense, "
                        + "dieAreaMm2, interconnectGBs, memoryBandwidthGBs");
    }

    @Test
    void limitsAreRefusedWithTheFieldAndTheLimitBeforeAnyDatabaseSeesThem() {
        String longName = "N".repeat(501);
        assertThatThrownBy(() -> ORDERS.read(
                        "o.json",
                        order("\"parties\": [{\"role\": \"END_USER\", \"name\": \"" + longName + "\"}]"),
                        true))
                .hasMessageStartingWith("o.json:3: parties[0].name: is 501 characters long; at most 500 are accepted");
        assertThatThrownBy(() -> ORDERS.read("o.json", order("\"id\": \"" + "i".repeat(201) + "\""), true))
                .hasMessageStartingWith("o.json:3: id: is 201 characters long; at most 200 are accepted");
        assertThatThrownBy(() -> ORDERS.read(
                        "o.json",
                        "{\"date\": \"+999999999-12-31\", \"destination\": \"MY\", \"items\": [" + ITEM + "]}",
                        true))
                .hasMessageContaining("date: is not a plausible export date");
        assertThatThrownBy(() -> ORDERS.read(
                        "o.json",
                        "{\"date\": \"2026-02-01\", \"destination\": \"MY\", \"items\": [{\"system\": "
                                + "{\"chips\": [{\"catalogId\": \"nvidia-h200-sxm-141gb\", \"count\": 4294967297}]}}]}",
                        true))
                .hasMessageContaining(
                        "items[0].system.chips[0].count: must be a whole number from 1 to 1000000, got 4294967297");
        assertThatThrownBy(() -> ORDERS.read(
                        "o.json",
                        "{\"date\": \"2026-02-01\", \"destination\": \"MY\", \"items\": [{\"catalogId\": \"nvidia-h200-sxm-141gb\", "
                                + "\"quantity\": 4294967297}]}",
                        true))
                .hasMessageContaining("items[0].quantity: must be a whole number from 1 to 100000000");
        assertThatThrownBy(() -> ITEMS.readSpecs("c.json", "[{\"model\": \"X\", \"model\": \"Y\"}]"))
                .hasMessageContaining("c.json:1: not valid JSON: Duplicate field 'model'");
    }

    @Test
    void theNearestNameIsOnlyOfferedWhenItIsASlip() {
        List<String> known = OrderReader.ORDER_FIELDS;
        assertThat(JsonShape.nearest("Destination", known)).isEqualTo("destination");
        assertThat(JsonShape.nearest("dest", known)).isEqualTo("destination");
        assertThat(JsonShape.nearest("exportfrom", known)).isEqualTo("exportFrom");
        assertThat(JsonShape.nearest("bogusField", known)).isNull();
        assertThat(JsonShape.nearest("x", known)).isNull();
    }
}
