package dev.licit.batch.ownership;

import dev.licit.core.io.InputException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain ownership CSV ({@code owner,owned,percent,startDate,endDate,source}, any column order,
 * {@code ownerCountry}/{@code ownedCountry} allowed) read line by line, as {@code licit ownership import}
 * reads it (an empty percent is unknown, "20-30 %" is its upper end, a year or a month is a date), but
 * without building a link object per row: the covered set reads ten million rows. Serializable so that
 * Spark executors parse the lines of their own splits.
 */
public record OwnershipCsv(int owner, int owned, int percent, int startDate, int endDate, int columns)
        implements Serializable {
    private static final List<String> KNOWN =
            List.of("owner", "owned", "percent", "startDate", "endDate", "source", "ownerCountry", "ownedCountry");

    /** The columns from the header line; refuses a header without owner, owned or percent. */
    public static OwnershipCsv header(String file, String line) {
        if (line == null) {
            throw new InputException(file + ": the file is empty (a header owner,owned,percent,... is required)");
        }
        List<String> names = fields(line.startsWith("\uFEFF") ? line.substring(1) : line);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = canonical(names.get(i).strip());
            if (name == null) {
                throw new InputException(file + ":1: unknown column '"
                        + names.get(i).strip() + "' (known: " + String.join(", ", KNOWN) + ")");
            }
            if (col.put(name, i) != null) {
                throw new InputException(file + ":1: column '" + name + "' appears twice");
            }
        }
        for (String required : List.of("owner", "owned", "percent")) {
            if (!col.containsKey(required)) {
                throw new InputException(file + ":1: the header has no '" + required + "' column");
            }
        }
        return new OwnershipCsv(
                col.get("owner"),
                col.get("owned"),
                col.get("percent"),
                col.getOrDefault("startDate", -1),
                col.getOrDefault("endDate", -1),
                names.size());
    }

    private static String canonical(String name) {
        for (String k : KNOWN) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The edge of one data line if it is in force on {@code date} (null: every date), else null; a
     * blank line is null too.
     *
     * @param lineNumber for the message of a malformed line (1 is the header)
     */
    public EdgeLine edge(String file, long lineNumber, String line, LocalDate date) {
        if (line.isBlank()) {
            return null;
        }
        List<String> f = line.indexOf('"') < 0 ? plainFields(line) : fields(line);
        if (f.size() != columns) {
            throw new InputException(
                    file + ":" + lineNumber + ": has " + f.size() + " fields where the header has " + columns);
        }
        String ownerName = clean(f.get(owner));
        String ownedName = clean(f.get(owned));
        if (ownerName.isEmpty() || ownedName.isEmpty()) {
            throw new InputException(
                    file + ":" + lineNumber + ": field '" + (ownerName.isEmpty() ? "owner" : "owned") + "' is empty");
        }
        if (date != null) {
            LocalDate start = startDate < 0 ? null : date(f.get(startDate), false, file, lineNumber, "startDate");
            LocalDate end = endDate < 0 ? null : date(f.get(endDate), true, file, lineNumber, "endDate");
            if ((start != null && date.isBefore(start)) || (end != null && date.isAfter(end))) {
                return null;
            }
        }
        return new EdgeLine(ownerName, ownedName, percent(f.get(percent), file, lineNumber));
    }

    private static String clean(String s) {
        String v = s.strip();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i))
                    && (v.charAt(i) != ' ' || i + 1 < v.length() && Character.isWhitespace(v.charAt(i + 1)))) {
                return v.replaceAll("\\s+", " "); // rare: only a name with runs of blanks pays for the regex
            }
        }
        return v;
    }

    static long percent(String value, String file, long line) {
        long plain = plainUnits(value);
        if (plain >= 0) {
            return plain;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return Shares.UNKNOWN;
        }
        String n = v.replace("%", "").strip().replace(',', '.');
        if (n.indexOf('-') > 0) {
            String[] range = n.split("\\s*(?<=\\d)-(?=\\s*\\d)\\s*");
            if (range.length == 2) {
                n = range[1];
            }
        }
        double d;
        try {
            d = Double.parseDouble(n.strip());
        } catch (NumberFormatException e) {
            throw new InputException(file + ":" + line + ": field 'percent': '" + v + "' is not a percentage");
        }
        if (Double.isNaN(d) || d < 0 || d > 100) {
            throw new InputException(
                    file + ":" + line + ": field 'percent': " + v + " is not a percentage from 0 to 100");
        }
        return Shares.units(d);
    }

    /**
     * "55" or "49.99" (at most nine decimals, at most 100) straight to units without a double, or -1
     * for anything else (an empty field, a "%", a range): the general path reads those.
     */
    static long plainUnits(String v) {
        int n = v.length();
        if (n == 0 || n > 13) {
            return -1;
        }
        long whole = 0;
        int i = 0;
        for (; i < n && v.charAt(i) != '.'; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            whole = whole * 10 + (c - '0');
        }
        if (i == 0 || whole > 100) {
            return -1;
        }
        long fraction = 0;
        long scale = Shares.SCALE;
        if (i < n) {
            if (i == n - 1 || n - i - 1 > 9) {
                return -1;
            }
            for (int j = i + 1; j < n; j++) {
                char c = v.charAt(j);
                if (c < '0' || c > '9') {
                    return -1;
                }
                fraction = fraction * 10 + (c - '0');
                scale /= 10;
            }
        }
        long units = whole * Shares.SCALE + fraction * scale;
        return units > Shares.WHOLE ? -1 : units;
    }

    /** The fields of a line without quotes. */
    private static List<String> plainFields(String line) {
        List<String> out = new ArrayList<>(8);
        int from = 0;
        for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', from)) {
            out.add(line.substring(from, i));
            from = i + 1;
        }
        out.add(line.substring(from));
        return out;
    }

    static LocalDate date(String value, boolean end, String file, long line, String field) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            if (v.length() == 4) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (v.length() == 7) {
                YearMonth ym = YearMonth.parse(v);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (v.length() >= 10) {
                return LocalDate.parse(v.substring(0, 10));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // reported below
        }
        throw new InputException(file + ":" + line + ": field '" + field + "': '" + v + "' is not a date (YYYY-MM-DD)");
    }

    /** The fields of one CSV line, RFC 4180 quotes undone; a line without a quote takes the fast path. */
    static List<String> fields(String line) {
        if (line.indexOf('"') < 0) {
            return plainFields(line);
        }
        List<String> out = new ArrayList<>(8);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
