package dev.licit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.HbmSpec;
import dev.licit.core.chip.Precision;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/** Reads the contract's chip and HBM JSON shapes, refusing wrong types with the field's path. */
public final class ChipSpecReader {
    private ChipSpecReader() {
    }

    public static ChipSpec read(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            throw new InputException(where + ": a chip must be a JSON object");
        }
        Map<Precision, Double> dense = new EnumMap<>(Precision.class);
        JsonNode d = n.get("dense");
        if (d != null && !d.isNull()) {
            if (!d.isObject()) {
                throw new InputException(where + ".dense: must be an object of precision -> TOPS");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Precision p = Precision.fromKey(e.getKey()).orElseThrow(() -> new InputException(where + ".dense."
                        + e.getKey() + ": unknown precision (use fp64, fp32, tf32, fp16, bf16, fp8, int8, int4, fp6, fp4)"));
                Double v = number(e.getValue(), where + ".dense." + e.getKey());
                if (v != null) {
                    dense.put(p, v);
                }
            }
        }
        return new ChipSpec(text(n, "vendor", where), text(n, "model", where), bool(n.get("datacenter"),
                where + ".datacenter"), dense, number(n.get("dieAreaMm2"), where + ".dieAreaMm2"),
                number(n.get("interconnectGBs"), where + ".interconnectGBs"),
                number(n.get("memoryBandwidthGBs"), where + ".memoryBandwidthGBs"));
    }

    public static HbmSpec readHbm(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            throw new InputException(where + ": hbm must be a JSON object");
        }
        return new HbmSpec(text(n, "model", where), number(n.get("memoryBandwidthGBs"), where + ".memoryBandwidthGBs"),
                number(n.get("packageAreaMm2"), where + ".packageAreaMm2"));
    }

    static Double number(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new InputException(where + ": must be a number, got " + v);
        }
        double x = v.asDouble();
        if (Double.isNaN(x) || Double.isInfinite(x) || x < 0) {
            throw new InputException(where + ": must be a finite number of at least 0, got " + v);
        }
        return x;
    }

    static Boolean bool(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new InputException(where + ": must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputException(where + "." + field + ": must be a string, got " + v);
        }
        return v.asText();
    }
}
