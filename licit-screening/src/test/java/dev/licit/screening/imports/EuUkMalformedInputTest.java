package dev.licit.screening.imports;

import static dev.licit.screening.imports.MalformedInputTest.refuse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken EU and UK list files are refused with the file, the line and the reason; nothing is returned. */
class EuUkMalformedInputTest {
    static String fixture(String name) throws ImportException {
        return SourceFile.read(EuUkImportersTest.fixture(name)).text();
    }

    /** The text cut at the start of the line holding {@code marker}, as a download that stopped there. */
    static String cutBefore(String text, String marker) {
        int i = text.indexOf(marker);
        return text.substring(0, text.lastIndexOf('\n', i) + 1);
    }

    static long lineOf(String text, String marker) {
        return text.substring(0, text.indexOf(marker))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }

    @Test
    void truncatedEuXmlIsRefusedWithItsLastLine() throws Exception {
        String full = fixture("eu-fsf-sample.xml");
        String cut = cutBefore(full, "euReferenceNumber=\"EU.9001.02\"");
        ImportException e = refuse("eu.xml", cut);
        assertThat(e.file()).isEqualTo("eu.xml");
        assertThat(e.reason()).startsWith("malformed XML");
        // the parser stops at the end of what arrived: the last line of the cut file
        assertThat(e.line()).isEqualTo(cut.strip().lines().count());
        assertThat(e.line()).isLessThan(lineOf(full, "EU.9001.02"));
        assertThat(e.getMessage()).startsWith("eu.xml:" + e.line() + ":");
    }

    @Test
    void truncatedUkXmlIsRefused() throws Exception {
        String full = fixture("uk-sanctions-sample.xml");
        String cut = cutBefore(full, "<UniqueID>RUS9002");
        ImportException e = refuse("uk.xml", cut);
        assertThat(e.file()).isEqualTo("uk.xml");
        assertThat(e.reason()).startsWith("malformed XML");
        assertThat(e.line()).isEqualTo(cut.strip().lines().count());
        assertThat(e.line()).isEqualTo(lineOf(full, "<UniqueID>RUS9002") - 1);
    }

    @Test
    void mismatchedTagNamesTheLine() {
        String xml = "<?xml version=\"1.0\"?>\n<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">\n"
                + "<sanctionEntity euReferenceNumber=\"EU.1.1\" logicalId=\"1\">\n"
                + "<nameAlias wholeName=\"A\"/>\n</sanctionEntityX>\n</export>\n";
        ImportException e = refuse("eu.xml", xml);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.reason()).startsWith("malformed XML");
    }

    @Test
    void euEntityWithoutANameIsRefusedAtItsLine() {
        String xml = "<?xml version=\"1.0\"?>\n<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">\n"
                + "<sanctionEntity euReferenceNumber=\"EU.1.1\" logicalId=\"1\"><nameAlias wholeName=\"A\"/></sanctionEntity>\n"
                + "<sanctionEntity euReferenceNumber=\"EU.2.2\" logicalId=\"2\">\n"
                + "<nameAlias wholeName=\"\" firstName=\"\" lastName=\"\"/>\n</sanctionEntity>\n</export>\n";
        ImportException e = refuse("eu.xml", xml);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("EU.2.2").contains("no nameAlias");
    }

    @Test
    void ukDesignationWithoutUniqueIdOrNameIsRefused() {
        String head = "<?xml version=\"1.0\"?>\n<Designations>\n";
        ImportException noId = refuse(
                "uk.xml",
                head + "<Designation>\n<Names><Name><Name6>X</Name6><NameType>Primary Name</NameType></Name></Names>"
                        + "</Designation>\n</Designations>\n");
        assertThat(noId.line()).isEqualTo(3);
        assertThat(noId.reason()).contains("UniqueID");
        ImportException noName =
                refuse("uk.xml", head + "\n<Designation><UniqueID>RUS1</UniqueID></Designation>\n</Designations>\n");
        assertThat(noName.line()).isEqualTo(4);
        assertThat(noName.reason()).contains("RUS1").contains("no name");
    }

    @Test
    void ukCsvRowWithTheWrongFieldCountIsRefusedAtItsLine() throws Exception {
        String csv = fixture("uk-sanctions-sample.csv");
        ImportException e = refuse("uk.csv", csv + "\n01/03/2026,RUS9003,,,SHORT ROW,Primary Name\n");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.reason()).contains("expected 58 fields, found 6");
    }

    @Test
    void ukCsvCutInsideAQuotedFieldIsRefused() throws Exception {
        String csv = fixture("uk-sanctions-sample.csv");
        String cut = csv.substring(0, csv.indexOf("Namely, KOROLEV"));
        ImportException e = refuse("uk.csv", cut);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("not closed");
    }

    @Test
    void ukCsvWithoutTheNameColumnsIsRefused() {
        ImportException e = refuse("uk.csv", "Report Date: 08-Oct-2026\nLast Updated,Unique ID,Regime Name\n1,2,3\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("Name 6");
    }

    @Test
    void externalEntitiesAreNotResolved() {
        ImportException e = refuse(
                "xxe.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE export [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"><sanctionEntity logicalId=\"1\">"
                        + "<nameAlias wholeName=\"&e;\"/></sanctionEntity></export>");
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void anXmlFileOfNoKnownListIsRefusedNamingItsRoot() {
        ImportException e = refuse("other.xml", "<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\"></rss>");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).contains("root element rss");
    }

    @Test
    void oneBadFileFailsTheWholeImport() throws Exception {
        String good = fixture("eu-fsf-sample.xml");
        String bad = cutBefore(fixture("uk-sanctions-sample.xml"), "<UniqueID>RUS9002");
        try {
            ListImporter.importFiles(List.of(
                    SourceFile.of("eu.xml", good.getBytes(StandardCharsets.UTF_8)),
                    SourceFile.of("uk.xml", bad.getBytes(StandardCharsets.UTF_8))));
            throw new AssertionError("accepted");
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo("uk.xml");
        }
    }
}
