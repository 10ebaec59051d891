package dev.licit.store.nac;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.core.time.Today;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.internal.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * NAC notifications: filed for a {@code NOTIFICATION_REQUIRED} decision, then the number BIS
 * returns, or BIS's answer that a license is required. An order under NAC is shippable only with
 * the number and once the 25-day waiting period from the filing date has passed. A notification
 * covers the order it was filed for: its id and its content (the canonical content hash of the
 * decision it was filed from, docs/STORE.md), so deciding the same order again finds it, and an
 * order under the same id with other items, quantities or parties does not (issue 13). A
 * notification filed before content hashes existed covers only the decision it was filed from.
 * Thread-safe.
 */
public final class NotificationService {
    private final Database db;
    private final Clock clock;

    public NotificationService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Notification file(String decisionId, LocalDate filedOn, String bisNumber, Actor actor) {
        if (filedOn == null) {
            throw new StoreInputException("--filed: the filing date is required");
        }
        String number = number(bisNumber);
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            var d = h.createQuery("SELECT order_id, verdict, content_sha256, dry_run FROM decision WHERE id = :id")
                    .bind("id", decisionId)
                    .map((rs, ctx) -> new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), Boolean.toString(rs.getBoolean(4))
                    })
                    .findOne()
                    .orElseThrow(() -> new NotFoundException("no decision " + decisionId));
            if (!"NOTIFICATION_REQUIRED".equals(d[1])) {
                throw new ConflictException("decision " + decisionId + " is " + d[1]
                        + "; a NAC notification is filed for a" + " NOTIFICATION_REQUIRED decision");
            }
            if (d[0] == null) {
                throw new ConflictException("decision " + decisionId
                        + " has no order id; give the order an \"id\" to file" + " a notification for it");
            }
            if (Boolean.parseBoolean(d[3])) {
                throw new ConflictException("decision " + decisionId + " is a dry run (decided under another"
                        + " date's rules); file the notification from a decision under today's rules");
            }
            if (filedOn.isAfter(today())) {
                throw new StoreInputException("--filed: " + filedOn + " is in the future");
            }
            Optional<Notification> existing = forContent(h, d[0], d[2], decisionId);
            if (existing.isPresent()) {
                throw new ConflictException("order " + d[0] + " already has notification "
                        + existing.get().id() + " filed on " + existing.get().filedOn() + " for this content");
            }
            long id = h.createUpdate(
                            "INSERT INTO nac_notification (order_id, decision_id, filed_on, bis_number, status,"
                                    + " filed_by, filed_at, content_sha256) VALUES (:o, :d, :f, :n, 'FILED', :by, :at, :c)")
                    .bind("o", d[0])
                    .bind("c", d[2])
                    .bind("d", decisionId)
                    .bind("f", filedOn)
                    .bind("n", number)
                    .bind("by", actor.name())
                    .bind("at", audit.recordedAt())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            ObjectNode p = Json.object();
            p.put("notificationId", id);
            p.put("orderId", d[0]);
            p.put("decisionId", decisionId);
            p.put("filedOn", filedOn.toString());
            p.put("bisNumber", number);
            p.put("contentSha256", d[2]);
            audit.append(actor, "nac.filed", "nac:" + id, p);
            audit.finish();
            return get(h, id);
        });
    }

    /** Records the number BIS returned (reported in AES with license type C67). */
    public Notification recordNumber(long id, String bisNumber, Actor actor) {
        String number = number(bisNumber);
        if (number == null) {
            throw new StoreInputException("the BIS number is required (A and six digits, e.g. A123456)");
        }
        return update(id, actor, "nac.number", n -> {
            if (n.bisNumber() != null) {
                throw new ConflictException("notification " + id + " already has BIS number " + n.bisNumber());
            }
            return new String[] {"bis_number", number};
        });
    }

    /** Records BIS's answer that the export needs a license after all. */
    public Notification licenseRequired(long id, String note, Actor actor) {
        if (note == null || note.isBlank()) {
            throw new StoreInputException("--reason: say what BIS answered");
        }
        return update(
                id, actor, "nac.license-required", n -> new String[] {"status", "LICENSE_REQUIRED", note.strip()});
    }

    public Notification get(long id) {
        return db.read(h -> get(h, id));
    }

    public List<Notification> list() {
        return db.read(h -> h.createQuery("SELECT * FROM nac_notification ORDER BY id DESC")
                .map((rs, ctx) -> row(rs))
                .list());
    }

    public Optional<Notification> forOrder(String orderId) {
        return orderId == null ? Optional.empty() : db.read(h -> forOrder(h, orderId));
    }

    /**
     * The newest notification covering an order of this id and content: filed with the same content
     * hash, or (filed before content hashes existed) filed from this very decision. A decision
     * without a content hash is covered only by a notification filed from it.
     *
     * @param decisionId the decision asking, or null while it is being made
     */
    public static Optional<Notification> forContent(Handle h, String orderId, String contentSha256, String decisionId) {
        return h.createQuery("SELECT * FROM nac_notification WHERE order_id = :o AND ((content_sha256 IS NOT NULL"
                        + " AND content_sha256 = :c) OR decision_id = :d) ORDER BY id DESC")
                .bind("o", orderId)
                .bind("c", contentSha256 == null ? "" : contentSha256)
                .bind("d", decisionId == null ? "" : decisionId)
                .setMaxRows(1)
                .map((rs, ctx) -> row(rs))
                .findFirst();
    }

    /** The newest notification of an order id, whatever content it was filed for. */
    public static Optional<Notification> forOrder(Handle h, String orderId) {
        return h.createQuery("SELECT * FROM nac_notification WHERE order_id = :o ORDER BY id DESC")
                .bind("o", orderId)
                .setMaxRows(1)
                .map((rs, ctx) -> row(rs))
                .findFirst();
    }

    /** Today by the store's clock, in UTC: the day a waiting period is counted against. */
    public LocalDate today() {
        return Today.utc(clock);
    }

    private Notification update(
            long id, Actor actor, String kind, java.util.function.Function<Notification, String[]> change) {
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            Notification n = get(h, id);
            String[] c = change.apply(n);
            if (c[0].equals("bis_number")) {
                h.createUpdate(
                                "UPDATE nac_notification SET bis_number = :v, updated_by = :by, updated_at = :at WHERE id = :id")
                        .bind("v", c[1])
                        .bind("by", actor.name())
                        .bind("at", audit.recordedAt())
                        .bind("id", id)
                        .execute();
            } else {
                h.createUpdate(
                                "UPDATE nac_notification SET status = :v, note = :note, updated_by = :by, updated_at = :at"
                                        + " WHERE id = :id")
                        .bind("v", c[1])
                        .bind("note", c[2])
                        .bind("by", actor.name())
                        .bind("at", audit.recordedAt())
                        .bind("id", id)
                        .execute();
            }
            ObjectNode p = Json.object();
            p.put("notificationId", id);
            p.put("orderId", n.orderId());
            p.put(c[0].equals("bis_number") ? "bisNumber" : "status", c[1]);
            if (c.length > 2) {
                p.put("note", c[2]);
            }
            audit.append(actor, kind, "nac:" + id, p);
            audit.finish();
            return get(h, id);
        });
    }

    private static String number(String bisNumber) {
        if (bisNumber == null || bisNumber.isBlank()) {
            return null;
        }
        String n = bisNumber.strip().toUpperCase(java.util.Locale.ROOT);
        if (!n.matches("A[0-9]{6}")) {
            throw new StoreInputException(
                    "--number: a NAC authorization number is A and six digits (e.g. A123456), got '" + bisNumber + "'");
        }
        return n;
    }

    private static Notification get(Handle h, long id) {
        return h.createQuery("SELECT * FROM nac_notification WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne()
                .orElseThrow(() -> new NotFoundException("no notification " + id));
    }

    private static Notification row(ResultSet rs) throws SQLException {
        return new Notification(
                rs.getLong("id"),
                rs.getString("order_id"),
                rs.getString("decision_id"),
                rs.getObject("filed_on", LocalDate.class),
                rs.getString("bis_number"),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getString("filed_by"),
                rs.getString("filed_at"),
                rs.getString("updated_by"),
                rs.getString("updated_at"),
                rs.getString("content_sha256"));
    }
}
