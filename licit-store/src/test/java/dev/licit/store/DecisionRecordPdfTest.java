package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.store.decision.StoredDecision;
import dev.licit.store.record.DecisionRecords;
import dev.licit.store.record.RecordFonts;
import dev.licit.store.record.RecordLanguage;
import dev.licit.store.record.RecordPdfException;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 18, point 4: the record as a PDF, read back with PDFBox: its text in English and Korean holds
 * the key facts, and the Korean font is embedded as a subset. The fonts are Debian's (fonts-nanum, which
 * .ci/run installs), found as a server or the CLI finds them. One backend is enough: the PDF is made
 * from the same page as the HTML record, which {@link DecisionRecordsTest} runs on both.
 */
@ParameterizedClass
@EnumSource(value = Backend.class, names = "H2")
class DecisionRecordPdfTest extends StoreTestBase {
    private static final RecordFonts FONTS = RecordFonts.locate(Map.of());

    private StoredDecision decide(String json) {
        return store.decisions().record(Fixtures.decide(store, json, Fixtures.curatedScreener(), ALICE));
    }

    private static String text(PDDocument pdf) throws Exception {
        dump(pdf);
        // a long value may wrap anywhere: the facts are looked for with their white space made single spaces
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    /** With -Dlicit.record.dump=DIR, each page is also written there as a PNG, to look at the layout. */
    private static void dump(PDDocument pdf) throws Exception {
        String where = System.getProperty("licit.record.dump");
        if (where != null) {
            var r = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                javax.imageio.ImageIO.write(
                        r.renderImageWithDPI(i, 70),
                        "png",
                        Path.of(
                                        where,
                                        pdf.getDocumentInformation().getTitle().replaceAll("\\W", "_") + "-" + i
                                                + ".png")
                                .toFile());
            }
        }
    }

    private static List<PDFont> fonts(PDDocument pdf) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void theEnglishPdfHoldsTheDecisionItsClassificationScreeningAndAudit() throws Exception {
        StoredDecision held = decide(Fixtures.order(
                "PDF-1", "2024-06-01", "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0));
        long match = store.cases().get(held.caseId()).matches().getFirst().id();
        store.cases().clear(held.caseId(), match, "Hamburg importer, other address", BOB);
        byte[] bytes =
                new DecisionRecords(store, clock).pdf(store.decisions().get(held.id()), RecordLanguage.EN, FONTS);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            assertThat(text)
                    .contains("Export decision record")
                    .contains(held.id())
                    .contains("PDF-1")
                    .contains("3A090.a")
                    .contains("TPP 15832")
                    .contains("Higon Trading GmbH")
                    .contains("Hamburg importer, other address")
                    .contains("Korea's strategic items control");
            // the audit sequence numbers are there; hashes may be broken across lines, so their start
            store.audit()
                    .about(held.id())
                    .forEach(e -> assertThat(text.replaceAll("\\s", "")).contains(e.hash()));
            assertThat(pdf.getDocumentInformation().getTitle()).contains(held.id());
            assertThat(fonts(pdf))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void theKoreanPdfIsInKoreanWithTheKoreanFontEmbeddedAsASubset() throws Exception {
        StoredDecision d = decide(Fixtures.h100ToVietnam("PDF-KO", 2));
        byte[] bytes = new DecisionRecords(store, clock).pdf(d, RecordLanguage.KO, FONTS);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            assertThat(text)
                    .contains("수출 판정 기록")
                    .contains("목적국")
                    .contains("허가 필요")
                    .contains("TPP 15832가 4800 이상")
                    .contains("전략물자")
                    .contains("PDF-KO")
                    .doesNotContain("LICENSE_REQUIRED (presumption");
            // why its case was opened, from the case's codes (lines break anywhere in Korean: compared without spaces)
            assertThat(text.replaceAll("\\s", "")).contains("허가필요(승인추정):등록된허가중이주문에해당하는것이없습니다.목적국VN에등록된허가가없음.");
            List<PDFont> fonts = fonts(pdf);
            // a subset's name carries a six-letter tag (ABCDEF+NanumGothic), and it is embedded
            assertThat(fonts)
                    .anySatisfy(f -> assertThat(f.getName()).matches("[A-Z]{6}\\+NanumGothic.*"))
                    .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
        // a subset: far smaller than the 4 MB font itself
        assertThat(bytes.length).isLessThan(1_000_000);
    }

    @Test
    void outsideTextWithMarkupAndControlCharactersStaysText() throws Exception {
        StoredDecision d = decide(Fixtures.order(
                "PDF-<b>",
                "2024-06-01",
                "DE",
                "Evil <script>x</script>\\u0007 GmbH",
                "DE",
                "nvidia-h100-sxm5-80gb",
                1,
                1.0));
        byte[] bytes = new DecisionRecords(store, clock).pdf(d, RecordLanguage.EN, FONTS);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(text(pdf)).contains("PDF-<b>").contains("Evil <script>x</script>");
        }
    }

    @Test
    void aMissingOrUnusableFontIsAClearErrorNeverABoxedPdf(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        assertThatThrownBy(() -> RecordFonts.locate(Map.of(RecordFonts.FONT_ENV, "/nowhere/font.ttf")))
                .isInstanceOf(RecordPdfException.class)
                .hasMessageContaining("/nowhere/font.ttf")
                .hasMessageContaining("does not exist");
        // Debian's Noto Sans CJK is a collection of CFF fonts: refused with the reason
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        if (Files.exists(noto)) {
            assertThatThrownBy(() -> RecordFonts.locate(Map.of(RecordFonts.FONT_ENV, noto.toString())))
                    .isInstanceOf(RecordPdfException.class)
                    .hasMessageContaining("cannot be embedded");
        }
        // a TrueType font without Hangul would print boxes for Korean: refused
        Path latin = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.exists(latin)) {
            assertThatThrownBy(() -> RecordFonts.locate(Map.of(RecordFonts.FONT_ENV, latin.toString())))
                    .isInstanceOf(RecordPdfException.class)
                    .hasMessageContaining("no Korean glyphs");
        }
        Path junk = Files.writeString(tmp.resolve("junk.ttf"), "not a font");
        assertThatThrownBy(() -> RecordFonts.locate(Map.of(RecordFonts.FONT_ENV, junk.toString())))
                .isInstanceOf(RecordPdfException.class)
                .hasMessageContaining("not a readable TrueType font");
    }

    @Test
    void charactersNoFontHasAreRefusedByName() {
        // Nanum has Hangul and Latin but no Devanagari, and no fallback is named here
        RecordFonts nanumOnly =
                RecordFonts.locate(Map.of(RecordFonts.FONT_ENV, FONTS.mainFont().toString()));
        StoredDecision d = decide(Fixtures.order(
                "PDF-HI", "2024-06-01", "DE", "\u0915\u0916 Traders", "DE", "nvidia-h100-sxm5-80gb", 1, 1.0));
        assertThatThrownBy(() -> new DecisionRecords(store, clock).pdf(d, RecordLanguage.EN, nanumOnly))
                .isInstanceOf(RecordPdfException.class)
                .hasMessageContaining("U+0915")
                .hasMessageContaining(RecordFonts.FONT_ENV);
    }
}
