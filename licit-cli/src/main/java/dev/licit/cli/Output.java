package dev.licit.cli;

/** Helpers for the text tables and CSV cells commands print (JSON goes through {@link dev.licit.cli.common.JsonOutput}). */
final class Output {
    private Output() {}

    static String pad(String s, int width) {
        String v = s == null ? "" : s;
        return v.length() >= width ? v : v + " ".repeat(width - v.length());
    }

    /** One CSV cell: quoted as RFC 4180 asks, and neutralised against formula injection like every CSV Licit writes. */
    static String csv(String s) {
        return dev.licit.core.io.Csv.field(s);
    }
}
