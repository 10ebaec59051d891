package dev.licit.cli.screening;

import static dev.licit.cli.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.cli.testing.CliRun;
import dev.licit.cli.testing.TempHome;
import dev.licit.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code licit ownership import} and {@code show} on a real H2 store in a temporary home. */
class OwnershipCommandTest extends TempHome {
    static final String HEAD = "owner,owned,percent,startDate,endDate,source\n";
    static final String PENANG = HEAD
            + "Huawei Technologies Co. Ltd.,Penang Edge Compute Sdn. Bhd.,30,2024-01-15,,SSM annual return 2025\n"
            + "Semiconductor Manufacturing International Corporation,Penang Edge Compute Sdn. Bhd.,25,2024-01-15,,SSM\n"
            + "Kumpulan Wang Persaraan,Penang Edge Compute Sdn. Bhd.,,2024-01-15,2025-12-31,press\n"
            + "Penang Edge Compute Sdn. Bhd.,Kedah Edge Data Centre Sdn. Bhd.,60,2025-03-01,,\n"
            + "Huawei Investment & Holding Co. Ltd.,Huawei Technologies Co. Ltd.,100,,,annual report\n"
            + "Kedah Edge Data Centre Sdn. Bhd.,Huawei Investment & Holding Co. Ltd.,0.01,,,made-up cycle\n";

    Path file(String name, String content) throws Exception {
        Path p = home.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    static String links(int n) {
        return HEAD
                + IntStream.range(0, n)
                        .mapToObj(i -> "Owner " + i + ",Company " + i + ",100,,,t")
                        .collect(Collectors.joining("\n"))
                + "\n";
    }

    @Test
    void importPrintsCountsAndShowPrintsTheTreeBothWays() throws Exception {
        CliRun imp = run("ownership", "import", file("penang.csv", PENANG).toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.out())
                .containsPattern("imported own-[0-9a-f]{12}: 6 link\\(s\\) from 1 file\\(s\\); it is current")
                .contains("source     penang.csv  CSV  6 link(s)")
                .contains("re-screened the owners of 0 distinct part(ies) of 0 stored decision(s): 0 new case(s)");

        CliRun show = run("ownership", "show", "Penang Edge Compute Sdn Bhd", "--date", "2026-11-10");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out())
                .contains("Penang Edge Compute Sdn Bhd on 2026-11-10 (ownership snapshot own-")
                .contains("  Huawei Technologies Co. Ltd.  holds 30 %, from 2024-01-15  [SSM annual return 2025]")
                .contains("    Huawei Investment & Holding Co. Ltd.  holds 100 %  [annual report]")
                // up from Huawei Investment & Holding the made-up cycle reaches Kedah, then Penang again
                .contains("      Kedah Edge Data Centre Sdn. Bhd.  holds 0.01 %  [made-up cycle]")
                .contains("        Penang Edge Compute Sdn. Bhd.  holds 60 %, from 2025-03-01  [penang.csv:5]  (cycle)")
                .contains("  Semiconductor Manufacturing International Corporation  holds 25 %")
                .doesNotContain("Kumpulan Wang Persaraan") // ended 2025-12-31
                .contains("holdings:\n  Kedah Edge Data Centre Sdn. Bhd.  held at 60 %");

        CliRun before = run("ownership", "show", "Penang Edge Compute Sdn. Bhd.", "--date", "2025-12-31");
        assertThat(before.out())
                .contains("Kumpulan Wang Persaraan  holds an unknown share, from 2024-01-15 to 2025-12-31");

        CliRun json = run(
                "ownership", "show", "Kedah Edge Data Centre Sdn. Bhd.", "--date", "2026-01-01", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode doc = Json.COMPACT.readTree(json.out());
        assertThat(doc.path("date").asText()).isEqualTo("2026-01-01");
        JsonNode owner = doc.path("owners").get(0);
        assertThat(owner.path("name").asText()).isEqualTo("Penang Edge Compute Sdn. Bhd.");
        assertThat(owner.path("percent").asDouble()).isEqualTo(60.0);
        assertThat(owner.path("startDate").asText()).isEqualTo("2025-03-01");
        assertThat(owner.path("next")).isNotEmpty();
        assertThat(json.out()).contains("\"mark\" : \"cycle\"");

        CliRun nobody = run("ownership", "show", "Nobody Ltd");
        assertThat(nobody.exit()).isZero();
        assertThat(nobody.out()).contains("owners: none recorded").contains("holdings: none recorded");
    }

    @Test
    void badInputIsRefusedWithFileAndLineAndNothingIsImported() throws Exception {
        CliRun none = run("ownership", "show", "Penang Edge Compute Sdn. Bhd.");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no ownership data in the store");

        Path good = file("good.csv", PENANG);
        Path bad = file("bad.csv", HEAD + "A,B,50,,,\nA,,50,,,\n");
        CliRun r = run("ownership", "import", good.toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("licit ownership import: bad.csv:3: field 'owned' is empty (nothing was imported)"
                        + System.lineSeparator());
        assertThat(run("ownership", "show", "B").exit()).isEqualTo(2); // still nothing in the store

        CliRun json = run(
                "ownership",
                "import",
                "--input-format",
                "csv",
                file("x.json", "{\"id\": 1}\n").toString());
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("x.json:1: ").contains("nothing was imported");

        CliRun fmt = run("ownership", "import", "--input-format", "xml", good.toString());
        assertThat(fmt.exit()).isEqualTo(2);
        assertThat(fmt.err()).contains("--input-format must be ftm, bods, gleif or csv, not 'xml'");

        CliRun date = run("ownership", "show", "X", "--date", "2026-02-30");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("--date: '2026-02-30' is not a date");
    }

    @Test
    void theShrinkGuard() throws Exception {
        assertThat(run("ownership", "import", file("ten.csv", links(10)).toString())
                        .exit())
                .isZero();
        Path five = file("five.csv", links(5));
        CliRun shrink = run("ownership", "import", five.toString());
        assertThat(shrink.exit()).isEqualTo(2);
        assertThat(shrink.err())
                .contains("drops 5 of the 10 owner-owned pairs")
                .contains("--add")
                .contains("--replace")
                .contains("nothing was imported");
        CliRun both = run("ownership", "import", "--add", "--replace", five.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--add and --replace exclude each other");

        CliRun add = run(
                "ownership",
                "import",
                "--add",
                file("more.csv", HEAD + "X,Y,5,,,t\n").toString());
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains(": 11 link(s)").contains("1 owner-owned pair(s) new, 0 dropped");

        CliRun replace = run("ownership", "import", "--accept-shrink", five.toString());
        assertThat(replace.exit()).as(replace.err()).isZero();
        assertThat(replace.out()).contains(": 5 link(s)").contains("6 dropped");

        CliRun json = run(
                "ownership",
                "import",
                "--add",
                "--format",
                "json",
                file("j.csv", HEAD + "P,Q,,,,t\n").toString());
        assertThat(json.exit()).as(json.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode doc =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(doc.path("import").path("snapshot").path("links").asInt()).isEqualTo(6);
        assertThat(doc.path("import").path("added").asInt()).isEqualTo(1);
        assertThat(doc.path("rescreening").path("opened")).isEmpty();
        assertThat(run("audit", "verify").exit()).isZero();
    }
}
