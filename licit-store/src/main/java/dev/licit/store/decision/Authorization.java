package dev.licit.store.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.license.License;
import dev.licit.store.license.LicenseService;
import dev.licit.store.nac.Notification;

/**
 * The authorization status of a decision: whether the order may ship and why (the license that
 * covers it, the notification's state, the case, or what is missing).
 *
 * @param license the covering license, or null
 * @param notification the order's NAC notification, or null
 */
public record Authorization(
        AuthorizationStatus status, boolean shippable, String detail, License license, Notification notification) {
    /** The {@code authorization} object of the decision JSON. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("status", status.name());
        o.put("shippable", shippable);
        o.put("detail", detail);
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
