package dev.licit.store.license;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.core.time.Today;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.common.Sentence;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.internal.Database;
import dev.licit.store.review.PartyKey;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Licenses BIS granted and their draw-down. A decision that needs a license looks for a registered
 * one that covers it: same destination, every ECCN of the licensed lines, every end user and
 * ultimate consignee named, valid on the export date and not expired today, enough quantity and
 * value left. Recording the shipment draws the quantity and value down (under a row lock, so two
 * shipments cannot both take the last units); expiry or exhaustion brings {@code LICENSE_REQUIRED}
 * back for the next order. Thread-safe.
 */
public final class LicenseService {
    private final Database db;
    private final Clock clock;

    public LicenseService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public License register(NewLicense l, Actor actor) {
        return register(l, null, actor);
    }

    /**
     * Registers a license; with {@code forDecision}, as granted for that decision's order: it then
     * covers only orders of exactly that content (items, quantities, parties, destination: the
     * decision's content hash), so an order under the same id with more units or another end user
     * needs its own license (issue 13).
     */
    public License register(NewLicense l, String forDecision, Actor actor) {
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            if (find(h, l.number()).isPresent()) {
                throw new ConflictException("license " + l.number() + " is already registered");
            }
            String content = null;
            if (forDecision != null) {
                String[] d = h.createQuery("SELECT content_sha256, dry_run, destination FROM decision WHERE id = :id")
                        .bind("id", forDecision)
                        .map((rs, ctx) ->
                                new String[] {rs.getString(1), Boolean.toString(rs.getBoolean(2)), rs.getString(3)})
                        .findOne()
                        .orElseThrow(() -> new NotFoundException("decisionId: no decision " + forDecision));
                if (d[0] == null) {
                    throw new ConflictException("decisionId: decision " + forDecision
                            + " was recorded before content hashes existed; decide the order again and register"
                            + " the license for the new decision");
                }
                if (Boolean.parseBoolean(d[1])) {
                    throw new ConflictException("decisionId: decision " + forDecision + " is a dry run");
                }
                if (d[2] != null && !d[2].strip().equalsIgnoreCase(l.destination())) {
                    throw new ConflictException("decisionId: decision " + forDecision + " is for destination "
                            + d[2].strip() + ", the license for " + l.destination());
                }
                content = d[0];
            }
            ArrayNode parties = Json.COMPACT.createArrayNode();
            l.parties().forEach(parties::add);
            h.createUpdate("INSERT INTO license (number, eccns, destination, parties, quantity_limit, value_limit_usd,"
                            + " quantity_used, value_used_usd, valid_from, valid_to, conditions, status, registered_by,"
                            + " registered_at, filed_for, content_sha256) VALUES (:n, :e, :d, :p, :ql, :vl, 0, 0, :vf, :vt,"
                            + " :c, 'ACTIVE', :by, :at, :ff, :cs)")
                    .bind("ff", forDecision)
                    .bind("cs", content)
                    .bind("n", l.number())
                    .bind("e", String.join(",", l.eccns()))
                    .bind("d", l.destination())
                    .bind("p", Json.compact(parties))
                    .bind("ql", l.quantityLimit())
                    .bind("vl", l.valueLimitUsd())
                    .bind("vf", l.validFrom())
                    .bind("vt", l.validTo())
                    .bind("c", l.conditions())
                    .bind("by", actor.name())
                    .bind("at", audit.recordedAt())
                    .execute();
            License stored = find(h, l.number()).orElseThrow();
            audit.append(actor, "license.registered", "license:" + l.number(), describe(stored));
            audit.finish();
            return stored;
        });
    }

    public License revoke(String number, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new StoreInputException("--reason: a reason is required to revoke a license");
        }
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            License l = find(h, number).orElseThrow(() -> new NotFoundException("no license " + number));
            if (l.status() == LicenseStatus.REVOKED) {
                throw new ConflictException("license " + number + " is already revoked");
            }
            h.createUpdate("UPDATE license SET status = 'REVOKED' WHERE id = :id")
                    .bind("id", l.id())
                    .execute();
            ObjectNode p = Json.object();
            p.put("number", number);
            p.put("reason", reason.strip());
            audit.append(actor, "license.revoked", "license:" + number, p);
            audit.finish();
            return find(h, number).orElseThrow();
        });
    }

    public Optional<License> get(String number) {
        return db.read(h -> find(h, number));
    }

    public List<License> list() {
        return db.read(h -> h.createQuery("SELECT * FROM license ORDER BY valid_to, id")
                .map((rs, ctx) -> license(rs))
                .list());
    }

    /** Looks for a license covering {@code need} now (today from the store's clock). */
    public LicenseCheck check(LicenseNeed need) {
        return db.read(h -> check(h, need, today(), false));
    }

    LocalDate today() {
        return Today.utc(clock);
    }

    /**
     * Finds the covering license inside a write transaction; with {@code lock}, the chosen license's
     * row stays locked until the transaction ends (for a draw-down).
     */
    public static LicenseCheck check(Handle h, LicenseNeed need, LocalDate today, boolean lock) {
        List<License> candidates = h.createQuery("SELECT * FROM license WHERE destination = :d ORDER BY valid_to, id"
                        + (lock ? " FOR UPDATE" : ""))
                .bind("d", need.destination())
                .map((rs, ctx) -> license(rs))
                .list();
        List<String> refusals = new ArrayList<>();
        List<Sentence> refused = new ArrayList<>();
        Set<String> wanted = need.parties().stream().map(PartyKey::name).collect(Collectors.toSet());
        for (License l : candidates) {
            Refusal why = refusal(l, need, wanted, today);
            if (why == null) {
                return new LicenseCheck(l, refusals, refused);
            }
            refusals.add("license " + l.number() + ": " + why.text());
            refused.add(why.sentence());
        }
        if (candidates.isEmpty()) {
            refusals.add("no license is registered for destination " + need.destination());
            refused.add(Sentence.of("license.refused.none-for-destination", "destination", need.destination()));
        }
        return new LicenseCheck(null, refusals, refused);
    }

    /** Why one license does not cover a need: in English, and as a sentence code with its values. */
    private record Refusal(String text, Sentence sentence) {
        static Refusal of(String text, License l, String kind, String... namesAndValues) {
            String[] all = new String[namesAndValues.length + 2];
            all[0] = "number";
            all[1] = l.number();
            System.arraycopy(namesAndValues, 0, all, 2, namesAndValues.length);
            return new Refusal(text, Sentence.of("license.refused." + kind, all));
        }
    }

    private static Refusal refusal(License l, LicenseNeed need, Set<String> wanted, LocalDate today) {
        if (l.status() == LicenseStatus.REVOKED) {
            return Refusal.of("revoked", l, "revoked");
        }
        if (l.contentSha256() != null && !l.contentSha256().equals(need.contentSha256())) {
            return Refusal.of(
                    "was registered for the order of decision " + l.filedFor()
                            + "; this order's items, quantities or parties differ (content hash), so it needs a"
                            + " license of its own",
                    l,
                    "other-order",
                    "filedFor",
                    l.filedFor());
        }
        List<String> uncovered =
                need.eccns().stream().filter(e -> !l.covers(e)).sorted().toList();
        if (!uncovered.isEmpty()) {
            String missing = String.join(", ", uncovered);
            String covers = String.join(", ", l.eccns());
            return Refusal.of(
                    "does not cover " + missing + " (it covers " + covers + ")",
                    l,
                    "eccns",
                    "uncovered",
                    missing,
                    "covers",
                    covers);
        }
        Set<String> named = l.parties().stream().map(PartyKey::name).collect(Collectors.toSet());
        List<String> missing = need.parties().stream()
                .filter(p -> !named.contains(PartyKey.name(p)))
                .toList();
        if (!missing.isEmpty()) {
            String parties = String.join(", ", missing);
            return Refusal.of("does not name " + parties, l, "parties", "parties", parties);
        }
        if (need.exportDate().isBefore(l.validFrom()) || need.exportDate().isAfter(l.validTo())) {
            return Refusal.of(
                    "not valid on the export date " + need.exportDate() + " (valid " + l.validFrom() + " to "
                            + l.validTo() + ")",
                    l,
                    "dates",
                    "exportDate",
                    need.exportDate().toString(),
                    "validFrom",
                    l.validFrom().toString(),
                    "validTo",
                    l.validTo().toString());
        }
        if (today.isAfter(l.validTo())) {
            return Refusal.of(
                    "expired on " + l.validTo(),
                    l,
                    "expired",
                    "validTo",
                    l.validTo().toString());
        }
        if (l.quantityLimit() != null && l.quantityRemaining() < need.quantity()) {
            return l.quantityRemaining() <= 0
                    ? Refusal.of(
                            "exhausted: all " + l.quantityLimit() + " units drawn",
                            l,
                            "quantity-exhausted",
                            "limit",
                            l.quantityLimit().toString())
                    : Refusal.of(
                            l.quantityRemaining() + " units left, the order needs " + need.quantity(),
                            l,
                            "quantity-short",
                            "remaining",
                            Long.toString(l.quantityRemaining()),
                            "needed",
                            Long.toString(need.quantity()));
        }
        if (l.valueLimitUsd() != null) {
            if (need.valueUsd() == null) {
                return Refusal.of(
                        "has a value limit and the order does not give every licensed line a unitValueUsd",
                        l,
                        "value-unknown");
            }
            if (l.valueRemainingUsd().compareTo(need.valueUsd()) < 0) {
                return l.valueRemainingUsd().signum() <= 0
                        ? Refusal.of(
                                "exhausted: all USD " + l.valueLimitUsd().toPlainString() + " drawn",
                                l,
                                "value-exhausted",
                                "limit",
                                l.valueLimitUsd().toPlainString())
                        : Refusal.of(
                                "USD " + l.valueRemainingUsd().toPlainString() + " left, the order needs USD "
                                        + need.valueUsd().toPlainString(),
                                l,
                                "value-short",
                                "remaining",
                                l.valueRemainingUsd().toPlainString(),
                                "needed",
                                need.valueUsd().toPlainString());
            }
        }
        return null;
    }

    /** Draws a shipment down from a license locked by {@link #check(Handle, LicenseNeed, LocalDate, boolean)}. */
    public static void drawDown(
            Handle h,
            AuditWriter audit,
            License l,
            long quantity,
            BigDecimal valueUsd,
            String decisionId,
            Actor actor) {
        BigDecimal value = valueUsd == null ? BigDecimal.ZERO : valueUsd;
        h.createUpdate("UPDATE license SET quantity_used = quantity_used + :q, value_used_usd = value_used_usd + :v"
                        + " WHERE id = :id")
                .bind("q", quantity)
                .bind("v", value)
                .bind("id", l.id())
                .execute();
        ObjectNode p = Json.object();
        p.put("number", l.number());
        p.put("decisionId", decisionId);
        p.put("quantity", quantity);
        p.put("valueUsd", value);
        if (l.quantityLimit() != null) {
            p.put("quantityRemaining", l.quantityRemaining() - quantity);
        }
        if (l.valueLimitUsd() != null) {
            p.put("valueRemainingUsd", l.valueRemainingUsd().subtract(value));
        }
        audit.append(actor, "license.drawdown", "license:" + l.number(), p);
    }

    /** The license as the audit trail and the decision JSON describe it. */
    public static ObjectNode describe(License l) {
        ObjectNode o = Json.object();
        o.put("number", l.number());
        ArrayNode e = o.putArray("eccns");
        l.eccns().forEach(e::add);
        o.put("destination", l.destination());
        ArrayNode p = o.putArray("parties");
        l.parties().forEach(p::add);
        o.put("quantityLimit", l.quantityLimit());
        o.put("quantityRemaining", l.quantityRemaining());
        o.put("valueLimitUsd", l.valueLimitUsd());
        o.put("valueRemainingUsd", l.valueRemainingUsd());
        o.put("validFrom", l.validFrom().toString());
        o.put("validTo", l.validTo().toString());
        o.put("conditions", l.conditions());
        o.put("status", l.status().name());
        if (l.contentSha256() != null) {
            o.put("filedFor", l.filedFor());
            o.put("contentSha256", l.contentSha256());
        }
        return o;
    }

    private static Optional<License> find(Handle h, String number) {
        return h.createQuery("SELECT * FROM license WHERE number = :n")
                .bind("n", number)
                .map((rs, ctx) -> license(rs))
                .findOne();
    }

    static License license(ResultSet rs) throws SQLException {
        List<String> parties = new ArrayList<>();
        for (JsonNode n : Json.readStored(rs.getString("parties"))) {
            parties.add(n.asText());
        }
        long ql = rs.getLong("quantity_limit");
        Long quantityLimit = rs.wasNull() ? null : ql;
        return new License(
                rs.getLong("id"),
                rs.getString("number"),
                List.of(rs.getString("eccns").split(",")),
                rs.getString("destination").strip(),
                parties,
                quantityLimit,
                rs.getBigDecimal("value_limit_usd"),
                rs.getLong("quantity_used"),
                rs.getBigDecimal("value_used_usd"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("conditions"),
                LicenseStatus.valueOf(rs.getString("status")),
                rs.getString("registered_by"),
                rs.getString("registered_at"),
                rs.getString("filed_for"),
                rs.getString("content_sha256"));
    }
}
