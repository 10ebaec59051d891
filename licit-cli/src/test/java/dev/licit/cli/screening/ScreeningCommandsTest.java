package dev.licit.cli.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.cli.Licit;
import dev.licit.cli.testing.TempHome;
import dev.licit.core.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The screening commands end to end, in a throw-away LICIT_HOME (system property licit.home). */
class ScreeningCommandsTest extends TempHome {
    static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    StringWriter out;
    StringWriter err;

    /** Through {@link Licit}'s command line, as a user runs it: its factory hands the commands the run's clock. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Licit.commandLineFor(args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void screenFindsHuaweiInTheCuratedListAsJson() throws Exception {
        assertThat(run("screen", "华为技术有限公司", "--country", "CN", "--format", "json"))
                .isZero();
        JsonNode doc = Json.PRETTY.readTree(out.toString());
        JsonNode first = doc.get("matches").get(0);
        assertThat(first.get("band").asText()).isEqualTo("MATCH");
        assertThat(first.get("list").asText()).isEqualTo("EL");
        assertThat(first.get("explanation").get("alignment").size()).isPositive();
    }

    @Test
    void screenGroupsTheEntityListsAffiliateRowsUnderTheirParent() throws Exception {
        assertThat(run("lists", "import", LISTS.resolve("csl-full-2022.csv.gz").toString(), "--no-store"))
                .as(err.toString())
                .isZero();
        assertThat(run("screen", "Huawei Technologies Co., Ltd.", "--country", "CN"))
                .isZero();
        assertThat(out.toString()).contains("== Huawei Technologies Co., Ltd. (Huawei) and ");
        assertThat(run("screen", "Huawei Technologies Co., Ltd.", "--country", "CN", "--format", "json"))
                .isZero();
        JsonNode doc = Json.COMPACT.readTree(out.toString());
        JsonNode huawei = null;
        for (JsonNode g : doc.get("groups")) {
            if (g.get("parent").asText().equals("Huawei Technologies Co., Ltd. (Huawei)")) {
                huawei = g;
            }
        }
        assertThat(huawei).as(doc.get("groups").toString()).isNotNull();
        assertThat(huawei.get("parentEntryId").isNull()).isFalse();
        assertThat(huawei.get("affiliateEntryIds").size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void comparePairsKeepsInputOrder() throws Exception {
        Path pairs = home.resolve("pairs.csv");
        Files.writeString(
                pairs,
                "name1,name2,schema\nSiemens AG,Huawei Technologies,Company\n"
                        + "Huawei Tecnologies,\"Huawei Technologies Co., Ltd.\",Company\nTsinghua University,Qinghua University\n");
        assertThat(run("compare", "--pairs", pairs.toString())).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(Json.PRETTY.readTree(lines[1]).get("band").asText()).isEqualTo("MATCH");
        out.getBuffer().setLength(0);
        assertThat(run("compare", "--pairs", pairs.toString(), "--format", "json"))
                .isZero();
        JsonNode arr = Json.PRETTY.readTree(out.toString());
        assertThat(arr.size()).isEqualTo(3);
        assertThat(arr.get(0).get("name1").asText()).isEqualTo("Siemens AG");
        assertThat(arr.get(0).get("band").asText()).isEqualTo("NO_MATCH");
        assertThat(arr.get(1).get("band").asText()).isEqualTo("MATCH");
        assertThat(arr.get(2).get("schema")).isNull();
        for (JsonNode o : arr) {
            assertThat(o.has("score") && o.has("band") && o.has("explanation")).isTrue();
        }
    }

    @Test
    void aScreenToBeRecordedInAStoreNamedWronglyIsExitTwoNamingTheStore() {
        assertThat(run("screen", "Huawei", "--db", "garbage")).isEqualTo(2);
        assertThat(err.toString())
                .contains("licit screen: --db: a JDBC URL starting with jdbc:postgresql: or jdbc:h2: is needed")
                .doesNotContain("internal failure");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badPairsFileIsExitTwoWithFileAndLine() throws Exception {
        Path pairs = home.resolve("bad.csv");
        Files.writeString(pairs, "a,b\nonly-one-field\n");
        assertThat(run("compare", "--pairs", pairs.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad.csv:2");
    }

    @Test
    void importListShowAndRefusal() throws Exception {
        assertThat(run("lists", "import", LISTS.resolve("csl-sample-12.csv").toString()))
                .isZero();
        assertThat(out.toString()).contains("imported snap-");
        assertThat(run("lists", "list")).isZero();
        assertThat(out.toString()).contains("* snap-");
        assertThat(run("lists", "show", "--format", "json")).isZero();
        assertThat(Json.PRETTY.readTree(out.toString()).get("includesCurated").asBoolean())
                .isTrue();
        String before = Files.readString(home.resolve("lists/current"));
        Path bad = home.resolve("broken.csv");
        Files.writeString(bad, Files.readString(LISTS.resolve("csl-sample-12.csv")) + "\"cut");
        assertThat(run("lists", "import", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.csv:").contains("nothing was imported");
        assertThat(Files.readString(home.resolve("lists/current"))).isEqualTo(before);
    }
}
