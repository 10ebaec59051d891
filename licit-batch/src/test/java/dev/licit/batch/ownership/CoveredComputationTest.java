package dev.licit.batch.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The covered set on a small graph whose rows are worked out by hand. */
class CoveredComputationTest {
    static final List<CoveredRule> RULES = List.of(
            new CoveredRule("ofac50", List.of("SDN"), 50),
            new CoveredRule("affiliates", List.of("EL", "MEU", "SDN"), 50));

    @TempDir
    Path dir;

    List<String> rows(String graph, String listed, String date) throws Exception {
        Path g = Files.writeString(dir.resolve("g.csv"), "owner,owned,percent,startDate,endDate,source\n" + graph);
        Path l = Files.writeString(dir.resolve("l.csv"), "name,list,possible\n" + listed);
        Path out = dir.resolve("out.csv");
        LocalCovered.run(g, l, out, LocalDate.parse(date), RULES);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo(CoveredRow.HEADER);
        return lines.subList(1, lines.size());
    }

    @Test
    void shares_add_up_a_covered_owner_passes_its_holding_and_49_99_is_not_50() throws Exception {
        List<String> rows = rows("""
                Huawei,Penang Edge,30,,,t
                SMIC,Penang Edge,25,,,t
                Penang Edge,Penang Grandchild,60,,,t
                Huawei,Fifty Co,50,,,t
                Huawei,Almost Co,49.99,,,t
                Huawei,Unknown Co,,,,t
                Huawei,Sold Co,80,2010-01-01,2020-12-31,t
                Maybe Corp,Maybe Sub,70,,,t
                Rosoboronexport,Ros Sub,51,,,t
                """, """
                Huawei,EL,false
                SMIC,EL,false
                Maybe Corp,EL,true
                Rosoboronexport,SDN,false
                """, "2026-12-06");
        assertThat(rows)
                .containsExactly(
                        "Fifty Co,affiliates,COVERED,50,EL",
                        "Huawei,affiliates,LISTED,0,EL",
                        "Maybe Corp,affiliates,POSSIBLY_LISTED,0,EL",
                        "Maybe Sub,affiliates,DOUBTFUL,0,EL",
                        "Penang Edge,affiliates,COVERED,55,EL",
                        "Penang Grandchild,affiliates,COVERED,60,EL",
                        "Ros Sub,ofac50,COVERED,51,SDN",
                        "Ros Sub,affiliates,COVERED,51,SDN",
                        "Rosoboronexport,ofac50,LISTED,0,SDN",
                        "Rosoboronexport,affiliates,LISTED,0,SDN",
                        "SMIC,affiliates,LISTED,0,EL",
                        "Unknown Co,affiliates,UNRESOLVED,0,EL");
        // Almost Co (49.99 %) and Sold Co (the link ended in 2020) have no row: clear
    }

    @Test
    void a_cycle_covers_nothing_by_itself_and_shares_over_100_make_a_listed_owners_party_doubtful() throws Exception {
        List<String> rows = rows("""
                Loop A,Loop B,60,,,t
                Loop B,Loop A,60,,,t
                Loop A,Loop A,100,,,t
                Huawei,Over Co,40,,,t
                Someone,Over Co,70,,,t
                """, "Huawei,EL,false\n", "2026-12-06");
        assertThat(rows).containsExactly("Huawei,affiliates,LISTED,0,EL", "Over Co,affiliates,DOUBTFUL,40,EL");
    }

    @Test
    void a_percentage_out_of_range_is_refused_with_file_and_line() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> rows("A Co,B Co,55,,,t\nA Co,C Co,100.5,,,t\n", "A Co,EL,false\n", "2026-12-06"))
                .hasMessageContaining("g.csv:3")
                .hasMessageContaining("100.5");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }
}
