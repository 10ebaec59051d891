package dev.licit.store.record;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.TreeSet;

/**
 * Renders the XHTML record to PDF with openhtmltopdf (on PDFBox): the layout follows the HTML record's
 * own style, so that the two read alike, and each face is embedded as a subset of the glyphs used.
 * openhtmltopdf was chosen over drawing with PDFBox directly because the record already exists as
 * XHTML (one layout to keep, not two), and it is maintained, Apache/LGPL licensed, pure Java, and
 * embeds TrueType subsets with their Unicode maps (the text of the PDF can be searched and copied).
 */
final class RecordPdf {
    static final String FONT_FAMILY = "Licit Record";
    static final String FALLBACK_FAMILY = "Licit Record Fallback";

    static {
        // openhtmltopdf logs through java.util.logging to standard error, which the CLI keeps for errors
        XRLog.setLoggingEnabled(false);
    }

    private RecordPdf() {}

    static byte[] render(String xhtml, RecordFonts fonts, String title) {
        missingGlyphs(xhtml, fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Licit");
        // the record names no resource; anything else it could name is refused
        builder.useUriResolver((base, uri) -> null);
        for (RecordFonts.Face f : fonts.faces()) {
            builder.useFont(
                    f.file().toFile(),
                    f.fallback() ? FALLBACK_FAMILY : FONT_FAMILY,
                    f.weight(),
                    FontStyle.NORMAL,
                    true);
        }
        builder.withHtmlContent(
                xhtml.replace(
                        "font-family:'" + FONT_FAMILY + "'",
                        "font-family:'" + FONT_FAMILY + "','" + FALLBACK_FAMILY + "'"),
                null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new RecordPdfException(
                    "the PDF of " + title + " could not be made: " + e.getMessage(),
                    "the PDF could not be made (the server's log says why); the HTML record (Accept: text/html) is"
                            + " available",
                    e);
        }
        return out.toByteArray();
    }

    /** Refuses a record with characters no face has: they would print as boxes. */
    private static void missingGlyphs(String xhtml, RecordFonts fonts) {
        TreeSet<Integer> missing = new TreeSet<>();
        xhtml.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .filter(c -> !missing.contains(c) && !fonts.covers(c))
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            StringBuilder list = new StringBuilder();
            missing.stream()
                    .limit(20)
                    .forEach(c -> list.append(list.isEmpty() ? "" : ", ")
                            .append(String.format("U+%04X '%s'", c, Character.toString(c))));
            String characters = missing.size() + " character(s) that the PDF fonts lack (" + list + ")";
            throw new RecordPdfException(
                    "the record holds " + missing.size() + " character(s) that font "
                            + fonts.mainFont() + " and its fallbacks lack (" + list + "): set "
                            + RecordFonts.FONT_ENV + " to add a font that has them, or use the HTML record",
                    "the record holds " + characters + ": the HTML record (Accept: text/html) shows them");
        }
    }
}
