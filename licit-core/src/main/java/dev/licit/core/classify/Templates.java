package dev.licit.core.classify;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills "{tpp}"-style placeholders of a rule's summary with the facts of the case. */
public final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private Templates() {
    }

    public static String render(String template, Map<String, Object> facts) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = facts.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "unknown" : format(v)));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String format(Object v) {
        if (v instanceof Double d) {
            return BigDecimal.valueOf(Math.round(d * 1000) / 1000.0).stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> l) {
            return l.isEmpty() ? "none" : String.join(", ", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }
}
