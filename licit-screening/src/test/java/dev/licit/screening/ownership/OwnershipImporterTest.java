package dev.licit.screening.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each format read from a small fixture in the publisher's real layout, and refused where it is broken. */
class OwnershipImporterTest {
    static SourceFile fixture(String name) throws IOException, ImportException {
        try (InputStream in = OwnershipImporterTest.class.getResourceAsStream("/ownership/" + name)) {
            return SourceFile.of(name, in.readAllBytes());
        }
    }

    static SourceFile text(String name, String content) throws ImportException {
        return SourceFile.of(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static OwnershipImporter.Result read(OwnershipFormat format, SourceFile... files) throws ImportException {
        return OwnershipImporter.importFiles(List.of(files), format);
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void eachFixtureIsRecognisedByItsContent() throws Exception {
        assertThat(OwnershipFormat.detect(fixture("opensanctions-huawei.ftm.json")))
                .isEqualTo(OwnershipFormat.FTM);
        assertThat(OwnershipFormat.detect(fixture("bods-0.2-arm.json"))).isEqualTo(OwnershipFormat.BODS);
        assertThat(OwnershipFormat.detect(fixture("bods-0.4-smic.json"))).isEqualTo(OwnershipFormat.BODS);
        assertThat(OwnershipFormat.detect(fixture("gleif-rr-nvidia.csv"))).isEqualTo(OwnershipFormat.GLEIF);
        assertThat(OwnershipFormat.detect(fixture("gleif-rr-nvidia.json"))).isEqualTo(OwnershipFormat.GLEIF);
        assertThat(OwnershipFormat.detect(fixture("gleif-l1-nvidia.csv"))).isEqualTo(OwnershipFormat.GLEIF);
        assertThat(OwnershipFormat.detect(fixture("penang-edge.csv"))).isEqualTo(OwnershipFormat.CSV);
        assertThatThrownBy(() -> OwnershipFormat.detect(text("x.txt", "hello")))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("x.txt:1: ")
                .hasMessageContaining("--format");
    }

    @Test
    void followTheMoneyOwnershipsResolveTheirEntities() throws Exception {
        var r = read(null, fixture("opensanctions-huawei.ftm.json"));
        assertThat(r.links()).hasSize(3);
        assertThat(r.sources()).singleElement().satisfies(s -> {
            assertThat(s.format()).isEqualTo("FTM");
            assertThat(s.links()).isEqualTo(3);
        });
        OwnershipLink ihc = r.links().get(0);
        assertThat(ihc.owner()).isEqualTo("Huawei Investment & Holding Co., Ltd.");
        assertThat(ihc.ownerCountry()).isEqualTo("CN");
        assertThat(ihc.owned()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(ihc.percent()).isEqualTo(100.0);
        assertThat(ihc.startDate()).isEqualTo(d("2003-01-01")); // a year: from its first day
        assertThat(ihc.source()).isEqualTo("ftm:own-ihc-tech (cn_companies)");
        assertThat(r.links().get(1).percent()).isEqualTo(100.0); // "100%"
        OwnershipLink ren = r.links().get(2);
        assertThat(ren.owner()).isEqualTo("Ren Zhengfei");
        assertThat(ren.percent()).isEqualTo(0.65);
        assertThat(ren.startDate()).isEqualTo(d("2019-12-01"));
        assertThat(ren.endDate()).isEqualTo(d("2024-12-31")); // a year as an end: to its last day

        OwnershipGraph g = OwnershipGraph.of(r.links());
        assertThat(g.ownersOf("HiSilicon Technologies Co., Ltd.", d("2026-12-01")))
                .singleElement()
                .extracting(OwnershipLink::owner)
                .isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(g.ownersOf("Huawei Investment & Holding Co., Ltd.", d("2024-12-31")))
                .hasSize(1);
        assertThat(g.ownersOf("Huawei Investment & Holding Co., Ltd.", d("2025-01-01")))
                .isEmpty();
    }

    @Test
    void followTheMoneyEntitiesMayComeFromAnotherFileOfTheImport() throws Exception {
        SourceFile entities = text(
                "entities.ftm.json",
                "{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Alpha Ltd\"]}}\n"
                        + "{\"id\": \"b\", \"schema\": \"Organization\", \"properties\": {\"name\": [\"Beta Org\"]}}\n");
        SourceFile edges = text(
                "edges.ftm.json",
                "{\"id\": \"o\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"b\"], \"asset\": [\"a\"]}}\n");
        var r = read(OwnershipFormat.FTM, edges, entities);
        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.owner()).isEqualTo("Beta Org");
            assertThat(l.percent()).isNull(); // not stated: unknown, never zero
        });
        assertThatThrownBy(() -> read(OwnershipFormat.FTM, edges))
                .isInstanceOf(ImportException.class)
                .hasMessage("edges.ftm.json:1: Ownership o: field 'properties.owner': entity 'b' is described in none"
                        + " of the files imported (give the file that holds it)");
    }

    @Test
    void followTheMoneyRefusals() throws Exception {
        String ok = "{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Alpha\"]}}\n"
                + "{\"id\": \"b\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Beta\"]}}\n";
        assertThatThrownBy(() -> read(
                        OwnershipFormat.FTM,
                        text(
                                "f.json",
                                ok + "{\"id\": \"o\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"],"
                                        + " \"asset\": [\"b\"], \"percentge\": [\"5\"]}}\n")))
                .hasMessage("f.json:3: Ownership o: unknown property 'percentge'");
        assertThatThrownBy(() -> read(
                        OwnershipFormat.FTM,
                        text(
                                "f.json",
                                ok + "{\"id\": \"o\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"],"
                                        + " \"asset\": [\"b\"], \"percentage\": [\"150\"]}}\n")))
                .hasMessage("f.json:3: field 'properties.percentage': 150 is not a percentage from 0 to 100");
        assertThatThrownBy(() -> read(
                        OwnershipFormat.FTM,
                        text(
                                "f.json",
                                ok + "{\"id\": \"o\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"],"
                                        + " \"asset\": [\"b\"], \"startDate\": [\"2020-02-30\"]}}\n")))
                .hasMessage("f.json:3: field 'properties.startDate': '2020-02-30' is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> read(OwnershipFormat.FTM, text("f.json", ok + "{\"id\": \"x\", \"schema\":\n")))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("f.json:3: malformed JSON");
        assertThatThrownBy(
                        () -> read(
                                OwnershipFormat.FTM,
                                text(
                                        "f.json",
                                        ok
                                                + "{\"id\": \"o\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"a\"],"
                                                + " \"asset\": [\"b\"], \"startDate\": [\"2021\"], \"endDate\": [\"2020\"]}}\n")))
                .hasMessage("f.json:3: endDate 2020-12-31 is before startDate 2021-01-01");
        assertThatThrownBy(() -> read(
                        OwnershipFormat.FTM,
                        text(
                                "f.json",
                                "{\"id\": \"a\", \"schema\": \"Company\","
                                        + " \"properties\": {\"name\": [\"A\"]}, \"extra\": 1}\n")))
                .hasMessage("f.json:1: unknown entity member 'extra'");
    }

    @Test
    void bods02StatementsWithReplacementsBandsAndUnspecifiedOwners() throws Exception {
        var r = read(null, fixture("bods-0.2-arm.json"));
        // softbank-arm-2023 is replaced by softbank-arm-2024; the unspecified owner gives no link
        assertThat(r.links()).hasSize(2);
        OwnershipLink softbank = r.links().get(0);
        assertThat(softbank.owner()).isEqualTo("SoftBank Group Corp.");
        assertThat(softbank.ownerCountry()).isEqualTo("JP");
        assertThat(softbank.owned()).isEqualTo("Arm Holdings plc");
        assertThat(softbank.ownedCountry()).isEqualTo("GB");
        assertThat(softbank.percent()).isEqualTo(90.0); // the shareholding, not the voting rights
        assertThat(softbank.startDate()).isEqualTo(d("2023-09-14"));
        assertThat(softbank.source()).isEqualTo("bods:softbank-arm-2024");
        OwnershipLink son = r.links().get(1);
        assertThat(son.owner()).isEqualTo("Masayoshi Son");
        assertThat(son.percent()).isEqualTo(50.0); // a 25-50 band is read at its upper bound
        assertThat(r.notes())
                .anySatisfy(n -> assertThat(n).contains("softbank-arm-2023 is replaced"))
                .anySatisfy(n -> assertThat(n).contains("arm-unknown-2024").contains("unspecified"));
    }

    @Test
    void bods04Records() throws Exception {
        var r = read(OwnershipFormat.BODS, fixture("bods-0.4-smic.json"));
        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.owner()).isEqualTo("Semiconductor Manufacturing International Corporation");
            assertThat(l.ownerCountry()).isEqualTo("KY");
            assertThat(l.owned()).isEqualTo("Semiconductor Manufacturing North China (Beijing) Corporation");
            assertThat(l.percent()).isEqualTo(51.0);
            assertThat(l.source()).isEqualTo("bods:smic-smnc");
        });
    }

    static final String BODS_HEAD = "[\n"
            + "{\"statementID\": \"e1\", \"statementType\": \"entityStatement\", \"name\": \"Target Ltd\"},\n"
            + "{\"statementID\": \"e2\", \"statementType\": \"entityStatement\", \"name\": \"Parent Ltd\"},\n";

    @Test
    void bodsRefusals() throws Exception {
        String rel = "{\"statementID\": \"r1\", \"statementType\": \"ownershipOrControlStatement\", \"subject\":"
                + " {\"describedByEntityStatement\": \"e1\"}, \"interestedParty\": {\"describedByEntityStatement\":"
                + " \"%s\"}, \"interests\": [{\"type\": \"shareholding\", \"share\": %s}]}\n]";
        assertThatThrownBy(() -> read(null, text("b.json", BODS_HEAD + rel.formatted("e9", "{\"exact\": 5}"))))
                .hasMessage("b.json:4: statement r1: field 'interestedParty': no entity or person statement 'e9'");
        assertThatThrownBy(() -> read(null, text("b.json", BODS_HEAD + rel.formatted("e2", "{\"exact\": 101}"))))
                .hasMessage("b.json:4: field 'interests[0].share.exact': 101 is not a percentage from 0 to 100");
        assertThatThrownBy(() -> read(null, text("b.json", BODS_HEAD + rel.formatted("e2", "{\"exakt\": 5}"))))
                .hasMessage("b.json:4: statement r1: unknown field 'interests[0].share.exakt'");
        assertThatThrownBy(() -> read(null, text("b.json", BODS_HEAD + rel.formatted("e2", "{\"exact\": \"5\"}"))))
                .hasMessage("b.json:4: statement r1: field 'interests[0].share.exact' must be a number");
        assertThatThrownBy(() -> read(
                        null,
                        text(
                                "b.json",
                                BODS_HEAD + "{\"statementID\": \"x\", \"statementType\": \"annotationStatement\"}\n]")))
                .hasMessage("b.json:4: field 'statementType': unknown statement type 'annotationStatement'");
        var minOnly = read(null, text("b.json", BODS_HEAD + rel.formatted("e2", "{\"minimum\": 25}")));
        assertThat(minOnly.links().get(0).percent()).isNull(); // at least 25: unknown, not 25
        var minHigh = read(null, text("b.json", BODS_HEAD + rel.formatted("e2", "{\"minimum\": 75}")));
        assertThat(minHigh.links().get(0).percent()).isEqualTo(75.0);
    }

    @Test
    void bodsIndirectInterestWithComponentsIsLeftToTheComponents() throws Exception {
        String s = BODS_HEAD
                + "{\"statementID\": \"r1\", \"statementType\": \"ownershipOrControlStatement\", \"isComponent\": false,"
                + " \"componentStatementIDs\": [\"c1\"], \"subject\": {\"describedByEntityStatement\": \"e1\"},"
                + " \"interestedParty\": {\"describedByEntityStatement\": \"e2\"}, \"interests\": [{\"type\":"
                + " \"shareholding\", \"directOrIndirect\": \"indirect\", \"share\": {\"exact\": 60}}]}\n]";
        var r = read(null, text("b.json", s));
        assertThat(r.links()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("indirect");
    }

    @Test
    void gleifCsvWithLevel1Names() throws Exception {
        var r = read(null, fixture("gleif-rr-nvidia.csv"), fixture("gleif-l1-nvidia.csv"));
        // direct and ultimate consolidation, the inactive one with its end date; fund management passed over
        assertThat(r.links()).hasSize(3);
        OwnershipLink direct = r.links().get(0);
        assertThat(direct.owner()).isEqualTo("NVIDIA Corporation");
        assertThat(direct.ownerCountry()).isEqualTo("US");
        assertThat(direct.owned()).isEqualTo("NVIDIA Singapore Pte. Ltd.");
        assertThat(direct.percent()).isNull(); // consolidation is not a share
        assertThat(direct.startDate()).isEqualTo(d("2004-03-05")); // the relationship period, not the accounting one
        assertThat(direct.endDate()).isNull();
        assertThat(direct.source()).isEqualTo("gleif:5493000NVSGPTE0LTD12 direct parent 549300NVIDIACORP0001");
        OwnershipLink inactive = r.links().get(2);
        assertThat(inactive.owned()).isEqualTo("529900MELLANOXTECH01"); // no Level 1 name: the LEI stands
        assertThat(inactive.endDate()).isEqualTo(d("2024-12-31"));
        assertThat(r.notes())
                .anySatisfy(n -> assertThat(n).contains("IS_FUND-MANAGED_BY"))
                .anySatisfy(n -> assertThat(n)
                        .contains("1 LEI(s) named by no Level 1 file")
                        .contains("529900MELLANOXTECH01"));
        assertThat(r.sources()).extracting(OwnershipImporter.Source::links).containsExactly(3, 0);
    }

    @Test
    void gleifGoldenCopyJsonWithoutLevel1KeepsTheLeis() throws Exception {
        var r = read(OwnershipFormat.GLEIF, fixture("gleif-rr-nvidia.json"));
        assertThat(r.links()).hasSize(2);
        assertThat(r.links().get(0).owner()).isEqualTo("549300NVIDIACORP0001");
        assertThat(r.links().get(0).startDate()).isEqualTo(d("2004-03-05"));
        assertThat(r.links().get(1).startDate()).isEqualTo(d("2006-02-01")); // a single period, not an array
        assertThat(r.notes()).singleElement().asString().contains("3 LEI(s) named by no Level 1 file");
        var named = read(OwnershipFormat.GLEIF, fixture("gleif-rr-nvidia.json"), fixture("gleif-l1-nvidia.csv"));
        assertThat(named.links().get(0).owner()).isEqualTo("NVIDIA Corporation");
    }

    @Test
    void gleifApiJson() throws Exception {
        String api = """
                {"data": [
                  {"type": "lei-records", "id": "549300NVIDIACORP0001", "attributes": {"lei": "549300NVIDIACORP0001",
                    "entity": {"legalName": {"name": "NVIDIA Corporation", "language": "en"}, "legalAddress": {"country": "US"}}}},
                  {"type": "relationship-records", "id": "5493000NVSGPTE0LTD12-rr", "attributes": {"relationship": {
                    "startNode": {"id": "5493000NVSGPTE0LTD12", "type": "LEI"}, "endNode": {"id": "549300NVIDIACORP0001", "type": "LEI"},
                    "type": "IS_DIRECTLY_CONSOLIDATED_BY", "status": "ACTIVE",
                    "periods": [{"startDate": "2004-03-05T00:00:00Z", "endDate": null, "type": "RELATIONSHIP_PERIOD"}]},
                    "registration": {"status": "PUBLISHED"}}}
                ]}""";
        var r = read(null, text("api.json", api));
        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.owner()).isEqualTo("NVIDIA Corporation");
            assertThat(l.owned()).isEqualTo("5493000NVSGPTE0LTD12");
        });
    }

    @Test
    void gleifRefusals() throws Exception {
        String head = "Relationship.StartNode.NodeID,Relationship.EndNode.NodeID,Relationship.RelationshipType,"
                + "Relationship.RelationshipStatus\n";
        assertThatThrownBy(() ->
                        read(null, text("rr.csv", head + "A,B,IS_DIRECTLY_CONSOLIDATED_BY,ACTIVE\n,B,X,ACTIVE\n")))
                .hasMessage("rr.csv:3: field 'StartNode.NodeID' is empty");
        assertThatThrownBy(() -> read(null, text("rr.csv", head + "A,B,IS_DIRECTLY_CONSOLIDATED_BY,GONE\n")))
                .hasMessage("rr.csv:2: field 'RelationshipStatus': 'GONE' is neither ACTIVE nor INACTIVE");
        assertThatThrownBy(() -> read(null, text("rr.csv", head.strip() + ",Relationship.Colour\nA,B,C,ACTIVE,red\n")))
                .hasMessage("rr.csv:1: unknown column 'Relationship.Colour' for a GLEIF relationship file");
    }

    @Test
    void plainCsv() throws Exception {
        var r = read(null, fixture("penang-edge.csv"));
        assertThat(r.links()).hasSize(4);
        assertThat(r.links().get(0).percent()).isEqualTo(30.0);
        assertThat(r.links().get(0).source()).isEqualTo("SSM annual return 2025");
        assertThat(r.links().get(2).percent()).isNull();
        assertThat(r.links().get(2).endDate()).isEqualTo(d("2025-12-31"));
        assertThat(r.links().get(3).source()).isEqualTo("penang-edge.csv:5"); // no source: file and line
        OwnershipGraph g = OwnershipGraph.of(r.links());
        assertThat(g.ownersOf("PENANG EDGE COMPUTE SDN BHD", d("2026-11-10"))).hasSize(2);
        assertThat(g.holdingsOf("Penang Edge Compute Sdn. Bhd.", d("2025-02-28")))
                .isEmpty();
        assertThat(g.holdingsOf("Penang Edge Compute Sdn. Bhd.", d("2025-03-01")))
                .hasSize(1);
    }

    @Test
    void plainCsvRefusals() throws Exception {
        String head = "owner,owned,percent,startDate,endDate,source\n";
        assertThatThrownBy(() -> read(null, text("o.csv", head + "A,B,50,,,\nA,,50,,,\n")))
                .hasMessage("o.csv:3: field 'owned' is empty");
        assertThatThrownBy(() -> read(null, text("o.csv", head + "A,B,fifty,,,\n")))
                .hasMessage("o.csv:2: field 'percent': 'fifty' is not a percentage");
        assertThatThrownBy(() -> read(null, text("o.csv", head + "A,B,100.01,,,\n")))
                .hasMessage("o.csv:2: field 'percent': 100.01 is not a percentage from 0 to 100");
        assertThatThrownBy(() -> read(null, text("o.csv", head + "A,B,50,2024-13-01,,\n")))
                .hasMessage("o.csv:2: field 'startDate': '2024-13-01' is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> read(null, text("o.csv", head + "A,B,50,,\n")))
                .hasMessage("o.csv:2: has 5 fields where the header has 6");
        assertThatThrownBy(() -> read(OwnershipFormat.CSV, text("o.csv", "owner,owned,percnet\nA,B,5\n")))
                .hasMessageStartingWith("o.csv:1: unknown column 'percnet'");
        assertThatThrownBy(() -> read(OwnershipFormat.CSV, text("o.csv", "A,B,50\n")))
                .hasMessageStartingWith("o.csv:1: unknown column 'A'");
        // the boundaries themselves are accepted
        var edges = read(null, text("o.csv", head + "A,B,0,,,\nA,C,100,,,\nA,D,50%,2024-01-01,2024-01-01,\n"));
        assertThat(edges.links()).extracting(OwnershipLink::percent).containsExactly(0.0, 100.0, 50.0);
    }

    @Test
    void oneBadFileRefusesTheWholeImport() throws Exception {
        assertThatThrownBy(() -> OwnershipImporter.importFiles(
                        List.of(fixture("penang-edge.csv"), text("bad.csv", "owner,owned\nA,\n")), null))
                .isInstanceOf(ImportException.class)
                .hasMessage("bad.csv:2: field 'owned' is empty");
    }
}
