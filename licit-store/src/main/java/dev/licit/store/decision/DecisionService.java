package dev.licit.store.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.PartyResult;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.json.Json;
import dev.licit.core.time.Today;
import dev.licit.screening.fetch.ListAgesJson;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.common.StoreException;
import dev.licit.store.internal.Database;
import dev.licit.store.internal.Hashes;
import dev.licit.store.internal.Ids;
import dev.licit.store.internal.Times;
import dev.licit.store.license.LicenseNeed;
import dev.licit.store.license.LicenseService;
import dev.licit.store.review.CaseDraft;
import dev.licit.store.review.CaseService;
import dev.licit.store.review.PartyKey;
import dev.licit.store.review.ScreenedHit;
import dev.licit.store.review.ScreenedParty;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decisions: recorded durably with the full order, the rulebook hash and the list snapshot, found
 * again byte for byte, and shipped.
 *
 * <p>Recording builds the decision document in the caller's thread (the contract's decision JSON
 * plus {@code decisionId}, {@code clearedMatches} on parties with cleared false positives, and
 * {@code authorization}: whether a license or NAC notification on file lets the order ship), then
 * hands it to group commit: {@link #submit} returns a future completed only once the decision, its
 * audit event and its case (HOLD, LICENSE_REQUIRED without a covering license, PROHIBITED with a
 * list match) are committed and on disk. Thread-safe; a server shares one instance.
 */
public final class DecisionService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);
    private final Database db;
    private final Clock clock;
    private final GroupCommitter committer;

    public DecisionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.committer = new GroupCommitter(db, clock, this::writeBatch, journal(db, clock, this::writeBatch));
    }

    /**
     * On an embedded H2 file: first replays what processes that stopped uncleanly journaled, then
     * starts this process's journal. Null (each commit made durable by the database) elsewhere, or
     * when the journal cannot be started.
     */
    private static DecisionJournal journal(Database db, Clock clock, GroupCommitter.BatchWriter writer) {
        Optional<Path> dir = DecisionJournal.dirFor(db.config());
        if (dir.isEmpty()) {
            return null;
        }
        JournalRecovery.replay(db, dir.get(), writer, clock);
        try {
            return DecisionJournal.open(dir.get());
        } catch (IOException e) {
            LOG.warn(
                    "cannot start the decision journal in {} ({}); each decision group is made durable by a checkpoint",
                    dir.get(),
                    e.toString());
            return null;
        }
    }

    /** Records a decision; the future completes once it is durable (or fails, and nothing was written). */
    public CompletableFuture<StoredDecision> submit(NewDecision d) {
        return committer.submit(prepare0(d, stamp()));
    }

    /**
     * A decision's id and time. Ids sort by time and, within one process, in the order stamps are
     * taken; a caller that records many decisions in input order takes their stamps in that order.
     */
    public record Stamp(String id, Instant at) {}

    /** A decision with every value computed (document, hashes, rows, case draft), ready for {@link #submit(Ready)}. */
    public static final class Ready {
        private final PreparedDecision prepared;

        private Ready(PreparedDecision prepared) {
            this.prepared = prepared;
        }

        public String id() {
            return prepared.id();
        }
    }

    /** The next id and the time now: take stamps in the order the decisions are to be recorded. */
    public Stamp stamp() {
        Instant now = clock.instant();
        return new Stamp(Ids.decisionId(now), now);
    }

    /**
     * Computes everything a decision's record needs, on any thread, so that a caller deciding many
     * orders at once does the costly part (the document, its SHA-256 and the order's) in parallel and
     * only hands them to the group commit in order. Reads the database only for licenses and
     * notifications.
     */
    public Ready prepare(NewDecision d, Stamp stamp) {
        return new Ready(prepare0(d, stamp));
    }

    /** Records a prepared decision; the future completes once it is durable. Call in the order of the stamps. */
    public CompletableFuture<StoredDecision> submit(Ready ready) {
        return committer.submit(ready.prepared);
    }

    /** Records a decision and waits until it is durable. */
    public StoredDecision record(NewDecision d) {
        try {
            return submit(d).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("decision not recorded: " + e.getCause(), e.getCause());
        }
    }

    public Optional<StoredDecision> find(String id) {
        return db.read(h -> h.createQuery("SELECT d.*, (SELECT MIN(c.id) FROM review_case c WHERE c.decision_id = d.id"
                        + " AND c.kind = 'DECISION') AS case_id FROM decision d WHERE d.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> stored(rs))
                .findOne());
    }

    public StoredDecision get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("no decision " + id));
    }

    /**
     * The decision when {@code viewer} may see it: everyone when {@code viewer} is null (a reviewer,
     * an admin, a requester whose key has team scope), else only a decision {@code viewer} submitted.
     * Another's decision is "not found", so that a requester cannot probe which ids exist.
     */
    public Optional<StoredDecision> findFor(String id, Actor viewer) {
        return find(id).filter(d -> viewer == null || d.actor().equals(viewer.name()));
    }

    /** The order exactly as it was submitted. */
    public String orderJson(String id) {
        return db.read(h -> h.createQuery("SELECT order_json FROM decision WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .findOne())
                .orElseThrow(() -> new NotFoundException("no decision " + id));
    }

    /**
     * Decisions, newest first, decided on or after {@code since} (null: all), at most {@code limit}
     * (null: all). Streams, so a full listing does not sit in memory.
     */
    public void forEach(LocalDate since, Integer limit, Consumer<DecisionSummary> each) {
        forEach(since, limit, null, each);
    }

    /** As {@link #forEach(LocalDate, Integer, Consumer)}, only the decisions {@code submitter} made (null: all). */
    public void forEach(LocalDate since, Integer limit, Actor submitter, Consumer<DecisionSummary> each) {
        forEach(DecisionQuery.since(since, limit, submitter), each);
    }

    /** The decisions a query selects, newest first, one at a time (a long listing never sits in memory). */
    public void forEach(DecisionQuery query, Consumer<DecisionSummary> each) {
        db.read(h -> {
            List<String> where = new ArrayList<>();
            Map<String, Object> binds = new LinkedHashMap<>();
            if (query.since() != null) {
                where.add("decided_at >= :since");
                binds.put("since", Times.startOf(query.since()));
            }
            if (query.until() != null) {
                where.add("decided_at < :until");
                binds.put("until", Times.startOf(query.until().plusDays(1)));
            }
            if (query.orderId() != null) {
                where.add("order_id = :orderId");
                binds.put("orderId", query.orderId());
            }
            if (query.verdict() != null) {
                where.add("verdict = :verdict");
                binds.put("verdict", query.verdict().name());
            }
            if (query.destination() != null) {
                where.add("UPPER(destination) = :destination");
                binds.put("destination", query.destination());
            }
            if (query.party() != null) {
                where.add("EXISTS (SELECT 1 FROM decision_party p WHERE p.decision_id = decision.id"
                        + " AND LOWER(p.name) LIKE :party ESCAPE '!')");
                binds.put("party", "%" + likeEscaped(query.party().toLowerCase(Locale.ROOT)) + "%");
            }
            if (query.submitter() != null) {
                where.add("actor = :actor");
                binds.put("actor", query.submitter().name());
            }
            var q = h.createQuery(
                    "SELECT id, order_id, verdict, decided_at, actor, list_snapshot, rulebook_sha256, actor_verified,"
                            + " os_user, destination FROM decision"
                            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                            + " ORDER BY decided_at DESC, id DESC");
            binds.forEach(q::bind);
            Integer limit = query.limit();
            if (limit != null) {
                q.setMaxRows(limit);
            }
            try (Stream<DecisionSummary> s = q
                    .setFetchSize(limit == null ? 500 : Math.max(1, Math.min(500, limit)))
                    .map((rs, ctx) -> new DecisionSummary(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getObject(8, Boolean.class),
                            rs.getString(9),
                            rs.getString(10)))
                    .stream()) {
                s.forEach(each);
            }
            return null;
        });
    }

    /** LIKE's wildcards in a searched text taken literally ('!' is the escape character). */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The decisions a query selects, newest first. */
    public List<DecisionSummary> list(DecisionQuery query) {
        List<DecisionSummary> out = new ArrayList<>();
        forEach(query, out::add);
        return out;
    }

    public List<DecisionSummary> list(LocalDate since, Integer limit) {
        return list(since, limit, null);
    }

    /** Decisions {@code submitter} made (null: all), newest first. */
    public List<DecisionSummary> list(LocalDate since, Integer limit, Actor submitter) {
        List<DecisionSummary> out = new ArrayList<>();
        forEach(since, limit, submitter, out::add);
        return out;
    }

    /** Whether the decided order may ship today, given licenses, notifications and cases as they are now. */
    public Authorization authorization(String decisionId) {
        return db.read(h -> Authorizations.evaluate(h, subject(h, decisionId), today(), false));
    }

    /**
     * What the decision's authorization would be once its open review cases are released: whether a
     * license or a NAC clearance registered since now covers the order (the case says so and offers
     * release). Never a clearance by itself: a release still needs every match reviewed, and the
     * shipment is checked again when it is recorded.
     */
    public Authorization authorizationOnceReviewed(String decisionId) {
        return db.read(h -> Authorizations.evaluate(h, subject(h, decisionId), today(), false, false));
    }

    /** Records that the order of a decision shipped today (see {@link #recordShipment(String, LocalDate, Actor)}). */
    public Shipment recordShipment(String decisionId, Actor actor) {
        return recordShipment(decisionId, null, actor);
    }

    /** Records that the whole order (all that is left of it) shipped on {@code shippedOn} (null: today). */
    public Shipment recordShipment(String decisionId, LocalDate shippedOn, Actor actor) {
        return recordShipment(decisionId, shippedOn, Shipment.Request.WHOLE, actor);
    }

    /**
     * Records that the order of a decision, or a part of it, shipped on {@code shippedOn} (null:
     * today): refused unless the order may ship on that day (a covering license with enough left for
     * this part, a cleared NAC notification, a released case ...), which needs a decision made under
     * that day's rules (a dry run never ships, and a decision of another day must be made again);
     * draws the part's licensed units and value from the license. The units of each line
     * ({@code request.lines()}, by the line's index; null: all that is left) may not exceed what is
     * left of the line after the shipments recorded before. A shipping day after today is refused: a
     * shipment is recorded once it happened.
     */
    public Shipment recordShipment(String decisionId, LocalDate shippedOn, Shipment.Request request, Actor actor) {
        LocalDate day = shippedOn == null ? today() : shippedOn;
        if (day.isAfter(today())) {
            throw new dev.licit.store.common.StoreInputException(
                    "shippedOn: " + day + " is after today (" + today() + "); record a shipment once it has happened");
        }
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            Authorizations.Subject whole = subject(h, decisionId);
            OrderLines order = orderLines(h, decisionId);
            List<Shipment> before = shipments(h, decisionId);
            long[] left = order.left(before);
            if (java.util.Arrays.stream(left).allMatch(n -> n == 0)) {
                throw new ConflictException("decision " + decisionId + " already has a shipment for every unit of the"
                        + " order, recorded " + before.getLast().recordedAt());
            }
            long[] part = new long[left.length];
            if (request.lines() == null) {
                part = left.clone();
            } else {
                if (request.lines().size() != left.length) {
                    throw new dev.licit.store.common.StoreInputException("lines: the order has " + left.length
                            + " lines; give the units shipped of each (0 for none), got "
                            + request.lines().size());
                }
                for (int i = 0; i < left.length; i++) {
                    Long q = request.lines().get(i);
                    if (q == null || q < 0) {
                        throw new dev.licit.store.common.StoreInputException(
                                "lines/" + i + ": the units shipped, 0 or more, not " + q);
                    }
                    if (q > left[i]) {
                        throw new ConflictException("lines/" + i + ": " + q + " units, but only " + left[i] + " of the "
                                + order.quantity[i] + " ordered are left to ship");
                    }
                    part[i] = q;
                }
                if (java.util.Arrays.stream(part).allMatch(n -> n == 0)) {
                    throw new dev.licit.store.common.StoreInputException("lines: a shipment ships at least one unit");
                }
            }
            // the license is checked, and drawn, for this part's licensed units and value only
            Authorizations.Subject s = whole;
            if (whole.need() != null) {
                LicenseNeed n = whole.need();
                s = new Authorizations.Subject(
                        whole.decisionId(),
                        whole.verdict(),
                        whole.orderId(),
                        new LicenseNeed(
                                n.destination(),
                                n.eccns(),
                                n.parties(),
                                order.licensedUnits(part),
                                order.licensedValue(part),
                                n.exportDate(),
                                n.contentSha256()),
                        whole.asOf(),
                        whole.dryRun(),
                        whole.contentSha256());
            }
            LocalDate today = day;
            Authorization a = Authorizations.evaluate(h, s, today, true);
            if (!a.shippable()) {
                throw new ConflictException(
                        "decision " + decisionId + " may not ship: " + a.status() + ": " + a.detail());
            }
            Long quantity = null;
            BigDecimal value = null;
            if (a.license() != null) {
                quantity = s.need().quantity();
                value = s.need().valueUsd();
                LicenseService.drawDown(h, audit, a.license(), quantity, value, decisionId, actor);
            }
            Long notificationId =
                    a.notification() == null ? null : a.notification().id();
            long id = h.createUpdate("INSERT INTO shipment_part (decision_id, shipped_on, license_id, notification_id,"
                            + " quantity, value_usd, itn, awb, invoice, actor, recorded_at) VALUES (:d, :on, :l, :n, :q,"
                            + " :v, :itn, :awb, :inv, :by, :at)")
                    .bind("d", decisionId)
                    .bind("on", today)
                    .bind("l", a.license() == null ? null : a.license().id())
                    .bind("n", notificationId)
                    .bind("q", quantity)
                    .bind("v", value)
                    .bind("itn", request.itn())
                    .bind("awb", request.awb())
                    .bind("inv", request.invoice())
                    .bind("by", actor.name())
                    .bind("at", audit.recordedAt())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            var lines = h.prepareBatch("INSERT INTO shipment_line (part_id, line_idx, quantity) VALUES (:p, :i, :q)");
            List<Long> shippedLines = new ArrayList<>();
            for (int i = 0; i < part.length; i++) {
                lines.bind("p", id).bind("i", i).bind("q", part[i]).add();
                shippedLines.add(part[i]);
            }
            lines.execute();
            boolean complete = true;
            for (int i = 0; i < left.length; i++) {
                complete &= part[i] == left[i];
            }
            ObjectNode p = Json.object();
            p.put("decisionId", decisionId);
            p.put("shipmentId", id);
            p.put("shippedOn", today.toString());
            p.put("authorization", a.status().name());
            p.put("license", a.license() == null ? null : a.license().number());
            p.put("notificationId", notificationId);
            p.put("quantity", quantity);
            p.put("valueUsd", value);
            shippedLines.forEach(p.putArray("lines")::add);
            p.put("partial", !complete || !before.isEmpty());
            p.put("orderComplete", complete);
            p.put("itn", request.itn());
            p.put("awb", request.awb());
            p.put("invoice", request.invoice());
            audit.append(actor, "shipment", decisionId, p);
            audit.finish();
            return new Shipment(
                    decisionId,
                    today,
                    a.license() == null ? null : a.license().number(),
                    notificationId,
                    quantity,
                    value,
                    actor.name(),
                    audit.recordedAt(),
                    id,
                    shippedLines,
                    request.itn(),
                    request.awb(),
                    request.invoice());
        });
    }

    /**
     * The lines of a decided order: units ordered, whether the line is the licensed kind (the lines a
     * license or a notification covers, as {@link LicensedLines} counts them) and its unit value.
     */
    private record OrderLines(long[] quantity, boolean[] licensed, BigDecimal[] unitValue) {
        /** What is left of each line after {@code before}; a whole-order shipment of old leaves nothing. */
        long[] left(List<Shipment> before) {
            long[] left = quantity.clone();
            for (Shipment s : before) {
                if (s.lines().isEmpty()) {
                    return new long[quantity.length];
                }
                for (int i = 0; i < left.length && i < s.lines().size(); i++) {
                    left[i] -= s.lines().get(i);
                }
            }
            return left;
        }

        long licensedUnits(long[] part) {
            long n = 0;
            for (int i = 0; i < part.length; i++) {
                n += licensed[i] ? part[i] : 0;
            }
            return n;
        }

        /** The value of the part's licensed units, or null when a licensed line has no unit value (as the need). */
        BigDecimal licensedValue(long[] part) {
            BigDecimal v = BigDecimal.ZERO;
            for (int i = 0; i < part.length; i++) {
                if (licensed[i]) {
                    if (unitValue[i] == null) {
                        return null;
                    }
                    v = v.add(unitValue[i].multiply(BigDecimal.valueOf(part[i])));
                }
            }
            return v.setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    private static OrderLines orderLines(Handle h, String decisionId) {
        String[] row = h.createQuery("SELECT verdict, document, order_json FROM decision WHERE id = :id")
                .bind("id", decisionId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .findOne()
                .orElseThrow(() -> new NotFoundException("no decision " + decisionId));
        try {
            var document = Json.COMPACT.readTree(row[1]).path("items");
            var given = Json.COMPACT.readTree(row[2]).path("items");
            // a NAC order's notified lines are the ones a license covers when BIS answers that one is required
            String licensedVerdict =
                    "NOTIFICATION_REQUIRED".equals(row[0]) ? "NOTIFICATION_REQUIRED" : "LICENSE_REQUIRED";
            int n = document.size();
            long[] quantity = new long[n];
            boolean[] licensed = new boolean[n];
            BigDecimal[] unit = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                quantity[i] = document.get(i).path("quantity").asLong();
                licensed[i] =
                        licensedVerdict.equals(document.get(i).path("verdict").asText());
                var v = given.path(i).get("unitValueUsd");
                unit[i] = v == null || v.isNull() ? null : v.decimalValue();
            }
            return new OrderLines(quantity, licensed, unit);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("decision " + decisionId + ": its stored document is not JSON", e);
        }
    }

    /** The first shipment of a decision's order (the whole order unless it shipped in parts). */
    public Optional<Shipment> shipment(String decisionId) {
        return shipments(decisionId).stream().findFirst();
    }

    /** Every shipment of a decision's order, oldest first. */
    public List<Shipment> shipments(String decisionId) {
        return db.read(h -> shipments(h, decisionId));
    }

    private static List<Shipment> shipments(Handle h, String decisionId) {
        List<Shipment> parts = h.createQuery("SELECT s.*, l.number FROM shipment_part s LEFT JOIN license l ON l.id ="
                        + " s.license_id WHERE s.decision_id = :d ORDER BY s.id")
                .bind("d", decisionId)
                .map((rs, ctx) -> new Shipment(
                        rs.getString("decision_id"),
                        rs.getObject("shipped_on", LocalDate.class),
                        rs.getString("number"),
                        rs.getObject("notification_id", Long.class),
                        rs.getObject("quantity", Long.class),
                        rs.getBigDecimal("value_usd"),
                        rs.getString("actor"),
                        rs.getString("recorded_at"),
                        rs.getLong("id"),
                        List.of(),
                        rs.getString("itn"),
                        rs.getString("awb"),
                        rs.getString("invoice")))
                .list();
        List<Shipment> out = new ArrayList<>();
        for (Shipment s : parts) {
            List<Long> lines = h.createQuery("SELECT quantity FROM shipment_line WHERE part_id = :p ORDER BY line_idx")
                    .bind("p", s.id())
                    .mapTo(Long.class)
                    .list();
            out.add(new Shipment(
                    s.decisionId(),
                    s.shippedOn(),
                    s.licenseNumber(),
                    s.notificationId(),
                    s.quantity(),
                    s.valueUsd(),
                    s.actor(),
                    s.recordedAt(),
                    s.id(),
                    lines,
                    s.itn(),
                    s.awb(),
                    s.invoice()));
        }
        return out;
    }

    /** Test hook: runs inside each group's transaction just before it commits. */
    void beforeCommit(Consumer<List<String>> hook) {
        committer.beforeCommit(hook);
    }

    @Override
    public void close() {
        committer.close();
    }

    /** Today, in UTC, by the store's clock: the rules date a decision must have to be more than a dry run. */
    public LocalDate today() {
        return Today.utc(clock);
    }

    private Authorizations.Subject subject(Handle h, String decisionId) {
        record Row(
                String verdict,
                String orderId,
                String destination,
                LocalDate asOf,
                String eccns,
                Long quantity,
                BigDecimal value,
                boolean dryRun,
                String contentSha256) {}
        Row r = h.createQuery("SELECT verdict, order_id, destination, as_of, licensed_eccns, licensed_quantity,"
                        + " licensed_value_usd, dry_run, content_sha256 FROM decision WHERE id = :id")
                .bind("id", decisionId)
                .map((rs, ctx) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        rs.getBigDecimal(7),
                        rs.getBoolean(8),
                        rs.getString(9)))
                .findOne()
                .orElseThrow(() -> new NotFoundException("no decision " + decisionId));
        LicenseNeed need = null;
        if (r.eccns() != null && !r.eccns().isBlank()) {
            List<String> parties = h.createQuery("SELECT name FROM decision_party WHERE decision_id = :d AND role IN"
                            + " ('END_USER', 'ULTIMATE_CONSIGNEE') ORDER BY idx")
                    .bind("d", decisionId)
                    .mapTo(String.class)
                    .list();
            need = new LicenseNeed(
                    r.destination(),
                    java.util.Set.of(r.eccns().split(",")),
                    parties,
                    r.quantity() == null ? 0 : r.quantity(),
                    r.value(),
                    r.asOf(),
                    r.contentSha256());
        }
        return new Authorizations.Subject(
                decisionId, r.verdict(), r.orderId(), need, r.asOf(), r.dryRun(), r.contentSha256());
    }

    private PreparedDecision prepare0(NewDecision nd, Stamp stamp) {
        String decidedAt = Times.text(stamp.at());
        String id = stamp.id();
        // "today" is the stamp's day, not the clock's when this runs: a decision stamped just before
        // midnight and prepared after it is judged, like its decidedAt, on the day it was stamped
        LocalDate today = Today.utc(stamp.at());
        Decision d = nd.decision();
        Order order = nd.order();
        LicensedLines lines = LicensedLines.of(order, d);
        String destination = order.destination();
        String content = OrderContent.sha256(order, d);
        // rules of another day than today: a what-if, recorded but never shippable (issue 13)
        boolean dryRun = !d.asOf().equals(today);
        LicenseNeed need = lines.any()
                ? lines.need(destination, LicensedLines.licensedParties(order.parties()), d.asOf(), content)
                : null;
        Authorizations.Subject subject =
                new Authorizations.Subject(null, d.verdict().name(), order.id(), need, d.asOf(), dryRun, content);
        // only licenses and notifications need the database; other verdicts are decided by the verdict alone
        Authorization auth = Authorizations.needsLookup(subject)
                ? db.read(h -> Authorizations.evaluate(h, subject, today, false))
                : Authorizations.evaluate(null, subject, today, false);

        ObjectNode doc = Json.object();
        doc.put("decisionId", id);
        doc.setAll(DecisionJson.decision(d, decidedAt, nd.listSnapshot()));
        if (nd.lists() != null) {
            // each list's date as the decision saw it, and the warning when one was older than the limit
            doc.set("lists", ListAgesJson.forDecision(nd.lists(), doc.objectNode()));
        }
        ArrayNode partyNodes = (ArrayNode) doc.get("parties");
        for (int i = 0; i < nd.screening().size() && i < partyNodes.size(); i++) {
            List<ScreenedHit> cleared = nd.screening().get(i).cleared();
            if (!cleared.isEmpty()) {
                ArrayNode arr = ((ObjectNode) partyNodes.get(i)).putArray("clearedMatches");
                for (ScreenedHit c : cleared) {
                    ObjectNode o = arr.addObject();
                    o.put("list", c.hit().list());
                    o.put("listedName", c.hit().listedName());
                    o.put("entryId", c.hit().entryId());
                    o.put("score", Math.round(c.hit().score() * 1000) / 1000.0);
                    o.put("band", c.hit().band());
                    o.put("clearedBy", c.clearance().clearedBy());
                    o.put("clearedAt", c.clearance().clearedAt());
                    o.put("reason", c.clearance().reason());
                    o.put("caseId", c.clearance().caseId());
                }
            }
        }
        doc.put("dryRun", dryRun);
        doc.put("contentSha256", content);
        ObjectNode by = doc.putObject("submittedBy");
        by.put("actor", nd.actor().name());
        by.put("actorVerified", nd.actor().verified());
        if (!nd.actor().verified()) {
            by.put("osUser", nd.actor().osUser());
        }
        doc.set("authorization", auth.toJson());
        // stored on one line: the hash, the database, the journal and a JSON Lines output all go over
        // every byte of it, and indentation made it 28 % longer (what people read is indented when it
        // is shown: Json.indentStored)
        byte[] utf8;
        try {
            utf8 = Json.COMPACT.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        DocumentText text = DocumentText.of(utf8);
        String docSha = Hashes.sha256(utf8);

        List<PreparedDecision.PartyRow> parties = new ArrayList<>();
        for (int i = 0; i < order.parties().size(); i++) {
            Party p = order.parties().get(i);
            parties.add(new PreparedDecision.PartyRow(
                    i,
                    p.role().name(),
                    p.name() == null ? "" : p.name(),
                    p.country(),
                    PartyKey.of(p.name(), p.country())));
        }
        List<PreparedDecision.HitRow> hits = new ArrayList<>();
        List<CaseDraft.MatchDraft> matches = new ArrayList<>();
        for (int i = 0; i < nd.screening().size(); i++) {
            ScreenedParty sp = nd.screening().get(i);
            for (ScreenedHit sh : sp.hits()) {
                ListHit hit = sh.hit();
                hits.add(new PreparedDecision.HitRow(
                        i,
                        hit.list(),
                        hit.entryId(),
                        sh.entryVersion(),
                        hit.listedName(),
                        hit.score(),
                        hit.band(),
                        sh.cleared()));
                if (!sh.cleared()) {
                    matches.add(new CaseDraft.MatchDraft(
                            sp.party().name(),
                            sp.party().country(),
                            hit.list(),
                            hit.entryId(),
                            sh.entryVersion(),
                            hit.listedName(),
                            hit.score(),
                            hit.band(),
                            sh.note()));
                }
            }
        }
        if (nd.screening().isEmpty()) {
            // not screened by the store: keep the engine's hits (without entry versions) for the record
            for (int i = 0; i < d.parties().size(); i++) {
                PartyResult pr = d.parties().get(i);
                for (ListHit hit : pr.matches()) {
                    hits.add(new PreparedDecision.HitRow(
                            i, hit.list(), hit.entryId(), "", hit.listedName(), hit.score(), hit.band(), false));
                    matches.add(new CaseDraft.MatchDraft(
                            pr.party().name(),
                            pr.party().country(),
                            hit.list(),
                            hit.entryId(),
                            "",
                            hit.listedName(),
                            hit.score(),
                            hit.band(),
                            null));
                }
            }
        }
        CaseDraft draft = CasePolicy.caseFor(id, d, auth, matches);

        ObjectNode audit = Json.object();
        audit.put("decisionId", id);
        audit.put("orderId", order.id());
        audit.put("verdict", d.verdict().name());
        audit.put("authorization", auth.status().name());
        audit.put("documentSha256", docSha);
        audit.put("orderSha256", Hashes.sha256(nd.orderJson()));
        audit.put("rulebookSha256", d.rulebookSha256());
        audit.put("listSnapshot", nd.listSnapshot());
        audit.put("asOf", d.asOf().toString());
        audit.put("dryRun", dryRun);
        audit.put("contentSha256", content);
        return new PreparedDecision(
                id,
                order.id(),
                d.verdict().name(),
                d.asOf(),
                decidedAt,
                nd.actor(),
                destination,
                d.rulebookSha256(),
                d.rulebookFrom(),
                nd.listSnapshot(),
                lines,
                nd.orderJson(),
                text,
                docSha,
                parties,
                hits,
                draft,
                audit,
                auth,
                dryRun,
                content);
    }

    private Map<String, Long> writeBatch(Handle h, List<PreparedDecision> batch, Instant at) {
        AuditWriter audit = AuditWriter.begin(h, at);
        try {
            DecisionRows.insert(h.getConnection(), batch, db.isH2());
        } catch (SQLException e) {
            throw new StoreException("cannot record decisions: " + e.getMessage(), e);
        }
        Map<String, Long> caseIds = new HashMap<>();
        for (PreparedDecision d : batch) {
            audit.append(d.actor(), "decision", d.id(), d.auditPayload());
            if (d.caseDraft() != null) {
                caseIds.put(d.id(), CaseService.open(h, audit, d.caseDraft(), d.actor()));
            }
        }
        audit.finish();
        return caseIds;
    }

    private static StoredDecision stored(ResultSet rs) throws SQLException {
        return new StoredDecision(
                rs.getString("id"),
                rs.getString("order_id"),
                rs.getString("verdict"),
                rs.getString("decided_at"),
                rs.getString("actor"),
                rs.getString("list_snapshot"),
                rs.getString("rulebook_sha256"),
                rs.getString("document"),
                rs.getObject("case_id", Long.class),
                null);
    }
}
