package dev.licit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.decide.DesignerStatus;
import dev.licit.core.decide.Fabrication;
import dev.licit.core.decide.LineDeclarations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads what an order line declares beyond its item ({@code usAvailableSince}, {@code unitsShipped},
 * {@code fabrication}; contract.md "Order"), for {@link OrderReader}. Unknown fields are refused with
 * their path, like every other part of the order.
 */
final class LineReader {
    /** The line fields this reader owns. */
    static final List<String> FIELDS = List.of("usAvailableSince", "unitsShipped", "fabrication");

    static final List<String> UNITS_FIELDS = List.of("usEndUsers", "chinaMacau");
    static final List<String> FABRICATION_FIELDS =
            List.of("processNodeNm", "transistorsBillions", "hbmInPackage", "designerStatus");
    /** More units than this is a typing slip, not a market. */
    private static final long MAX_UNITS = 1_000_000_000_000L;
    /** Node and count bounds that catch unit slips (metres, raw transistor counts). */
    private static final double MAX_NODE_NM = 1_000;

    private static final double MAX_TRANSISTORS_BILLIONS = 100_000;

    private LineReader() {}

    static LineDeclarations read(JsonNode line, String ptr) {
        LocalDate since = date(line, "usAvailableSince", ptr);
        Long us = null;
        Long cn = null;
        JsonNode u = line.get("unitsShipped");
        if (u != null && !u.isNull()) {
            String up = ptr + "/unitsShipped";
            JsonShape.requireObject(u, up, "unitsShipped");
            JsonShape.onlyKnown(u, up, UNITS_FIELDS);
            us = units(u, "usEndUsers", up);
            cn = units(u, "chinaMacau", up);
        }
        Fabrication fab = null;
        JsonNode f = line.get("fabrication");
        if (f != null && !f.isNull()) {
            String fp = ptr + "/fabrication";
            JsonShape.requireObject(f, fp, "fabrication");
            JsonShape.onlyKnown(f, fp, FABRICATION_FIELDS);
            fab = new Fabrication(
                    bounded(f, "processNodeNm", fp, MAX_NODE_NM),
                    bounded(f, "transistorsBillions", fp, MAX_TRANSISTORS_BILLIONS),
                    JsonShape.bool(f, "hbmInPackage", fp),
                    status(f, fp));
        }
        if (since == null && us == null && cn == null && fab == null) {
            return LineDeclarations.NONE;
        }
        return new LineDeclarations(since, us, cn, fab);
    }

    private static LocalDate date(JsonNode n, String field, String ptr) {
        String text = JsonShape.text(n, field, ptr);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new FieldError(ptr + "/" + field, "is not a date of the form YYYY-MM-DD: " + text);
        }
    }

    private static Long units(JsonNode n, String field, String ptr) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > MAX_UNITS) {
            throw new FieldError(
                    ptr + "/" + field,
                    "must be a whole number of units from 0 to " + MAX_UNITS + ", got " + JsonShape.shortText(v));
        }
        return v.asLong();
    }

    private static Double bounded(JsonNode n, String field, String ptr, double max) {
        Double x = JsonShape.number(n, field, ptr);
        if (x != null && (x <= 0 || x > max)) {
            throw new FieldError(ptr + "/" + field, "must be above 0 and at most " + (long) max + ", got " + x);
        }
        return x;
    }

    private static DesignerStatus status(JsonNode n, String ptr) {
        String text = JsonShape.text(n, "designerStatus", ptr);
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DesignerStatus s : DesignerStatus.values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        List<String> names =
                Arrays.stream(DesignerStatus.values()).map(Enum::name).toList();
        String nearest = JsonShape.nearest(t, names);
        throw new FieldError(
                ptr + "/designerStatus",
                "unknown designer status \"" + text + "\"" + (nearest == null ? "" : " (did you mean " + nearest + "?)")
                        + "; the values are " + String.join(", ", names));
    }
}
