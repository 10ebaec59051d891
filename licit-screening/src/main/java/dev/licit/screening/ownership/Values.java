package dev.licit.screening.ownership;

import dev.licit.screening.imports.ImportException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** Dates and shares as the publishers write them, read strictly: a value that cannot be read names its field. */
final class Values {
    private Values() {}

    /**
     * A date, {@code YYYY-MM-DD}, or a date-time whose date part is taken, or (FollowTheMoney) a
     * partial date: {@code YYYY} or {@code YYYY-MM}. A partial start is read as the first day of the
     * period and a partial end as the last, so a link is never dropped from a day it may have held on.
     */
    static LocalDate date(String value, boolean end, String file, long line, String field) throws ImportException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(v);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
                return LocalDate.parse(v.substring(0, 10));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // reported below
        }
        throw new ImportException(file, line, "field '" + field + "': '" + v + "' is not a date (YYYY-MM-DD)");
    }

    /**
     * A percentage as a number from 0 to 100, with or without a {@code %} sign; a range {@code 25-50}
     * is read as its upper bound (a share that may reach 50 % is not read as below it). Returns null
     * for an empty value.
     */
    static Double percent(String value, String file, long line, String field) throws ImportException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace("%", "").strip().replace(',', '.');
        String[] range = v.split("\\s*(?<=\\d)-(?=\\s*\\d)\\s*");
        String n = range.length == 2 ? range[1] : v;
        double d;
        try {
            d = Double.parseDouble(n.strip());
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, "field '" + field + "': '" + value.strip() + "' is not a percentage");
        }
        return checked(d, value.strip(), file, line, field);
    }

    static Double checked(double d, String shown, String file, long line, String field) throws ImportException {
        if (Double.isNaN(d) || d < 0 || d > 100) {
            throw new ImportException(
                    file, line, "field '" + field + "': " + shown + " is not a percentage from 0 to 100");
        }
        return d;
    }

    /** An ISO 3166-1 alpha-2 code in upper case, or null for a value that is not one (a region, "zz"). */
    static String country(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        // FollowTheMoney writes sub-national jurisdictions as "us-de"; the country is the first part
        if (v.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
            v = v.substring(0, 2);
        }
        return v.matches("[A-Z]{2}") && !v.equals("ZZ") && !v.equals("XX") ? v : null;
    }

    static String text(com.fasterxml.jackson.databind.JsonNode n, String field) {
        com.fasterxml.jackson.databind.JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText().strip() : "";
    }
}
