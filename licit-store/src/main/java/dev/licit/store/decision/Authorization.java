package dev.licit.store.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.license.License;
import dev.licit.store.license.LicenseService;
import dev.licit.store.nac.Notification;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The authorization status of a decision: whether the order may ship and why (the license that
 * covers it, the notification's state, the case, or what is missing).
 *
 * @param detail why, in English
 * @param license the covering license, or null
 * @param notification the order's NAC notification, or null
 * @param details the same why as sentence codes with their values, in order: the key of each
 *     sentence's translated template ({@code authorization.*} in data/i18n/rules.LANG.yaml), which the
 *     UI and the decision record fill in the reader's language
 */
public record Authorization(
        AuthorizationStatus status,
        boolean shippable,
        String detail,
        License license,
        Notification notification,
        List<Part> details) {
    public Authorization {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** One sentence of the detail: its template key and the values it is filled with. */
    public record Part(String code, Map<String, String> params) {
        public Part {
            params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        }

        /** Pairs of names and values as {@link dev.licit.store.common.Sentence#of} takes them. */
        public static Part of(String code, String... keysAndValues) {
            return new Part(
                    code,
                    dev.licit.store.common.Sentence.of(code, keysAndValues).params());
        }
    }

    /** The {@code authorization} object of the decision JSON. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("status", status.name());
        o.put("shippable", shippable);
        o.put("detail", detail);
        var parts = o.putArray("details");
        for (Part part : details) {
            ObjectNode po = parts.addObject();
            po.put("code", part.code());
            ObjectNode params = po.putObject("params");
            part.params().forEach(params::put);
        }
        if (license != null) {
            o.set("license", LicenseService.describe(license));
        }
        if (notification != null) {
            ObjectNode n = o.putObject("notification");
            n.put("id", notification.id());
            n.put("filedOn", notification.filedOn().toString());
            n.put("waitingPeriodEnds", notification.waitingPeriodEnds().toString());
            n.put("bisNumber", notification.bisNumber());
            n.put("status", notification.status().name());
        }
        return o;
    }
}
