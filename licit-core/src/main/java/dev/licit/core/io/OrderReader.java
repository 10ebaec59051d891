package dev.licit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.country.Countries;
import dev.licit.core.decide.AffiliatesPosture;
import dev.licit.core.decide.AiDiffusionPosture;
import dev.licit.core.decide.EndUse;
import dev.licit.core.decide.EndUserType;
import dev.licit.core.decide.Exporter;
import dev.licit.core.decide.ExporterType;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.OrderItem;
import dev.licit.core.decide.Owner;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.Role;
import dev.licit.core.json.Json;
import dev.licit.core.time.IsoDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one reader of orders in the contract's JSON shape (contract.md "Order", with the fields added
 * in December 2026), for the CLI, the API, the UI and replays. A field the contract does not define
 * is refused with its path and the nearest known name: an order is never decided on fields read in
 * part. Every refusal names the source, the line and the field's path, so a user can fix it in one go.
 */
public final class OrderReader {
    /** Lengths the store keeps (its columns), refused here with the field's name rather than by the database. */
    static final int MAX_ID = 200;

    static final int MAX_NAME = 500;
    static final int MAX_CODE = 100;
    /** More parties, items or owners than these is a generated mistake, not an order. */
    static final int MAX_PARTIES = 100;

    static final int MAX_ITEMS = 1_000;
    static final int MAX_OWNERS = 100;
    /** Dates outside these years are typing slips ({@code +999999999-12-31} parses as a date). */
    private static final int FIRST_YEAR = 1990;

    private static final int LAST_YEAR = 2100;

    static final List<String> ORDER_FIELDS = List.of(
            "id",
            "date",
            "exportFrom",
            "destination",
            "destinationRegion",
            "parties",
            "items",
            "certifications",
            "posture",
            "exporter",
            "endUse",
            "endUserType");
    static final List<String> PARTY_FIELDS = List.of("role", "name", "country", "headquarters", "address", "owners");
    static final List<String> OWNER_FIELDS = List.of("name", "country", "percent", "owners");
    static final List<String> ITEM_FIELDS = List.of(
            "sku",
            "quantity",
            "unitValueUsd",
            "chip",
            "hbm",
            "system",
            "catalogId",
            "usAvailableSince",
            "unitsShipped",
            "fabrication");
    static final List<String> EXPORTER_FIELDS = List.of("name", "country", "type");
    static final List<String> POSTURE_FIELDS = List.of("aiDiffusion", "affiliates");
    /** ISO 3166-2: the country's alpha-2 code, a hyphen, one to three letters or digits. */
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    /** Deeper chains of holdings than this are refused rather than walked. */
    private static final int MAX_OWNER_DEPTH = 10;

    private final Countries countries;
    private final ItemReader items;

    public OrderReader(Countries countries, ChipCatalog catalog) {
        this.countries = countries;
        this.items = new ItemReader(catalog);
    }

    /**
     * @param source the file name (or "request") for messages
     * @param requireDate false when the caller gives the date (--as-of)
     */
    public Order read(String source, String json, boolean requireDate) {
        JsonNode root;
        try {
            root = Json.STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return order(root, requireDate);
        } catch (FieldError e) {
            throw e.in(source, json);
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
        try (JsonParser p = Json.STRICT.createParser(json)) {
            root = Json.STRICT.readTree(p);
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
            return order(root, requireDate);
        } catch (FieldError e) {
            throw e.onLine(source, line);
        }
    }

    /** An order already parsed (messages name {@code source}, without a line). */
    public Order read(String source, JsonNode root, boolean requireDate) {
        try {
            return order(root, requireDate);
        } catch (FieldError e) {
            throw e.in(source, null);
        }
    }

    private Order order(JsonNode root, boolean requireDate) {
        if (root == null || !root.isObject()) {
            throw new FieldError("", "an order must be a JSON object");
        }
        JsonShape.onlyKnown(root, "", ORDER_FIELDS);
        String id = JsonShape.text(root, "id", "", MAX_ID);
        LocalDate date = null;
        String dateText = JsonShape.text(root, "date", "");
        if (dateText == null) {
            if (requireDate) {
                throw new FieldError("/date", "is required (the export date, YYYY-MM-DD), or give --as-of");
            }
        } else {
            date = parseDate(dateText);
        }
        String exportFrom = country(root, "exportFrom", "", false);
        String destination = country(root, "destination", "", true);
        String region = region(root, destination);
        List<Party> parties = new ArrayList<>();
        JsonNode ps = root.get("parties");
        if (ps != null && !ps.isNull()) {
            if (!ps.isArray()) {
                throw new FieldError("/parties", "must be a list");
            }
            if (ps.size() > MAX_PARTIES) {
                throw new FieldError(
                        "/parties", "holds " + ps.size() + " parties; at most " + MAX_PARTIES + " are accepted");
            }
            for (int i = 0; i < ps.size(); i++) {
                parties.add(party(ps.get(i), "/parties/" + i));
            }
        }
        JsonNode is = root.get("items");
        if (is == null || !is.isArray() || is.isEmpty()) {
            throw new FieldError("/items", "must be a non-empty list");
        }
        if (is.size() > MAX_ITEMS) {
            throw new FieldError("/items", "holds " + is.size() + " items; at most " + MAX_ITEMS + " are accepted");
        }
        List<OrderItem> lines = new ArrayList<>();
        for (int i = 0; i < is.size(); i++) {
            lines.add(item(is.get(i), "/items/" + i));
        }
        List<String> certs = new ArrayList<>();
        List<String> certTexts = strings(root, "certifications", "");
        for (int i = 0; i < certTexts.size(); i++) {
            String c = certTexts.get(i);
            if (c.length() > MAX_CODE) {
                throw new FieldError(
                        "/certifications/" + i,
                        "is " + c.length() + " characters long; at most " + MAX_CODE + " are accepted");
            }
            certs.add(c.trim().toUpperCase(Locale.ROOT)); // matched as written in the rulebook (upper case)
        }
        AiDiffusionPosture posture = null;
        AffiliatesPosture affiliates = null;
        JsonNode p = root.get("posture");
        if (p != null && !p.isNull()) {
            JsonShape.requireObject(p, "/posture", "posture");
            JsonShape.onlyKnown(p, "/posture", POSTURE_FIELDS);
            String text = JsonShape.text(p, "aiDiffusion", "/posture");
            if (text != null) {
                posture = AiDiffusionPosture.parse(text)
                        .orElseThrow(() -> new FieldError(
                                "/posture/aiDiffusion",
                                "must be \"enforced\" or \"not-enforced\", got \"" + text + "\""));
            }
            String aff = JsonShape.text(p, "affiliates", "/posture");
            if (aff != null) {
                affiliates = AffiliatesPosture.parse(aff)
                        .orElseThrow(() -> new FieldError(
                                "/posture/affiliates", "must be \"applies\" or \"suspended\", got \"" + aff + "\""));
            }
        }
        Set<EndUse> endUses = new LinkedHashSet<>();
        List<String> useTexts = strings(root, "endUse", "");
        for (int i = 0; i < useTexts.size(); i++) {
            endUses.add(constant(EndUse.class, useTexts.get(i), "/endUse/" + i, "end use"));
        }
        String userType = JsonShape.text(root, "endUserType", "");
        EndUserType endUserType =
                userType == null ? null : constant(EndUserType.class, userType, "/endUserType", "end-user type");
        return new Order(
                id,
                date,
                exportFrom,
                destination,
                parties,
                lines,
                certs,
                posture,
                region,
                List.copyOf(endUses),
                endUserType,
                exporter(root.get("exporter")),
                affiliates);
    }

    /** An ISO date; a date-time (2024-06-01T09:30:00Z) is read as its date. */
    private static LocalDate parseDate(String text) {
        String t = text.trim();
        LocalDate date;
        try {
            date = IsoDates.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        } catch (DateTimeException e) {
            throw new FieldError("/date", "is not an ISO date (YYYY-MM-DD): " + text);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new FieldError(
                    "/date",
                    "is not a plausible export date: " + text + " (years " + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
        return date;
    }

    private String region(JsonNode root, String destination) {
        String text = JsonShape.text(root, "destinationRegion", "");
        if (text == null) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!SUBDIVISION.matcher(code).matches()) {
            throw new FieldError(
                    "/destinationRegion", "\"" + text + "\" is not an ISO 3166-2 subdivision code (e.g. UA-43)");
        }
        if (!code.startsWith(destination + "-")) {
            throw new FieldError(
                    "/destinationRegion",
                    "\"" + text + "\" is not a subdivision of the destination " + destination
                            + " (ISO 3166-2 codes start with their country's code)");
        }
        return code;
    }

    private Exporter exporter(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        JsonShape.requireObject(n, "/exporter", "exporter");
        JsonShape.onlyKnown(n, "/exporter", EXPORTER_FIELDS);
        String type = JsonShape.text(n, "type", "/exporter");
        return new Exporter(
                JsonShape.text(n, "name", "/exporter", MAX_NAME),
                country(n, "country", "/exporter", false),
                type == null ? null : constant(ExporterType.class, type, "/exporter/type", "exporter type"));
    }

    private Party party(JsonNode n, String ptr) {
        JsonShape.requireObject(n, ptr, "a party");
        JsonShape.onlyKnown(n, ptr, PARTY_FIELDS);
        String roleText = JsonShape.text(n, "role", ptr);
        if (roleText == null) {
            throw new FieldError(ptr + "/role", "is required");
        }
        Role role = constant(Role.class, roleText, ptr + "/role", "role");
        String name = JsonShape.text(n, "name", ptr, MAX_NAME);
        if (name == null || name.isBlank()) {
            throw new FieldError(ptr + "/name", "is required");
        }
        return new Party(
                role,
                name,
                country(n, "country", ptr, false),
                country(n, "headquarters", ptr, false),
                JsonShape.text(n, "address", ptr),
                owners(n, ptr, 1));
    }

    private List<Owner> owners(JsonNode n, String ptr, int depth) {
        JsonNode os = n.get("owners");
        if (os == null || os.isNull()) {
            return List.of();
        }
        String optr = ptr + "/owners";
        if (!os.isArray()) {
            throw new FieldError(optr, "must be a list of owners");
        }
        if (os.size() > MAX_OWNERS) {
            throw new FieldError(optr, "holds " + os.size() + " owners; at most " + MAX_OWNERS + " are accepted");
        }
        if (depth > MAX_OWNER_DEPTH) {
            throw new FieldError(optr, "holdings nested deeper than " + MAX_OWNER_DEPTH + " levels");
        }
        List<Owner> owners = new ArrayList<>();
        double known = 0;
        for (int i = 0; i < os.size(); i++) {
            JsonNode o = os.get(i);
            String p = optr + "/" + i;
            JsonShape.requireObject(o, p, "an owner");
            JsonShape.onlyKnown(o, p, OWNER_FIELDS);
            String name = JsonShape.text(o, "name", p, MAX_NAME);
            if (name == null || name.isBlank()) {
                throw new FieldError(p + "/name", "is required");
            }
            Double percent = JsonShape.number(o, "percent", p);
            if (percent != null && percent > 100) {
                throw new FieldError(p + "/percent", "must be a share from 0 to 100, got " + percent);
            }
            known += percent == null ? 0 : percent;
            owners.add(new Owner(name, country(o, "country", p, false), percent, owners(o, p, depth + 1)));
        }
        if (known > 100.0001) {
            throw new FieldError(optr, "the owners' shares add up to " + known + " %, more than 100");
        }
        return owners;
    }

    private OrderItem item(JsonNode n, String ptr) {
        JsonShape.requireObject(n, ptr, "an item");
        JsonShape.onlyKnown(n, ptr, ITEM_FIELDS);
        String sku = JsonShape.text(n, "sku", ptr, MAX_ID);
        int quantity = JsonShape.count(n, "quantity", ptr, 1, 100_000_000, 1);
        Double unitValue = JsonShape.number(n, "unitValueUsd", ptr);
        ItemSpec spec = items.spec(n, ptr);
        String catalogId = JsonShape.text(n, "catalogId", ptr);
        if (sku == null && spec instanceof ChipSpec c) {
            sku = c.model();
        }
        return new OrderItem(
                sku, quantity, unitValue, catalogId == null ? null : catalogId.trim(), spec, LineReader.read(n, ptr));
    }

    private String country(JsonNode n, String field, String ptr, boolean required) {
        String v = JsonShape.text(n, field, ptr);
        if (v == null) {
            if (required) {
                throw new FieldError(ptr + "/" + field, "is required (an ISO 3166-1 alpha-2 country code)");
            }
            return null;
        }
        String code = v.trim().toUpperCase(Locale.ROOT);
        if (!countries.isKnownCode(code)) {
            throw new FieldError(ptr + "/" + field, "\"" + v + "\" is not an ISO 3166-1 alpha-2 country code");
        }
        return code;
    }

    /** A list of strings, empty when absent or null. */
    private static List<String> strings(JsonNode n, String field, String ptr) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new FieldError(ptr + "/" + field, "must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new FieldError(
                        ptr + "/" + field + "/" + i, "must be a string, got " + JsonShape.shortText(v.get(i)));
            }
            JsonShape.checkCharacters(v.get(i).asText(), ptr + "/" + field + "/" + i);
            out.add(v.get(i).asText());
        }
        return out;
    }

    /** One of an enum's constants, written in any case; a wrong one is refused with the list. */
    private static <E extends Enum<E>> E constant(Class<E> type, String text, String ptr, String noun) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String nearest = JsonShape.nearest(t, names);
        throw new FieldError(
                ptr,
                "unknown " + noun + " \"" + text + "\"" + (nearest == null ? "" : " (did you mean " + nearest + "?)")
                        + "; the values are " + String.join(", ", names));
    }
}
