package dev.licit.core.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills "{tpp}"-style placeholders of a rule's summary with the facts of the case. Each template is
 * split into literal and placeholder parts once and reused: summaries are rendered for every decision.
 */
public final class Templates {
    private static final Map<String, List<Part>> PARSED = new ConcurrentHashMap<>();

    private sealed interface Part permits Literal, Placeholder {}

    private record Literal(String text) implements Part {}

    private record Placeholder(String name) implements Part {}

    private Templates() {}

    public static String render(String template, Map<String, Object> facts) {
        if (template == null) {
            return null;
        }
        List<Part> parts = PARSED.computeIfAbsent(template, Templates::parse);
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (Part p : parts) {
            switch (p) {
                case Literal l -> out.append(l.text());
                case Placeholder ph -> {
                    Object v = facts.get(ph.name());
                    out.append(v == null ? "unknown" : format(v));
                }
            }
        }
        return out.toString();
    }

    /** The placeholder values a template takes from the facts, formatted as in the summary. */
    public static Map<String, String> params(String template, Map<String, Object> facts) {
        if (template == null) {
            return Map.of();
        }
        Map<String, String> out = new java.util.TreeMap<>();
        for (Part p : PARSED.computeIfAbsent(template, Templates::parse)) {
            if (p instanceof Placeholder ph) {
                Object v = facts.get(ph.name());
                out.put(ph.name(), v == null ? "unknown" : format(v));
            }
        }
        return out;
    }

    private static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0 || !template.substring(open + 1, close).matches("[A-Za-z]+")) {
                int end = open < 0 ? template.length() : open + 1;
                parts.add(new Literal(template.substring(i, end)));
                i = end;
                continue;
            }
            if (open > i) {
                parts.add(new Literal(template.substring(i, open)));
            }
            parts.add(new Placeholder(template.substring(open + 1, close)));
            i = close + 1;
        }
        return List.copyOf(parts);
    }

    public static String format(Object v) {
        if (v instanceof Double d) {
            double r = Math.round(d * 1000) / 1000.0;
            if (r == Math.rint(r) && Math.abs(r) < 1e15) {
                return Long.toString((long) r);
            }
            return BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> l) {
            return l.isEmpty()
                    ? "none"
                    : String.join(", ", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }
}
