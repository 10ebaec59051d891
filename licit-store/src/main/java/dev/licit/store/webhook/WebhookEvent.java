package dev.licit.store.webhook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a webhook may be told of; {@link #code} is the name receivers see. */
public enum WebhookEvent {
    /** A review case opened (for a decision or by re-screening). */
    CASE_OPENED("case.opened"),
    /** Re-screening after a list or ownership import found a stored party newly matched or covered. */
    RESCREEN_HIT("rescreen.hit"),
    /** A NAC notification's 25-day waiting period ends within two days. */
    NAC_CLOCK_ENDING("nac.clock-ending"),
    /** A license has 10 % or less of its quantity or value left, or expires within 30 days. */
    LICENSE_NEAR_LIMIT("license.near-limit"),
    /**
     * A scheduled fetch of a list failed or was refused ({@code licit serve --refresh-lists}: audit
     * events {@code list.fetch.failed} and {@code list.fetch.refused}).
     */
    LIST_FETCH_FAILED("list.fetch-failed");

    private final String code;

    WebhookEvent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static WebhookEvent of(String code) {
        for (WebhookEvent e : values()) {
            if (e.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new IllegalArgumentException("events: unknown event '" + code + "'; known: " + codes());
    }

    /** A comma-separated list of codes; empty or null means every event. */
    public static List<WebhookEvent> parse(String list) {
        if (list == null || list.isBlank()) {
            return List.of(values());
        }
        List<WebhookEvent> out = new ArrayList<>();
        for (String c : list.split(",")) {
            if (!c.isBlank() && !out.contains(of(c))) {
                out.add(of(c));
            }
        }
        return out.isEmpty() ? List.of(values()) : List.copyOf(out);
    }

    public static String codes() {
        return Arrays.stream(values()).map(WebhookEvent::code).collect(Collectors.joining(", "));
    }
}
