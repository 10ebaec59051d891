package dev.licit.batch.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells quoted as RFC 4180 asks and neutralised against formula injection. */
class CsvTest {
    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(Csv.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.field("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void ordinaryCellsAndPlainNumbersAreUnchanged() {
        assertThat(Csv.field("Huawei Technologies")).isEqualTo("Huawei Technologies");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
        assertThat(Csv.field("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.field("-1e5")).isEqualTo("-1e5");
        assertThat(Csv.field("0.875")).isEqualTo("0.875");
        assertThat(Csv.field("")).isEmpty();
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.line("=x", "y", "-3")).isEqualTo("'=x,y,-3");
    }
}
