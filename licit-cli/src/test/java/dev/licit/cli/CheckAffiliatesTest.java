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

/**
 * A decision groups the Entity List's affiliate rows ("PARENT. Affiliated Entity: ...") under their
 * parent as {@code licit screen} does (issue 17): {@code affiliateOf} on each affiliate hit and
 * {@code groups} on the party in the JSON, a group heading in the text; every hit stays. Against the
 * built-in curated list, which has two Huawei affiliate rows.
 */
class CheckAffiliatesTest extends TempHome {
    static final ObjectMapper JSON = Json.COMPACT;
    static final String PARENT = "Huawei Technologies Co., Ltd. (Huawei)";

    private Path order(String id, String party) throws Exception {
        Path f = home.resolve(id + ".json");
        Files.writeString(
                f,
                "{\"id\": \"" + id + "\", \"date\": \"2025-06-01\", \"exportFrom\": \"US\", \"destination\": \"CN\","
                        + " \"parties\": [{\"role\": \"END_USER\", \"name\": \"" + party + "\", \"country\": \"CN\"}],"
                        + " \"items\": [{\"sku\": \"H100\", \"quantity\": 8, \"unitValueUsd\": 25000,"
                        + " \"catalogId\": \"nvidia-h100-sxm5-80gb\"}]}");
        return f;
    }

    private static void groupedUnderHuawei(JsonNode party) {
        JsonNode groups = party.get("groups");
        assertThat(groups).as(party.toString()).isNotNull();
        JsonNode huawei = null;
        for (JsonNode g : groups) {
            if (g.get("parent").asText().equals(PARENT)) {
                huawei = g;
            }
        }
        assertThat(huawei).as(groups.toString()).isNotNull();
        assertThat(huawei.get("affiliateEntryIds").size()).isEqualTo(2);
        List<String> ids = new ArrayList<>();
        huawei.get("affiliateEntryIds").forEach(i -> ids.add(i.asText()));
        List<String> affiliateHits = new ArrayList<>();
        List<String> hits = new ArrayList<>();
        for (JsonNode m : party.get("matches")) {
            hits.add(m.get("entryId").asText());
            if (m.has("affiliateOf")) {
                assertThat(m.get("affiliateOf").asText()).isEqualTo(PARENT);
                affiliateHits.add(m.get("entryId").asText());
            }
        }
        assertThat(affiliateHits).as("each affiliate stays a hit of its own").containsExactlyInAnyOrderElementsOf(ids);
        assertThat(hits).contains(huawei.get("parentEntryId").asText());
    }

    @Test
    void theJsonOfAStoredAndADryRunDecisionGroupsAffiliatesUnderTheirParent() throws Exception {
        Path f = order("AFF-1", "Huawei Technologies Co., Ltd.");
        Cli stored = Cli.run("check", f.toString(), "--format", "json");
        assertThat(stored.exit()).as(stored.err()).isZero();
        JsonNode decision = JSON.readTree(stored.out());
        groupedUnderHuawei(decision.at("/parties/0"));
        // read back from the store: the same groups
        Cli shown = Cli.run("decisions", "show", decision.get("decisionId").asText(), "--format", "json");
        assertThat(JSON.readTree(shown.out()).at("/parties/0/groups")).isEqualTo(decision.at("/parties/0/groups"));

        Cli dry = Cli.run("check", f.toString(), "--format", "json", "--no-store");
        assertThat(dry.exit()).as(dry.err()).isZero();
        groupedUnderHuawei(JSON.readTree(dry.out()).at("/parties/0"));
    }

    @Test
    void theTextOfADecisionShowsTheGroupWithEveryHit() throws Exception {
        Cli r = Cli.run("check", order("AFF-2", "Huawei Technologies Co., Ltd.").toString(), "--no-store");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("     == " + PARENT + " and 2 affiliate(s) named with it on the EL:");
        String group = r.out().substring(r.out().indexOf("     == " + PARENT));
        List<String> lines =
                group.lines().skip(1).takeWhile(l -> l.startsWith("       ")).toList();
        assertThat(lines).as(r.out()).hasSize(3);
        assertThat(lines.get(0)).contains("\"" + PARENT + "\"");
        assertThat(lines.subList(1, 3)).allMatch(l -> l.contains(PARENT + ". Affiliated Entity: "));
    }

    @Test
    void aPartyWithoutAffiliateHitsHasNoGroups() throws Exception {
        Cli r = Cli.run(
                "check",
                order("AFF-3", "Semiconductor Manufacturing International Corporation")
                        .toString(),
                "--format",
                "json",
                "--no-store");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode party = JSON.readTree(r.out()).at("/parties/0");
        assertThat(party.get("matches").size()).isPositive();
        assertThat(party.has("groups")).isFalse();
        assertThat(r.out()).doesNotContain("affiliateOf");
    }
}
