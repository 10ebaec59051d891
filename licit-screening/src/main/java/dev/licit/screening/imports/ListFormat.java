package dev.licit.screening.imports;

import java.util.Locale;

/** The list file formats Licit reads, as their publishers ship them. */
enum ListFormat {
    /** trade.gov Consolidated Screening List, CSV (28-column header without {@code _id}, or 29 with it). */
    CSL_CSV,
    /** trade.gov Consolidated Screening List, JSON ({@code {"results": [...]}} or a bare array). */
    CSL_JSON,
    /** OFAC SDN legacy {@code sdn.csv}: the primary records. */
    OFAC_SDN,
    /** OFAC legacy {@code alt.csv}: aliases keyed on the SDN entry number. */
    OFAC_ALT,
    /** OFAC legacy {@code add.csv}: addresses keyed on the SDN entry number. */
    OFAC_ADD,
    /** OFAC legacy {@code sdn_comments.csv}: remarks overflow keyed on the SDN entry number. */
    OFAC_COMMENTS,
    /** BIS Denied Persons List, tab-separated text with a header row. */
    BIS_DPL,
    /** UN Security Council Consolidated List XML. */
    UN_XML,
    /** EU consolidated financial sanctions list, FSF XML (root {@code export}, {@code sanctionEntity} records). */
    EU_FSF_XML,
    /** FCDO UK Sanctions List XML (root {@code Designations}). */
    UK_XML,
    /** FCDO UK Sanctions List CSV ({@code Report Date:} line, then a header starting {@code Last Updated,Unique ID}). */
    UK_CSV;

    /**
     * Recognises a file by its content (header line, first record shape, root element), using the
     * file name only to tell apart the OFAC files that share a shape.
     */
    static ListFormat detect(SourceFile file) throws ImportException {
        String first = file.firstLine().strip();
        String lower = file.name().toLowerCase(Locale.ROOT);
        if (first.startsWith("{") || first.startsWith("[")) {
            return CSL_JSON;
        }
        if (first.startsWith("<")) {
            String root = XmlInput.rootElement(file.text());
            if ("export".equals(root) && file.text().contains("sanctionEntity")) {
                return EU_FSF_XML;
            }
            if ("Designations".equals(root)) {
                return UK_XML;
            }
            if (file.text().contains("<CONSOLIDATED_LIST")) {
                return UN_XML;
            }
            throw new ImportException(
                    file.name(),
                    1,
                    "XML file is not a known list (root element " + root
                            + "; expected CONSOLIDATED_LIST (UN), export (EU FSF) or Designations (UK))");
        }
        String unquoted = first.replace("\"", "");
        if (unquoted.startsWith("Report Date:") || unquoted.startsWith("Last Updated,Unique ID,")) {
            return UK_CSV;
        }
        if (unquoted.startsWith("_id,source,") || unquoted.startsWith("source,entity_number,")) {
            return CSL_CSV;
        }
        if (unquoted.startsWith("Name\tStreet_Address")) {
            return BIS_DPL;
        }
        if (first.matches("^\\d+,.*")) {
            int fields = new CsvReader(file.name(), first, ',').next().size();
            return switch (fields) {
                case 12 -> OFAC_SDN;
                case 5 -> OFAC_ALT;
                case 6 -> OFAC_ADD;
                case 2 -> OFAC_COMMENTS;
                default ->
                    throw new ImportException(
                            file.name(),
                            1,
                            "looks like an OFAC legacy CSV but has " + fields
                                    + " fields; expected 12 (sdn), 5 (alt), 6 (add) or 2 (sdn_comments)");
            };
        }
        if (lower.endsWith(".json")) {
            return CSL_JSON;
        }
        throw new ImportException(
                file.name(),
                1,
                "unrecognised list format; expected a CSL CSV or JSON, "
                        + "OFAC sdn/alt/add CSV, BIS Denied Persons text, UN consolidated XML, "
                        + "EU FSF XML or UK Sanctions List XML/CSV");
    }
}
