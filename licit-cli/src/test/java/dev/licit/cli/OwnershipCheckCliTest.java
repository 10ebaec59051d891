package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.cli.testing.TempHome;
import dev.licit.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code licit check ORDER --format json} on an order whose party is owned by listed parties, end to
 * end: the owners screened against the home's lists (the shipped advanced-computing list; OFAC's SDN
 * file imported), the 50 % rules of the rulebook, the decision recorded in the home's store.
 */
class OwnershipCheckCliTest extends TempHome {
    static final ObjectMapper JSON = Json.COMPACT;
    static final Path SHARED = Path.of(System.getProperty("licit.shared", "../../shared"));

    /** An L20 to a Malaysian company, owned {@code percent} by {@code owner} (no owner when null). */
    Path order(String date, String owner, String ownerCountry, String percent) throws Exception {
        String owners = owner == null
                ? ""
                : ", \"owners\": [{\"name\": \"" + owner + "\", \"country\": \"" + ownerCountry + "\", \"percent\": "
                        + percent
                        + "}, {\"name\": \"Lim Family Holdings Sdn Bhd\", \"country\": \"MY\", \"percent\": 40}]";
        Path f = home.resolve("order-" + date + "-" + (owner == null ? "plain" : "owned") + ".json");
        Files.writeString(f, """
                {"id": "OWN-1", "date": "%s", "exportFrom": "US", "destination": "MY",
                 "parties": [{"role": "END_USER", "name": "Penang Edge Compute Sdn Bhd", "country": "MY",
                              "headquarters": "MY"%s}],
                 "items": [{"sku": "L20", "quantity": 8, "catalogId": "nvidia-l20-pcie-48gb"}]}
                """.formatted(date, owners));
        return f;
    }

    JsonNode check(Path order, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", order.toString(), "--format", "json"));
        args.addAll(List.of(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2025-09-28, , false",
        "2025-09-29, , true",
        "2025-11-09, , true",
        "2025-11-10, , false",
        "2026-11-09, , false",
        "2026-11-10, , true",
        "2026-11-10, affiliates=applies, true",
        "2026-11-10, affiliates=suspended, false",
        "2027-03-01, affiliates=suspended, false"
    })
    void sixtyPercentHuaweiIsNeverNlrWhileTheAffiliatesRuleApplies(String date, String posture, boolean applies)
            throws Exception {
        String[] flags = posture == null ? new String[0] : new String[] {"--posture", posture};
        JsonNode plain = check(order(date, null, null, null), flags);
        JsonNode owned = check(order(date, "Huawei Technologies Co., Ltd.", "CN", "60"), flags);
        if (applies) {
            assertThat(owned.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
            assertThat(owned.get("reviewPolicy").asText()).isEqualTo("PRESUMPTION_OF_DENIAL");
            JsonNode rules = owned.get("parties").get(0).get("ownership").get("rules");
            assertThat(rules.findValuesAsText("standing")).contains("COVERED");
            assertThat(rules.findValuesAsText("text"))
                    .anyMatch(t -> t.startsWith("Penang Edge Compute Sdn Bhd is 60 % owned by listed parties:"
                            + " Huawei Technologies Co., Ltd. 60 % (Entity List"));
        } else {
            // the rule does not apply: the owner changes nothing
            assertThat(owned.get("verdict").asText())
                    .isEqualTo(plain.get("verdict").asText());
        }
        if (posture != null) {
            assertThat(owned.get("posture").get("affiliates").asText()).isEqualTo(posture.substring(11));
        }
        // the owner was screened: its match is in the decision, whatever the date
        JsonNode owners = owned.get("parties").get(0).get("ownership").get("owners");
        assertThat(owners.get(1).get("name").asText()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(owners.get(1).get("listings").findValuesAsText("list")).contains("EL");
    }

    @Test
    void aDryRunSeesTheOwnersToo() throws Exception {
        JsonNode owned = check(order("2025-10-01", "Huawei Technologies Co., Ltd.", "CN", "60"), "--no-store");
        assertThat(owned.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
    }

    @Test
    void anSdnOwnerAtFiftyPercentBlocksOnAnyDate() throws Exception {
        Cli imported = Cli.run(
                "lists", "import", SHARED.resolve("data/lists/ofac-sdn.csv").toString(), "--add", "--no-store");
        assertThat(imported.exit()).as(imported.err()).isZero();
        for (String date : List.of("2024-01-01", "2025-12-01", "2026-11-10")) {
            JsonNode d = check(order(date, "Banco Nacional de Cuba", "CU", "50"), "--posture", "affiliates=suspended");
            assertThat(d.get("verdict").asText()).as(date).isEqualTo("PROHIBITED");
            assertThat(d.get("items").get(0).get("reasons").findValuesAsText("ruleId"))
                    .contains("ofac-50-blocked");
            JsonNode below = check(order(date, "Banco Nacional de Cuba", "CU", "49.99"));
            assertThat(below.get("verdict").asText()).as(date).isNotEqualTo("PROHIBITED");
        }
    }

    @Test
    void anUnknownPostureIsRefused() throws Exception {
        Cli r = Cli.run("check", order("2026-11-10", null, null, null).toString(), "--posture", "affiliates=maybe");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("affiliates=suspended");
    }
}
