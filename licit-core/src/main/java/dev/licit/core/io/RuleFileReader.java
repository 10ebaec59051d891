package dev.licit.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.core.provenance.Reliability;
import dev.licit.core.rulebook.ClassifyRule;
import dev.licit.core.rulebook.Condition;
import dev.licit.core.rulebook.ExceptionRule;
import dev.licit.core.rulebook.Origin;
import dev.licit.core.rulebook.PolicyRule;
import dev.licit.core.rulebook.PresumeRule;
import dev.licit.core.rulebook.Problem;
import dev.licit.core.rulebook.RequireRule;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Rule;
import dev.licit.core.rulebook.RuleInfo;
import dev.licit.core.rulebook.RuleKind;
import dev.licit.core.rulebook.SettingRule;
import dev.licit.core.rulebook.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one YAML rule file ({@code rules: [ {id: ..., kind: ..., ...}, ... ]}). Every defect is
 * collected as a {@link Problem} naming the file, the line and the entry; nothing is half-read:
 * an entry with a problem is left out and the caller refuses the whole rulebook.
 */
final class RuleFileReader {
    private static final Set<String> KNOWN_FIELDS = Set.of(
            "id",
            "kind",
            "title",
            "effectiveFrom",
            "effectiveTo",
            "appliesTo",
            "priority",
            "when",
            "then",
            "conditions",
            "exception",
            "overcomeBy",
            "requirements",
            "value",
            "summary",
            "citation",
            "federalRegister",
            "source",
            "reliability",
            "note");
    private static final Set<String> OUTCOME_FIELDS =
            Set.of("eccn", "paragraph", "verdict", "reviewPolicy", "waitDays");
    /** The fields every kind has; {@link #KIND_FIELDS} adds each kind's own. */
    private static final List<String> COMMON_FIELDS = List.of(
            "id",
            "kind",
            "title",
            "effectiveFrom",
            "effectiveTo",
            "summary",
            "citation",
            "federalRegister",
            "source",
            "reliability",
            "note");
    /** A kind's own fields ({@code then.X} for the outcome's), in the order the docs list them. */
    private static final Map<RuleKind, List<String>> KIND_FIELDS = Map.of(
            RuleKind.CLASSIFY, List.of("appliesTo", "priority", "when", "then.eccn", "then.paragraph"),
            RuleKind.REQUIRE, List.of("when", "then.verdict", "then.reviewPolicy", "overcomeBy"),
            RuleKind.EXCEPTION, List.of("exception", "when", "then.verdict", "then.waitDays", "conditions"),
            RuleKind.POLICY, List.of("requirements", "priority", "when", "then.reviewPolicy", "conditions"),
            RuleKind.SETTING, List.of("value"),
            RuleKind.PRESUME, List.of("when"));

    /** Entries read and problems found. */
    record Result(List<Rule> rules, List<Problem> problems) {}

    private RuleFileReader() {}

    public static Result read(String fileName, Reader reader, String overlay) {
        List<Rule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = Json.YAML.getFactory().createParser(reader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new Problem(
                        fileName,
                        line(p.currentTokenLocation()),
                        null,
                        "a rule file is a mapping with a 'rules' list"));
                return new Result(rules, problems);
            }
            boolean sawRules = false;
            List<String> binds = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("binds".equals(field)) {
                    // whom the file's entries bind (an is-informed letter's addressee): read before them
                    int at = line(p.currentTokenLocation());
                    JsonNode b = p.readValueAsTree();
                    binds = bindsOf(b);
                    if (sawRules || binds.isEmpty()) {
                        problems.add(new Problem(
                                fileName,
                                at,
                                null,
                                sawRules
                                        ? "'binds' must come before 'rules'"
                                        : "'binds' must be a non-empty list of exporter names"));
                    }
                    continue;
                }
                if (!"rules".equals(field)) {
                    if (!"description".equals(field)) {
                        problems.add(new Problem(
                                fileName,
                                line(p.currentTokenLocation()),
                                null,
                                "unknown top-level key '" + field + "' (expected 'rules', 'description' or 'binds')"));
                    }
                    p.skipChildren();
                    continue;
                }
                sawRules = true;
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    problems.add(new Problem(fileName, line(p.currentTokenLocation()), null, "'rules' must be a list"));
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int line = line(p.currentTokenLocation());
                    JsonNode node = p.readValueAsTree();
                    Rule rule = toRule(fileName, line, node, overlay, binds, problems);
                    if (rule != null) {
                        rules.add(rule);
                    }
                }
            }
            if (!sawRules) {
                problems.add(new Problem(fileName, 1, null, "no 'rules' list"));
            }
        } catch (JsonProcessingException e) {
            problems.add(
                    new Problem(fileName, line(e.getLocation()), null, "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(fileName, 0, null, "cannot read: " + e.getMessage()));
        }
        return new Result(rules, problems);
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    /** The names of a {@code binds} list; empty when it is not a list of non-blank strings. */
    private static List<String> bindsOf(JsonNode b) {
        if (b == null || !b.isArray() || b.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : b) {
            if (!n.isTextual() || n.asText().isBlank()) {
                return List.of();
            }
            names.add(n.asText().trim());
        }
        return names;
    }

    private static Rule toRule(
            String file, int line, JsonNode node, String overlay, List<String> binds, List<Problem> problems) {
        if (!(node instanceof ObjectNode obj)) {
            problems.add(new Problem(file, line, null, "each rule must be a mapping of fields"));
            return null;
        }
        int before = problems.size();
        String id = text(obj, "id");
        Entry e = new Entry(file, line, id == null ? "?" : id, problems);
        if (id == null || id.isBlank()) {
            e.problem("missing 'id'");
        }
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!KNOWN_FIELDS.contains(f)) {
                e.problem("unknown field '" + f + "'");
            }
        }
        RuleKind kind = null;
        String kindText = text(obj, "kind");
        if (kindText == null) {
            e.problem("missing 'kind' (one of setting, classify, require, exception, policy, presume)");
        } else {
            try {
                kind = RuleKind.valueOf(kindText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                e.problem("unknown kind '" + kindText
                        + "' (one of setting, classify, require, exception, policy, presume)");
            }
        }
        LocalDate from = date(obj, "effectiveFrom", e, true);
        LocalDate to = date(obj, "effectiveTo", e, false);
        if (from != null && to != null && to.isBefore(from)) {
            e.problem("effectiveTo " + to + " is before effectiveFrom " + from);
        }
        String citation = required(obj, "citation", e);
        String source = required(obj, "source", e);
        Reliability reliability = null;
        String rel = required(obj, "reliability", e);
        if (rel != null) {
            try {
                reliability = Reliability.valueOf(
                        rel.trim().replace("[", "").replace("]", "").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                e.problem("reliability '" + rel + "' is not one of " + names(EnumSet.allOf(Reliability.class)));
            }
        }
        String when = text(obj, "when");
        if (kind != null && kind != RuleKind.SETTING && (when == null || when.isBlank())) {
            e.problem("missing 'when' (the condition, in CEL)");
        }
        Outcome then = outcome(obj.get("then"), kind, e);
        if (kind != null) {
            onlyFieldsOf(kind, obj, e);
        }
        List<Condition> conditions = conditions(obj.get("conditions"), e);
        int priority = 0;
        JsonNode pr = obj.get("priority");
        if (pr != null) {
            if (pr.canConvertToInt() && pr.isIntegralNumber()) {
                priority = pr.intValue();
            } else {
                e.problem("'priority' must be a whole number");
            }
        }
        Object value = obj.has("value") ? Json.YAML.convertValue(obj.get("value"), Object.class) : null;
        List<String> overcomeBy = strings(obj.get("overcomeBy"), "overcomeBy", e);
        List<String> requirements = strings(obj.get("requirements"), "requirements", e);
        if (problems.size() > before || kind == null) {
            return null;
        }
        RuleInfo info = new RuleInfo(
                id.trim(),
                text(obj, "title"),
                from,
                to,
                text(obj, "summary"),
                citation,
                text(obj, "federalRegister"),
                source,
                reliability,
                text(obj, "note"),
                overlay,
                binds,
                new Origin(file, line));
        if (!binds.isEmpty() && kind != RuleKind.REQUIRE) {
            e.problem("a file with 'binds' holds require entries only (a letter binds its addressee to a license)");
            return null;
        }
        return switch (kind) {
            case CLASSIFY ->
                new ClassifyRule(info, text(obj, "appliesTo"), priority, when, then.eccn(), then.paragraph());
            case REQUIRE -> new RequireRule(info, when, then.verdict(), then.reviewPolicy(), overcomeBy);
            case EXCEPTION ->
                new ExceptionRule(info, text(obj, "exception"), when, then.verdict(), then.waitDays(), conditions);
            case POLICY -> new PolicyRule(info, requirements, priority, when, then.reviewPolicy(), conditions);
            case SETTING -> new SettingRule(info, value);
            case PRESUME -> new PresumeRule(info, when);
        };
    }

    /**
     * Refuses a field the kind does not use (a require entry's {@code priority}, a setting's
     * {@code when}): each kind is read into a record that has no place for it, and dropping it
     * silently would let an author believe it counts.
     */
    private static void onlyFieldsOf(RuleKind kind, ObjectNode obj, Entry e) {
        List<String> own = KIND_FIELDS.get(kind);
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (KNOWN_FIELDS.contains(f) && !COMMON_FIELDS.contains(f) && !f.equals("then") && !own.contains(f)) {
                e.problem("a " + kind.key() + " entry has no '" + f + "' (its own fields: " + String.join(", ", own)
                        + ")");
            }
        }
        JsonNode then = obj.get("then");
        if (then != null && then.isObject()) {
            then.fieldNames().forEachRemaining(f -> {
                if (OUTCOME_FIELDS.contains(f) && !own.contains("then." + f)) {
                    e.problem("a " + kind.key() + " entry has no 'then." + f + "' (its own fields: "
                            + String.join(", ", own) + ")");
                }
            });
        }
    }

    /** What a {@code then} mapping gives, before it is placed in its kind's record. */
    private record Outcome(
            String eccn, String paragraph, Verdict verdict, ReviewPolicy reviewPolicy, Integer waitDays) {
        static final Outcome EMPTY = new Outcome(null, null, null, null, null);
    }

    private static Outcome outcome(JsonNode node, RuleKind kind, Entry e) {
        if (node == null || node.isNull()) {
            return Outcome.EMPTY;
        }
        if (!node.isObject()) {
            e.problem("'then' must be a mapping");
            return Outcome.EMPTY;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!OUTCOME_FIELDS.contains(f)) {
                e.problem("unknown field 'then." + f + "' (expected one of " + OUTCOME_FIELDS + ")");
            }
        });
        Integer wait = null;
        JsonNode w = node.get("waitDays");
        if (w != null && !w.isNull()) {
            if (w.isIntegralNumber()) {
                wait = w.intValue();
            } else {
                e.problem("'then.waitDays' must be a whole number of days");
            }
        }
        return new Outcome(
                text(node, "eccn"),
                text(node, "paragraph"),
                verdict(text(node, "verdict"), kind, e),
                reviewPolicy(text(node, "reviewPolicy"), e),
                wait);
    }

    /**
     * The verdict as its constant, parsed here once so that deciding never converts text. The
     * words are the constants' names exactly, as the rule JSON and the rulebook hash write them.
     * A require or exception entry may give only its kind's verdicts; an absent verdict is the
     * validator's to report (it also checks entries built in code).
     */
    private static Verdict verdict(String text, RuleKind kind, Entry e) {
        if (text == null) {
            return null;
        }
        Set<Verdict> allowed =
                kind == null || kind.verdicts().isEmpty() ? EnumSet.allOf(Verdict.class) : kind.verdicts();
        for (Verdict v : allowed) {
            if (v.name().equals(text)) {
                return v;
            }
        }
        e.problem("'then.verdict' is '" + text + "'; "
                + (kind == null || kind.verdicts().isEmpty() ? "a verdict" : "a " + kind.key() + " entry's verdict")
                + " is one of " + names(allowed));
        return null;
    }

    private static ReviewPolicy reviewPolicy(String text, Entry e) {
        if (text == null) {
            return null;
        }
        for (ReviewPolicy p : ReviewPolicy.values()) {
            if (p.name().equals(text)) {
                return p;
            }
        }
        e.problem("'then.reviewPolicy' is '" + text + "'; a review policy is one of "
                + names(EnumSet.allOf(ReviewPolicy.class)));
        return null;
    }

    private static String names(Set<? extends Enum<?>> constants) {
        return String.join(", ", constants.stream().map(Enum::name).toList());
    }

    private static List<Condition> conditions(JsonNode node, Entry e) {
        List<Condition> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            e.problem("'conditions' must be a list");
            return out;
        }
        int i = 0;
        for (JsonNode c : node) {
            i++;
            String id = text(c, "id");
            String when = text(c, "when");
            if (id == null || when == null) {
                e.problem("condition #" + i + " needs 'id' and 'when'");
                continue;
            }
            out.add(new Condition(id, when, text(c, "summary")));
        }
        return out;
    }

    private static List<String> strings(JsonNode node, String field, Entry e) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            e.problem("'" + field + "' must be a list");
            return out;
        }
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static LocalDate date(JsonNode obj, String field, Entry e, boolean required) {
        String s = text(obj, field);
        if (s == null || s.isBlank()) {
            if (required) {
                e.problem("missing '" + field + "' (an ISO date such as 2023-11-17)");
            }
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException ex) {
            e.problem("'" + field + "' is not an ISO date (YYYY-MM-DD): " + s);
            return null;
        }
    }

    private static String required(JsonNode obj, String field, Entry e) {
        String s = text(obj, field);
        if (s == null || s.isBlank()) {
            e.problem("missing '" + field + "'");
        }
        return s;
    }

    private static String text(JsonNode obj, String field) {
        JsonNode n = obj == null ? null : obj.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private record Entry(String file, int line, String id, List<Problem> problems) {
        void problem(String message) {
            problems.add(new Problem(file, line, id, message));
        }
    }
}
