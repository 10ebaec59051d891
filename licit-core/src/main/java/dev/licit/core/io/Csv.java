package dev.licit.core.io;

import java.util.regex.Pattern;

/**
 * Writes CSV fields the RFC 4180 way (quoted only when they hold a comma, a quote or a line break),
 * neutralised against formula injection: a spreadsheet opening the file runs a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a formula,
 * and party and list names come from outside. Such a cell gets a leading apostrophe, which
 * spreadsheets show as text and do not display (OWASP's advice). A plain negative number is left
 * alone: no spreadsheet reads it as a formula, and a number must stay a number.
 *
 * <p>One writer for every CSV Licit produces: batch output, the CLI's tables and the API's exports.
 */
public final class Csv {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private Csv() {}

    public static String field(String s) {
        if (s == null) {
            return "";
        }
        String v = neutralised(s);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + v.replace("\"", "\"\"") + '"';
            }
        }
        return v;
    }

    /** The cell as a spreadsheet will show it as text: with a leading apostrophe when it would start a formula. */
    public static String neutralised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !PLAIN_NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    public static String line(String... fields) {
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields[i]));
        }
        return sb.toString();
    }
}
