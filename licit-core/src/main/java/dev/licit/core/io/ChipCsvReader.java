package dev.licit.core.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads chips in the CSV form of {@code chips-public.csv} (throughput columns are dense values;
 * extra columns are ignored). An empty cell is unknown, never zero.
 */
public final class ChipCsvReader {
    private static final Map<String, Precision> THROUGHPUT_COLUMNS = Map.of(
            "fp64_tflops",
            Precision.FP64,
            "fp32_tflops",
            Precision.FP32,
            "tf32_tflops",
            Precision.TF32,
            "fp16_tflops",
            Precision.FP16,
            "bf16_tflops",
            Precision.BF16,
            "fp8_tflops",
            Precision.FP8,
            "int8_tops",
            Precision.INT8,
            "int4_tops",
            Precision.INT4,
            "fp6_tflops",
            Precision.FP6,
            "fp4_tflops",
            Precision.FP4);

    private ChipCsvReader() {}

    /** One chip of a CSV file with its line number (for messages and for matching output to input). */
    public record Row(int line, ChipSpec chip, Map<String, String> cells) {}

    public static List<Row> read(String source, Reader reader) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(reader)) {
            int line = 2;
            while (it.hasNextValue()) {
                Map<String, String> cells = it.nextValue();
                int next = it.getCurrentLocation().getLineNr();
                rows.add(new Row(line, toChip(source, line, cells), cells));
                // the parser stands at the end of the row just read: the next row starts on the following line
                line = Math.max(line + 1, next + (it.getCurrentLocation().getColumnNr() > 1 ? 1 : 0));
            }
        } catch (RuntimeJsonMappingException | IOException e) {
            throw new InputException(
                    source + ": not a valid chips CSV: "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
        if (rows.isEmpty()) {
            throw new InputException(source + ": no chip rows (a header line and one row per chip are expected)");
        }
        return rows;
    }

    private static ChipSpec toChip(String source, int line, Map<String, String> cells) {
        if (!cells.containsKey("model")) {
            throw new InputException(
                    source + ":" + line + ": column 'model' is missing (the chips-public.csv columns are expected)");
        }
        Map<Precision, Double> dense = new EnumMap<>(Precision.class);
        THROUGHPUT_COLUMNS.forEach((col, p) -> {
            Double v = number(source, line, col, cells.get(col));
            if (v != null) {
                dense.put(p, v);
            }
        });
        return new ChipSpec(
                blankToNull(cells.get("vendor")),
                blankToNull(cells.get("model")),
                bool(source, line, cells.get("datacenter")),
                dense,
                number(source, line, "die_area_mm2", cells.get("die_area_mm2")),
                number(source, line, "interconnect_gbs", cells.get("interconnect_gbs")),
                number(source, line, "memory_bw_gbs", cells.get("memory_bw_gbs")));
    }

    private static Double number(String source, int line, String col, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isNaN(d) || Double.isInfinite(d) || d < 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InputException(
                    source + ":" + line + ": column " + col + ": \"" + v + "\" is not a number of at least 0");
        }
    }

    private static Boolean bool(String source, int line, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default ->
                throw new InputException(
                        source + ":" + line + ": column datacenter: \"" + v + "\" is not true or false");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
