package dev.licit.screening.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken file is refused with its name, the line and the reason; nothing of it is returned. */
class MalformedInputTest {
    static final String HEADER = "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
            + "start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
            + "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,"
            + "dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";
    static final String ROW =
            "x1,Entity List (EL) - Bureau of Industry and Security,,,,\"Acme Co., Ltd.\",,\"Shenzhen, CN\""
                    + ",,,,,,,,,,,,,,,,,,,,,\n";

    static ImportException refuse(String name, String content) {
        try {
            ListImporter.importFiles(List.of(SourceFile.of(name, content.getBytes(StandardCharsets.UTF_8))));
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("accepted a malformed file");
    }

    @Test
    void validCslRowIsAccepted() throws Exception {
        var r = ListImporter.importFiles(
                List.of(SourceFile.of("ok.csv", (HEADER + ROW).getBytes(StandardCharsets.UTF_8))));
        assertThat(r.entries()).hasSize(1);
    }

    @Test
    void truncatedQuoteNamesFileAndLine() {
        ImportException e = refuse(
                "cut.csv", HEADER + ROW + ROW.replace("\"Shenzhen, CN\",,,,,,,,,,,,,,,,,,,,,\n", "\"Shenzhen, CN"));
        assertThat(e.file()).isEqualTo("cut.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("cut.csv:3:").contains("not closed");
    }

    @Test
    void wrongColumnCountNamesLine() {
        ImportException e =
                refuse("cols.csv", HEADER + ROW + ROW + "x3,Entity List (EL) - Bureau of Industry and Security,,\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("expected 29 fields, found 4");
    }

    @Test
    void windowsLineEndsAndQuotedNewlinesKeepLineNumbersRight() {
        String crlf = (HEADER + ROW).replace("\n", "\r\n");
        String multiline = ROW.replace("\"Shenzhen, CN\"", "\"Shenzhen,\r\nCN\"");
        ImportException e = refuse("crlf.csv", crlf + multiline.replace("\n", "\r\n") + "bad,row\r\n");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void strayQuoteIsRefused() {
        ImportException e = refuse("quote.csv", HEADER + ROW.replace("Acme Co., Ltd.", "Acme \"\"Co\" Ltd"));
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void missingHeaderColumnIsRefused() {
        ImportException e = refuse("hdr.csv", HEADER.replace(",ids", ",idz") + ROW);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).contains("ids");
    }

    @Test
    void emptyNameIsRefused() {
        ImportException e = refuse("name.csv", HEADER + ROW.replace("\"Acme Co., Ltd.\"", ""));
        assertThat(e.reason()).contains("name");
    }

    @Test
    void badXmlNamesLine() {
        ImportException e = refuse(
                "un.xml",
                "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n"
                        + "<INDIVIDUAL><FIRST_NAME>A</FIRST_NAME>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n");
        assertThat(e.file()).isEqualTo("un.xml");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.reason()).startsWith("malformed XML");
    }

    @Test
    void xmlExternalEntitiesAreNotResolved() {
        ImportException e = refuse(
                "xxe.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "\n<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>&e;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>");
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void badJsonNamesLine() {
        ImportException e = refuse(
                "c.json",
                "{\"results\": [\n{\"source\": \"Entity List (EL) - x\", \"name\": \"A\"},\n{\"name\": }\n]}");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void ofacRowsFromAnotherPublicationAreRefused() {
        var sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var alt = "99999,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n";
        try {
            ListImporter.importFiles(List.of(
                    SourceFile.of("sdn.csv", sdn.getBytes(StandardCharsets.UTF_8)),
                    SourceFile.of("alt.csv", alt.getBytes(StandardCharsets.UTF_8))));
            throw new AssertionError("accepted");
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo("alt.csv");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).contains("99999");
        }
    }

    @Test
    void unknownFormatIsRefused() {
        assertThatThrownBy(() -> ListImporter.importFiles(
                        List.of(SourceFile.of("notes.txt", "hello world\n".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("notes.txt:1: unrecognised list format");
    }

    @Test
    void damagedGzipIsRefused() {
        byte[] bad = {0x1f, (byte) 0x8b, 8, 0, 0, 0};
        assertThatThrownBy(() -> SourceFile.of("c.csv.gz", bad))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("gzip");
    }
}
