package dev.licit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.country.Countries;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.OrderItem;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an order in the contract's JSON shape. Every refusal names the source, the field path and
 * the line where it stands, so a user can fix it in one go.
 */
public final class OrderReader {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactories.pooled());

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(100).build());
    }

    private final Countries countries;
    private final ChipCatalog catalog;

    public OrderReader(Countries countries, ChipCatalog catalog) {
        this.countries = countries;
        this.catalog = catalog;
    }

    /**
     * @param source the file name (or "request") for messages
     * @param requireDate false when the caller gives the date (--as-of)
     */
    public Order read(String source, String json, boolean requireDate) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return read(root, requireDate);
        } catch (FieldError e) {
            int line = lineOf(json, e.pointer);
            throw new InputException(source + (line > 0 ? ":" + line : "") + ": " + e.path + ": " + e.getMessage());
        }
    }

    /**
     * One order of a JSON Lines stream: refusals name the stream and {@code line}, its line there, in
     * the same words as {@link #read(String, String, boolean)} uses for a file. Anything after the
     * order on its line is refused: two orders run together on one line would otherwise lose the
     * second without a word.
     */
    public Order readLine(String source, long line, String json, boolean requireDate) {
        JsonNode root;
        try (JsonParser p = JSON.createParser(json)) {
            root = JSON.readTree(p);
            if (root != null && p.nextToken() != null) {
                throw new InputException(source + ":" + line + ": not valid JSON: more than one value on the line"
                        + " (JSON Lines hold one order per line)");
            }
        } catch (JsonProcessingException e) {
            throw new InputException(source + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
        if (root == null || root.isMissingNode()) {
            throw new InputException(source + ":" + line + ": not valid JSON: no order on the line");
        }
        try {
            return read(root, requireDate);
        } catch (FieldError e) {
            throw new InputException(source + ":" + line + ": " + e.path + ": " + e.getMessage());
        }
    }

    public Order read(JsonNode root, boolean requireDate) {
        if (root == null || !root.isObject()) {
            throw new FieldError("", "$", "an order must be a JSON object");
        }
        String id = text(root, "id", "/id");
        LocalDate date = null;
        String dateText = text(root, "date", "/date");
        if (dateText == null) {
            if (requireDate) {
                throw new FieldError("/date", "date", "is required (the export date, YYYY-MM-DD), or give --as-of");
            }
        } else {
            date = parseDate(dateText);
        }
        String exportFrom = country(root, "exportFrom", "/exportFrom", false);
        String destination = country(root, "destination", "/destination", true);
        List<Party> parties = new ArrayList<>();
        JsonNode ps = root.get("parties");
        if (ps != null && !ps.isNull()) {
            if (!ps.isArray()) {
                throw new FieldError("/parties", "parties", "must be a list");
            }
            for (int i = 0; i < ps.size(); i++) {
                parties.add(party(ps.get(i), "/parties/" + i));
            }
        }
        JsonNode is = root.get("items");
        if (is == null || !is.isArray() || is.isEmpty()) {
            throw new FieldError("/items", "items", "must be a non-empty list");
        }
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < is.size(); i++) {
            items.add(item(is.get(i), "/items/" + i));
        }
        List<String> certs = new ArrayList<>();
        JsonNode cs = root.get("certifications");
        if (cs != null && !cs.isNull()) {
            if (!cs.isArray()) {
                throw new FieldError("/certifications", "certifications", "must be a list of strings");
            }
            for (int i = 0; i < cs.size(); i++) {
                if (!cs.get(i).isTextual()) {
                    throw new FieldError("/certifications/" + i, "certifications[" + i + "]", "must be a string");
                }
                // certification codes are matched as written in the rulebook (upper case)
                certs.add(cs.get(i).asText().trim().toUpperCase(Locale.ROOT));
            }
        }
        String posture = null;
        JsonNode p = root.get("posture");
        if (p != null && !p.isNull()) {
            posture = text(p, "aiDiffusion", "/posture/aiDiffusion");
            if (posture != null && !posture.equals("enforced") && !posture.equals("not-enforced")) {
                throw new FieldError("/posture/aiDiffusion", "posture.aiDiffusion",
                        "must be \"enforced\" or \"not-enforced\", got \"" + posture + "\"");
            }
        }
        return new Order(id, date, exportFrom, destination, parties, items, certs, posture);
    }

    /** An ISO date; a date-time (2024-06-01T09:30:00Z) is read as its date. */
    private static LocalDate parseDate(String text) {
        String t = text.trim();
        try {
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new FieldError("/date", "date", "is not an ISO date (YYYY-MM-DD): " + text);
        }
    }

    private Party party(JsonNode n, String ptr) {
        String path = pathOf(ptr);
        if (n == null || !n.isObject()) {
            throw new FieldError(ptr, path, "a party must be a JSON object");
        }
        String roleText = text(n, "role", ptr + "/role");
        Role role;
        try {
            role = roleText == null ? null : Role.valueOf(roleText.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldError(ptr + "/role", path + ".role", "unknown role \"" + roleText
                    + "\" (END_USER, ULTIMATE_CONSIGNEE, INTERMEDIATE_CONSIGNEE, PURCHASER, DISTRIBUTOR)");
        }
        if (role == null) {
            throw new FieldError(ptr + "/role", path + ".role", "is required");
        }
        String name = text(n, "name", ptr + "/name");
        if (name == null || name.isBlank()) {
            throw new FieldError(ptr + "/name", path + ".name", "is required");
        }
        return new Party(role, name, country(n, "country", ptr + "/country", false),
                country(n, "headquarters", ptr + "/headquarters", false), text(n, "address", ptr + "/address"));
    }

    private OrderItem item(JsonNode n, String ptr) {
        String path = pathOf(ptr);
        if (n == null || !n.isObject()) {
            throw new FieldError(ptr, path, "an item must be a JSON object");
        }
        String sku = text(n, "sku", ptr + "/sku");
        int quantity = 1;
        JsonNode q = n.get("quantity");
        if (q != null && !q.isNull()) {
            if (!q.isIntegralNumber() || q.asLong() < 1 || q.asLong() > 100_000_000L) {
                throw new FieldError(ptr + "/quantity", path + ".quantity", "must be a whole number from 1, got " + q);
            }
            quantity = q.asInt();
        }
        Double unitValue = null;
        JsonNode uv = n.get("unitValueUsd");
        if (uv != null && !uv.isNull()) {
            try {
                unitValue = ChipSpecReader.number(uv, path + ".unitValueUsd");
            } catch (InputException e) {
                throw new FieldError(ptr + "/unitValueUsd", path + ".unitValueUsd", "must be a number of at least 0");
            }
        }
        int kinds = 0;
        for (String k : List.of("chip", "hbm", "system", "catalogId")) {
            if (n.hasNonNull(k)) {
                kinds++;
            }
        }
        if (kinds != 1) {
            throw new FieldError(ptr, path, "give exactly one of chip, hbm, system or catalogId");
        }
        String catalogId = text(n, "catalogId", ptr + "/catalogId");
        ItemSpec spec;
        try {
            if (catalogId != null) {
                spec = catalog.find(catalogId).orElseThrow(() -> new FieldError(ptr + "/catalogId", path + ".catalogId",
                        "unknown catalog id \"" + catalogId + "\" (see licit catalog list)")).spec();
            } else if (n.hasNonNull("chip")) {
                spec = ChipSpecReader.read(n.get("chip"), path + ".chip");
            } else if (n.hasNonNull("hbm")) {
                spec = ChipSpecReader.readHbm(n.get("hbm"), path + ".hbm");
            } else {
                spec = system(n.get("system"), ptr + "/system");
            }
        } catch (InputException e) {
            String msg = e.getMessage();
            int colon = msg.indexOf(": ");
            throw new FieldError(ptr, colon > 0 ? msg.substring(0, colon) : path, colon > 0 ? msg.substring(colon + 2) : msg);
        }
        if (sku == null && spec instanceof ChipSpec c) {
            sku = c.model();
        }
        return new OrderItem(sku, quantity, unitValue, catalogId, spec);
    }

    private SystemSpec system(JsonNode n, String ptr) {
        String path = pathOf(ptr);
        if (!n.isObject() || !n.has("chips") || !n.get("chips").isArray() || n.get("chips").isEmpty()) {
            throw new FieldError(ptr, path, "a system needs a non-empty 'chips' list");
        }
        List<SystemSpec.Component> comps = new ArrayList<>();
        JsonNode chips = n.get("chips");
        for (int i = 0; i < chips.size(); i++) {
            JsonNode c = chips.get(i);
            String cptr = ptr + "/chips/" + i;
            int count = 1;
            if (c.hasNonNull("count")) {
                if (!c.get("count").isIntegralNumber() || c.get("count").asInt() < 1) {
                    throw new FieldError(cptr + "/count", pathOf(cptr) + ".count", "must be a whole number from 1");
                }
                count = c.get("count").asInt();
            }
            ChipSpec chip;
            if (c.hasNonNull("catalogId")) {
                String id = c.get("catalogId").asText();
                chip = (ChipSpec) catalog.find(id).orElseThrow(() -> new FieldError(cptr + "/catalogId",
                        pathOf(cptr) + ".catalogId", "unknown catalog id \"" + id + "\"")).spec();
            } else {
                chip = ChipSpecReader.read(c.get("chip"), pathOf(cptr) + ".chip");
            }
            comps.add(new SystemSpec.Component(chip, count));
        }
        return new SystemSpec(n.hasNonNull("model") ? n.get("model").asText() : null, comps);
    }

    private String country(JsonNode n, String field, String ptr, boolean required) {
        String v = text(n, field, ptr);
        if (v == null) {
            if (required) {
                throw new FieldError(ptr, pathOf(ptr), "is required (an ISO 3166-1 alpha-2 country code)");
            }
            return null;
        }
        String code = v.trim().toUpperCase(Locale.ROOT);
        if (!countries.isKnownCode(code)) {
            throw new FieldError(ptr, pathOf(ptr), "\"" + v + "\" is not an ISO 3166-1 alpha-2 country code");
        }
        return code;
    }

    private static String text(JsonNode n, String field, String ptr) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new FieldError(ptr, pathOf(ptr), "must be a string, got " + v);
        }
        return v.asText();
    }

    /** "/items/0/chip" -> "items[0].chip" */
    static String pathOf(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }

    /** The line where the value at a JSON pointer starts, found by streaming the text again. */
    static int lineOf(String json, String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return 1;
        }
        String target = pointer;
        while (!target.isEmpty()) {
            try (JsonParser p = JSON.getFactory().createParser(json)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t != JsonToken.FIELD_NAME && p.getParsingContext().pathAsPointer().toString().equals(target)) {
                        return p.currentTokenLocation().getLineNr();
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            int slash = target.lastIndexOf('/');
            target = slash <= 0 ? "" : target.substring(0, slash);
        }
        return 1;
    }

    /** A field-level refusal, turned into an {@link InputException} with the line by {@link #read(String, String, boolean)}. */
    static final class FieldError extends RuntimeException {
        final String pointer;
        final String path;

        FieldError(String pointer, String path, String message) {
            super(message);
            this.pointer = pointer;
            this.path = path;
        }
    }
}
