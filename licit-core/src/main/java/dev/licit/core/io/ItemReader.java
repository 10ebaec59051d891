package dev.licit.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.HbmSpec;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.json.Json;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one reader of the contract's item specifications: a chip, an HBM stack, a system of chips, or
 * a catalog id. Orders (through {@link OrderReader}), {@code licit classify}, {@code POST
 * /v1/classify} and the UI all read items here, so an item is accepted or refused alike everywhere.
 */
public final class ItemReader {
    /** The fields of a chip (contract.md, "Chip specification"). */
    public static final List<String> CHIP_FIELDS =
            List.of("vendor", "model", "datacenter", "dense", "dieAreaMm2", "interconnectGBs", "memoryBandwidthGBs");

    static final List<String> HBM_FIELDS = List.of("model", "memoryBandwidthGBs", "packageAreaMm2");
    static final List<String> SYSTEM_FIELDS = List.of("model", "chips");
    static final List<String> COMPONENT_FIELDS = List.of("chip", "catalogId", "count");
    /** The item kinds, of which an item gives exactly one. */
    static final List<String> KINDS = List.of("chip", "hbm", "system", "catalogId");
    /** What a classify input may wrap its chips in. */
    private static final List<String> WRAPPER_FIELDS = List.of("asOf", "chips");
    /** A system of more chips than this is a typing slip, not a server. */
    private static final int MAX_CHIPS_PER_SYSTEM = 1_000_000;

    private static final int MAX_SPECS = 10_000;

    private final ChipCatalog catalog;

    public ItemReader(ChipCatalog catalog) {
        this.catalog = catalog;
    }

    /** What a classify request holds: its items, and the date it names ({@code asOf}), if any. */
    public record Specs(LocalDate asOf, List<ItemSpec> items) {
        public Specs {
            items = List.copyOf(items);
        }
    }

    /**
     * Reads the input of classify: one item, an array of items, or {@code {"asOf": .., "chips": [..]}}.
     * An item is a chip spec, or an object giving exactly one of {@code chip}, {@code hbm},
     * {@code system} or {@code catalogId}. Refusals name the source, the line and the path.
     */
    public Specs readSpecs(String source, String json) {
        JsonNode root;
        try {
            root = Json.STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return specs(root);
        } catch (FieldError e) {
            throw e.in(source, json);
        }
    }

    private Specs specs(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new FieldError("", "no chips in it");
        }
        LocalDate asOf = null;
        JsonNode list = root;
        String pointer = "";
        if (root.isObject() && root.has("chips")) {
            JsonShape.onlyKnown(root, "", WRAPPER_FIELDS);
            String date = JsonShape.text(root, "asOf", "");
            if (date != null) {
                try {
                    asOf = LocalDate.parse(date.trim());
                } catch (DateTimeParseException e) {
                    throw new FieldError("/asOf", "is not a date of the form YYYY-MM-DD: " + date);
                }
            }
            list = root.get("chips");
            pointer = "/chips";
            if (!list.isArray()) {
                throw new FieldError(pointer, "must be a list of chips");
            }
        }
        List<ItemSpec> items = new ArrayList<>();
        if (list.isArray()) {
            if (list.size() > MAX_SPECS) {
                throw new FieldError(
                        pointer, "holds " + list.size() + " items; at most " + MAX_SPECS + " in one input");
            }
            for (int i = 0; i < list.size(); i++) {
                items.add(standalone(list.get(i), pointer + "/" + i));
            }
        } else {
            items.add(standalone(list, pointer));
        }
        if (items.isEmpty()) {
            throw new FieldError(pointer, "no chips in it");
        }
        return new Specs(asOf, items);
    }

    /** An item given alone (not in an order line): a bare chip spec, or one of the item kinds. */
    private ItemSpec standalone(JsonNode n, String pointer) {
        JsonShape.requireObject(n, pointer, "an item");
        for (String kind : KINDS) {
            if (n.has(kind)) {
                JsonShape.onlyKnown(n, pointer, KINDS);
                return spec(n, pointer);
            }
        }
        return chip(n, pointer, Set.of());
    }

    /** The spec of an object that gives exactly one of the item kinds (its other fields are the caller's). */
    ItemSpec spec(JsonNode n, String pointer) {
        int kinds = 0;
        for (String k : KINDS) {
            if (n.hasNonNull(k)) {
                kinds++;
            }
        }
        if (kinds != 1) {
            throw new FieldError(pointer, "give exactly one of chip, hbm, system or catalogId");
        }
        if (n.hasNonNull("catalogId")) {
            return catalogChip(n, pointer);
        }
        if (n.hasNonNull("chip")) {
            return chip(n.get("chip"), pointer + "/chip", Set.of());
        }
        if (n.hasNonNull("hbm")) {
            return hbm(n.get("hbm"), pointer + "/hbm");
        }
        return system(n.get("system"), pointer + "/system");
    }

    private ItemSpec catalogChip(JsonNode n, String pointer) {
        String id = JsonShape.text(n, "catalogId", pointer, OrderReader.MAX_CODE);
        return catalog.find(id.trim())
                .orElseThrow(() -> new FieldError(
                        pointer + "/catalogId", "unknown catalog id \"" + id + "\" (see licit catalog list)"))
                .spec();
    }

    private SystemSpec system(JsonNode n, String pointer) {
        JsonShape.requireObject(n, pointer, "a system");
        JsonShape.onlyKnown(n, pointer, SYSTEM_FIELDS);
        JsonNode chips = n.get("chips");
        if (chips == null || !chips.isArray() || chips.isEmpty()) {
            throw new FieldError(pointer + "/chips", "a system needs a non-empty list of chips");
        }
        List<SystemSpec.Component> components = new ArrayList<>();
        for (int i = 0; i < chips.size(); i++) {
            JsonNode c = chips.get(i);
            String cp = pointer + "/chips/" + i;
            JsonShape.requireObject(c, cp, "a system's chip");
            JsonShape.onlyKnown(c, cp, COMPONENT_FIELDS);
            int count = JsonShape.count(c, "count", cp, 1, MAX_CHIPS_PER_SYSTEM, 1);
            boolean byId = c.hasNonNull("catalogId");
            if (byId == c.hasNonNull("chip")) {
                throw new FieldError(cp, "give exactly one of chip or catalogId");
            }
            ItemSpec spec = byId ? catalogChip(c, cp) : chip(c.get("chip"), cp + "/chip", Set.of());
            if (!(spec instanceof ChipSpec chip)) {
                throw new FieldError(cp + "/catalogId", "is not a chip");
            }
            components.add(new SystemSpec.Component(chip, count));
        }
        return new SystemSpec(JsonShape.text(n, "model", pointer), components);
    }

    private static HbmSpec hbm(JsonNode n, String pointer) {
        JsonShape.requireObject(n, pointer, "hbm");
        JsonShape.onlyKnown(n, pointer, HBM_FIELDS);
        return new HbmSpec(
                JsonShape.text(n, "model", pointer),
                JsonShape.number(n, "memoryBandwidthGBs", pointer),
                JsonShape.number(n, "packageAreaMm2", pointer));
    }

    /** A chip spec; {@code alsoKnown} are fields the caller reads beside it (the catalog's sources, say). */
    static ChipSpec chip(JsonNode n, String pointer, Set<String> alsoKnown) {
        JsonShape.requireObject(n, pointer, "a chip");
        if (alsoKnown.isEmpty()) {
            JsonShape.onlyKnown(n, pointer, CHIP_FIELDS);
        } else {
            Set<String> known = new TreeSet<>(CHIP_FIELDS);
            known.addAll(alsoKnown);
            JsonShape.onlyKnown(n, pointer, List.copyOf(known));
        }
        Map<Precision, Double> dense = new EnumMap<>(Precision.class);
        JsonNode d = n.get("dense");
        if (d != null && !d.isNull()) {
            if (!d.isObject()) {
                throw new FieldError(pointer + "/dense", "must be an object of precision -> TOPS or TFLOPS");
            }
            for (Map.Entry<String, JsonNode> e : d.properties()) {
                String ep = pointer + "/dense/" + JsonShape.escape(e.getKey());
                Precision p = Precision.fromKey(e.getKey()).orElseThrow(() -> {
                    List<String> keys = Arrays.stream(Precision.values())
                            .map(Precision::key)
                            .toList();
                    String nearest = JsonShape.nearest(e.getKey(), keys);
                    return new FieldError(
                            ep,
                            "unknown precision" + (nearest == null ? "" : " (did you mean '" + nearest + "'?)")
                                    + "; the precisions are " + String.join(", ", keys));
                });
                Double v = JsonShape.number(d, e.getKey(), pointer + "/dense");
                if (v != null) {
                    dense.put(p, v);
                }
            }
        }
        return new ChipSpec(
                JsonShape.text(n, "vendor", pointer, OrderReader.MAX_NAME),
                JsonShape.text(n, "model", pointer, OrderReader.MAX_NAME),
                JsonShape.bool(n, "datacenter", pointer),
                dense,
                JsonShape.number(n, "dieAreaMm2", pointer),
                JsonShape.number(n, "interconnectGBs", pointer),
                JsonShape.number(n, "memoryBandwidthGBs", pointer));
    }
}
