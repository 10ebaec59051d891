package dev.licit.screening.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.screening.list.ListEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every importer against the real publications in ../shared/data/lists. */
class ImportersTest {
    static final Path LISTS =
            Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");

    static List<ListEntry> read(String... files) throws ImportException {
        return ListImporter.importPaths(
                        java.util.Arrays.stream(files).map(LISTS::resolve).toList())
                .entries();
    }

    static Map<String, Long> countsByList(List<ListEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(ListEntry::list, Collectors.counting()));
    }

    @Test
    void fullCslGzipHasEveryRowAndTheReadmeCountsPerList() throws Exception {
        List<ListEntry> all = read("csl-full-2022.csv.gz");
        assertThat(all).hasSize(14_160);
        assertThat(countsByList(all))
                .containsAllEntriesOf(Map.ofEntries(
                        Map.entry("SDN", 10_026L),
                        Map.entry("EL", 2_001L),
                        Map.entry("DTC", 727L),
                        Map.entry("DPL", 462L),
                        Map.entry("SSI", 290L),
                        Map.entry("UVL", 201L),
                        Map.entry("ISN", 163L),
                        Map.entry("PLC", 78L),
                        Map.entry("MEU", 71L),
                        Map.entry("CMIC", 68L),
                        Map.entry("CAP", 53L),
                        Map.entry("NS-MBS", 17L),
                        Map.entry("FSE", 3L)));
        long huawei = all.stream()
                .filter(e -> e.names().stream().anyMatch(n -> n.toLowerCase().contains("huawei")))
                .count();
        assertThat(huawei).isGreaterThanOrEqualTo(136);
        assertThat(all.stream().map(ListEntry::entryId).distinct().count())
                .as("ids unique after de-duplication")
                .isEqualTo(14_160);
    }

    @Test
    void cslEntityListRowKeepsLicenseTextAddressesAndCountries() throws Exception {
        ListEntry guiyan = read("csl-full-2022.csv.gz").stream()
                .filter(e -> e.name().startsWith("Guiyan New District Huawei"))
                .findFirst()
                .orElseThrow();
        assertThat(guiyan.list()).isEqualTo("EL");
        assertThat(guiyan.countries()).containsExactly("CN");
        assertThat(guiyan.licenseRequirement()).startsWith("For all items subject to the EAR");
        assertThat(guiyan.licensePolicy()).isEqualTo("Presumption of denial");
        assertThat(guiyan.federalRegisterNotice()).contains("84 FR 22961");
    }

    @Test
    void oldTwentyEightColumnHeaderIsRead() throws Exception {
        List<ListEntry> all = read("csl-sample-115.csv");
        assertThat(all).hasSize(115);
        ListEntry guian = all.stream()
                .filter(e -> e.name().startsWith("Gui’an"))
                .findFirst()
                .orElseThrow();
        assertThat(guian.entryId()).startsWith("EL-");
        // the id of a row without _id is derived from its content, so it is stable across imports
        assertThat(read("csl-sample-115.csv").stream()
                        .filter(e -> e.name().startsWith("Gui’an"))
                        .findFirst()
                        .orElseThrow()
                        .entryId())
                .isEqualTo(guian.entryId());
    }

    @Test
    void currentTwentyNineColumnHeaderIsRead() throws Exception {
        List<ListEntry> all = read("csl-sample-12.csv");
        assertThat(all).hasSize(13); // the README says 12; the file has 13 data rows
        assertThat(all.get(0).entryId()).isEqualTo("233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b");
        assertThat(all.get(0).name()).contains("and any successor"); // kept as published; matching strips it
        assertThat(all.stream().map(ListEntry::list).distinct().count()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void ofacLegacySetMergesAliasesAddressesAndComments() throws Exception {
        List<ListEntry> all = read("ofac-sdn.csv", "ofac-alt.csv", "ofac-add.csv", "ofac-sdn_comments.csv");
        // 8,976 records; the DOS end-of-file marker after the last line is not a record
        assertThat(all).hasSize(8_976);
        Map<String, ListEntry> byId = all.stream().collect(Collectors.toMap(ListEntry::entryId, Function.identity()));
        ListEntry bnc = byId.get("306");
        assertThat(bnc.name()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(bnc.names()).contains("NATIONAL BANK OF CUBA");
        assertThat(bnc.addresses()).anyMatch(a -> a.contains("Zurich"));
        assertThat(bnc.countries()).contains("CH", "ES", "JP", "PA");
        assertThat(bnc.programs()).isEqualTo("CUBA");
        assertThat(byId.get("36").addresses()).containsExactly("Havana, Cuba"); // -0- fields are dropped
        long aliases = all.stream().mapToLong(e -> e.names().size() - 1).sum();
        assertThat(aliases).isEqualTo(11_910);
        assertThat(all.stream()
                        .filter(e -> e.remarks().contains("Linked To: LAZARUS GROUP"))
                        .count())
                .isPositive();
    }

    @Test
    void ofacAliasFileAloneIsRefused() {
        assertThatThrownBy(() -> read("ofac-alt.csv"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("ofac-alt.csv")
                .hasMessageContaining("sdn.csv");
    }

    @Test
    void deniedPersonsListTextIsRead() throws Exception {
        List<ListEntry> all = read("bis-dpl.txt");
        assertThat(all).hasSize(581);
        assertThat(all).allMatch(e -> e.list().equals("DPL"));
        ListEntry ash = all.get(0);
        assertThat(ash.name()).isEqualTo("I. ASH");
        assertThat(ash.countries()).containsExactly("US");
        assertThat(ash.federalRegisterNotice()).contains("68 F.R. 38290");
    }

    @Test
    void unConsolidatedXmlIsRead() throws Exception {
        List<ListEntry> all = read("un-consolidated.xml");
        assertThat(all).hasSize(730 + 273);
        assertThat(all.stream().filter(e -> e.type().equals("Entity")).count()).isEqualTo(273);
        ListEntry adf = all.stream()
                .filter(e -> e.entryId().equals("CDe.001"))
                .findFirst()
                .orElseThrow();
        assertThat(adf.names()).contains("ADF", "Allied Democratic Forces", "NALU");
        assertThat(adf.countries()).contains("CD");
        assertThat(all.stream()
                        .filter(e ->
                                e.names().stream().anyMatch(n -> n.codePoints().anyMatch(c -> c > 0x600)))
                        .count())
                .as("names in original script")
                .isPositive();
    }

    @Test
    void cslJsonIsRead() throws Exception {
        String json = """
        {"results": [
          {"id": "abc", "source": "Entity List (EL) - Bureau of Industry and Security", "name": "Huawei Cloud Beijing",
           "alt_names": ["Huawei Cloud BJ"], "addresses": [{"address": "Xibeiwang", "city": "Beijing", "country": "CN"}],
           "federal_register_notice": "85 FR 51603", "license_requirement": "For all items subject to the EAR",
           "license_policy": "Presumption of denial"},
          {"source": "Denied Persons List (DPL) - Bureau of Industry and Security", "name": "JOHN DOE",
           "addresses": [], "alt_names": null}
        ], "total": 2}
        """;
        List<ListEntry> all = ListImporter.importFiles(
                        List.of(SourceFile.of("consolidated.json", json.getBytes(StandardCharsets.UTF_8))))
                .entries();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).names()).containsExactly("Huawei Cloud Beijing", "Huawei Cloud BJ");
        assertThat(all.get(0).countries()).containsExactly("CN");
        assertThat(all.get(0).entryId()).isEqualTo("abc");
        assertThat(all.get(1).entryId()).startsWith("DPL-");
    }

    @Test
    void formatIsDetectedFromContentNotName() throws Exception {
        for (String f : List.of(
                "csl-sample-12.csv",
                "csl-sample-115.csv",
                "bis-dpl.txt",
                "un-consolidated.xml",
                "ofac-sdn.csv",
                "ofac-alt.csv",
                "ofac-add.csv",
                "ofac-sdn_comments.csv")) {
            SourceFile file = SourceFile.read(LISTS.resolve(f));
            SourceFile renamed = SourceFile.of("upload.bin", file.raw());
            assertThat(ListFormat.detect(renamed)).as(f).isEqualTo(ListFormat.detect(file));
        }
    }
}
