package dev.licit.store.record;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The TrueType fonts a PDF record is set in, found at run time: a Korean font first (its regular face
 * and, when there is one, its bold face), then fallbacks for the symbols it lacks. Only TrueType
 * outlines are accepted because PDFBox embeds a subset of those and cannot embed CFF outlines (the
 * Noto Sans CJK collections Debian ships are CFF); the default is Debian's fonts-nanum (SIL Open
 * Font License), with DejaVu Sans as fallback when installed.
 *
 * <p>{@value #FONT_ENV} names the regular face (a {@code .ttf} file), or several files separated by
 * {@code :} (the first is the main font, the others fallbacks); {@value #BOLD_ENV} its bold face. A
 * font that is named but missing, unreadable, not TrueType or without Korean glyphs is an error that
 * says so: a PDF is never made with a font that would print boxes for Korean text.
 */
public final class RecordFonts {
    public static final String FONT_ENV = "LICIT_PDF_FONT";
    public static final String BOLD_ENV = "LICIT_PDF_FONT_BOLD";

    static final String NANUM = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";
    static final String NANUM_BOLD = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf";
    static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static final String DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    /** One face: its file, its weight (400 or 700) and the cmap that tells which characters it has. */
    record Face(Path file, int weight, boolean fallback, TrueTypeFont font) {}

    /** What an API client is told when the fonts are missing or unusable: no paths of the server. */
    static final String FOR_CLIENTS = "this server has no usable font for PDF records (its log says which and why);"
            + " the HTML record (Accept: text/html) is available";

    private final List<Face> faces;

    private RecordFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /** Locates the fonts from the environment, or Debian's defaults; an error says what to install or set. */
    public static RecordFonts locate(Map<String, String> env) {
        String named = env.get(FONT_ENV);
        List<Face> faces = new ArrayList<>();
        if (named != null && !named.isBlank()) {
            String[] files = named.strip().split(File.pathSeparator);
            faces.add(load(Path.of(files[0].strip()), 400, false, FONT_ENV, true));
            String bold = env.get(BOLD_ENV);
            if (bold != null && !bold.isBlank()) {
                faces.add(load(Path.of(bold.strip()), 700, false, BOLD_ENV, true));
            }
            for (int i = 1; i < files.length; i++) {
                if (!files[i].isBlank()) {
                    faces.add(load(Path.of(files[i].strip()), 400, true, FONT_ENV, false));
                }
            }
        } else {
            if (!Files.isRegularFile(Path.of(NANUM))) {
                throw new RecordPdfException(
                        "PDF records need a TrueType font with Korean glyphs, and " + NANUM
                                + " is not installed: install Debian's fonts-nanum, or set " + FONT_ENV
                                + " to a .ttf file that has Hangul (CFF fonts such as Noto Sans CJK cannot be embedded)",
                        FOR_CLIENTS);
            }
            faces.add(load(Path.of(NANUM), 400, false, "the default font", true));
            if (Files.isRegularFile(Path.of(NANUM_BOLD))) {
                faces.add(load(Path.of(NANUM_BOLD), 700, false, "the default bold font", true));
            }
            if (Files.isRegularFile(Path.of(DEJAVU))) {
                faces.add(load(Path.of(DEJAVU), 400, true, "the fallback font", false));
            }
            if (Files.isRegularFile(Path.of(DEJAVU_BOLD))) {
                faces.add(load(Path.of(DEJAVU_BOLD), 700, true, "the fallback bold font", false));
            }
        }
        return new RecordFonts(faces);
    }

    /** Reads one face and checks it can be embedded (TrueType outlines) and, for a main face, has Hangul. */
    private static Face load(Path file, int weight, boolean fallback, String what, boolean korean) {
        if (!Files.isRegularFile(file)) {
            throw new RecordPdfException(
                    what + " " + file + " (" + FONT_ENV + "/" + BOLD_ENV
                            + ") does not exist: name an installed .ttf file (Debian: fonts-nanum)",
                    FOR_CLIENTS);
        }
        TrueTypeFont font;
        try {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new RecordPdfException(
                    what + " " + file + " is not a readable TrueType font (.ttf): " + e.getMessage()
                            + " (a .ttc collection or an .otf with CFF outlines cannot be embedded)",
                    FOR_CLIENTS);
        }
        try {
            if (!font.getTableMap().containsKey("glyf")) {
                throw new RecordPdfException(
                        what + " " + file
                                + " has no TrueType outlines (CFF?): PDFBox cannot embed it; name a .ttf file",
                        FOR_CLIENTS);
            }
            if (korean && !has(font, '\uD55C')) { // 한
                throw new RecordPdfException(
                        what + " " + file + " has no Korean glyphs: name a font with Hangul, such as NanumGothic.ttf",
                        FOR_CLIENTS);
            }
        } catch (IOException e) {
            throw new RecordPdfException(what + " " + file + " cannot be read: " + e.getMessage(), FOR_CLIENTS);
        }
        return new Face(file, weight, fallback, font);
    }

    private static boolean has(TrueTypeFont font, int codePoint) throws IOException {
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    /** Whether some face has a glyph for the character. */
    boolean covers(int codePoint) {
        for (Face f : faces) {
            try {
                if (has(f.font(), codePoint)) {
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    List<Face> faces() {
        return faces;
    }

    /** The file of the main face, for messages and documentation. */
    public Path mainFont() {
        return faces.getFirst().file();
    }
}
