package dev.licit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

/**
 * The checks every reader of the contract's JSON makes, in the same words: only the fields the
 * contract defines (a misspelt one is named with the nearest known name, never ignored: a user
 * who wrote {@code "owner"} must not believe the owners were considered), and the types of values.
 */
final class JsonShape {
    private JsonShape() {}

    /** Refuses the first field of {@code object} that is not in {@code known}, naming the nearest known one. */
    static void onlyKnown(JsonNode object, String pointer, Collection<String> known) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                String nearest = nearest(name, known);
                throw new FieldError(
                        pointer + "/" + escape(name),
                        "unknown field"
                                + (nearest == null ? "" : " (did you mean '" + nearest + "'?)")
                                + "; the fields here are " + String.join(", ", known));
            }
        }
    }

    /**
     * The known name closest to {@code name} in edit distance, ignoring case, when it is close enough
     * to be a slip (at most a third of the name's letters, and at least one); else null.
     */
    static String nearest(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(lower, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        // a plural or a prefix ("owner" for "owners", "dest" for "destination") is a slip too
        int limit = Math.max(1, name.length() / 3);
        if (best != null && bestDistance <= limit) {
            return best;
        }
        for (String k : known) {
            String kl = k.toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && (kl.startsWith(lower) || lower.startsWith(kl))) {
                return k;
            }
        }
        return null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static void requireObject(JsonNode n, String pointer, String what) {
        if (n == null || !n.isObject()) {
            throw new FieldError(pointer, what + " must be a JSON object" + (n == null ? "" : ", got " + shortText(n)));
        }
    }

    /** The longest string a field may hold unless it says otherwise (an address, a note). */
    static final int MAX_TEXT = 2_000;

    /** A string field of at most {@link #MAX_TEXT} characters, or null when absent or null. */
    static String text(JsonNode n, String field, String pointer) {
        return text(n, field, pointer, MAX_TEXT);
    }

    /**
     * A string field of at most {@code max} characters (the store's column for it, say), or null when
     * absent or null. A lone surrogate (half a character, which no text of a real name holds and
     * which would be stored as a replacement character) is refused.
     */
    static String text(JsonNode n, String field, String pointer, int max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new FieldError(pointer + "/" + field, "must be a string, got " + shortText(v));
        }
        String s = v.asText();
        if (s.length() > max) {
            throw new FieldError(
                    pointer + "/" + field, "is " + s.length() + " characters long; at most " + max + " are accepted");
        }
        checkCharacters(s, pointer + "/" + field);
        return s;
    }

    /** Refuses a lone surrogate and a NUL (which some databases cannot store). */
    static void checkCharacters(String s, String pointer) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw new FieldError(pointer, "holds a NUL character at position " + (i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new FieldError(
                        pointer, "holds half a character (a lone UTF-16 surrogate) at position " + (i + 1));
            }
        }
    }

    /** A finite number of at least 0, or null when absent or null (unknown, never zero). */
    static Double number(JsonNode n, String field, String pointer) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new FieldError(pointer + "/" + field, "must be a number, got " + shortText(v));
        }
        double x = v.asDouble();
        if (Double.isNaN(x) || Double.isInfinite(x) || x < 0) {
            throw new FieldError(pointer + "/" + field, "must be a finite number of at least 0, got " + shortText(v));
        }
        return x;
    }

    /** A whole number in [min, max], or {@code absent} when the field is absent or null. */
    static int count(JsonNode n, String field, String pointer, int min, int max, int absent) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw new FieldError(
                    pointer + "/" + field,
                    "must be a whole number from " + min + " to " + max + ", got " + shortText(v));
        }
        return v.asInt();
    }

    static Boolean bool(JsonNode n, String field, String pointer) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new FieldError(pointer + "/" + field, "must be true or false, got " + shortText(v));
        }
        return v.booleanValue();
    }

    /** A value as it may be quoted in a message: cut short, so a huge input makes no huge message. */
    static String shortText(JsonNode v) {
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static String escape(String fieldName) {
        return fieldName.replace("~", "~0").replace("/", "~1");
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
                sb.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    /** The line where the value (or, for an unknown field, the name) at a JSON pointer starts, found by streaming the text again. */
    static int lineOf(String json, String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return 1;
        }
        String target = pointer;
        while (!target.isEmpty()) {
            try (JsonParser p = Json.COMPACT.createParser(json)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (p.getParsingContext().pathAsPointer().toString().equals(target)) {
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
}
