package dev.licit.screening.fetch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The formats a source may declare, as {@code sources.yaml} spells them, with the importer's format
 * name(s) a download must turn out to be and the content types a publisher may send for it.
 */
enum SourceFormat {
    CSL_CSV("csl-csv", Set.of("CSL_CSV"), "csv"),
    CSL_JSON("csl-json", Set.of("CSL_JSON"), "json"),
    OFAC_SDN_CSV("ofac-sdn-csv", Set.of("OFAC_SDN", "OFAC_ALT", "OFAC_ADD", "OFAC_COMMENTS"), "csv"),
    UN_XML("un-xml", Set.of("UN_XML"), "xml"),
    BIS_DPL("bis-dpl", Set.of("BIS_DPL"), "txt"),
    EU_FSF_XML("eu-fsf-xml", Set.of("EU_FSF_XML"), "xml"),
    UK_XML("uk-xml", Set.of("UK_XML", "UK_CSV"), "xml");

    private final String code;
    private final Set<String> importerFormats;
    private final String extension;

    SourceFormat(String code, Set<String> importerFormats, String extension) {
        this.code = code;
        this.importerFormats = importerFormats;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    /** Whether the importer's format name for a downloaded file is what this source declares. */
    boolean accepts(String importerFormat) {
        return importerFormats.contains(importerFormat);
    }

    String extension(int index) {
        return extension;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(SourceFormat::code).toList();
    }

    public static SourceFormat ofCode(String code) {
        for (SourceFormat f : values()) {
            if (f.code.equals(code.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether a response's content type may carry this format. An HTML page (a portal's error or login
     * page answered with 200) is never a list; a generic binary or text type is accepted and left to
     * the format's own checks.
     */
    boolean contentTypeAllowed(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String t = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
            return false;
        }
        if (t.equals("application/octet-stream")
                || t.equals("text/plain")
                || t.equals("application/gzip")
                || t.equals("application/x-gzip")) {
            return true;
        }
        return switch (extension) {
            case "csv" -> t.contains("csv") || t.equals("application/vnd.ms-excel");
            case "json" -> t.contains("json");
            case "xml" -> t.contains("xml");
            default -> t.startsWith("text/");
        };
    }
}
