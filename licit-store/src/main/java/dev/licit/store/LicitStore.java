package dev.licit.store;

import dev.licit.screening.Screener;
import dev.licit.store.audit.AuditLog;
import dev.licit.store.common.Actor;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.common.StoreException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.decision.DecisionService;
import dev.licit.store.internal.Database;
import dev.licit.store.keys.KeyService;
import dev.licit.store.license.LicenseService;
import dev.licit.store.nac.NotificationService;
import dev.licit.store.ownership.OwnershipStore;
import dev.licit.store.rescreen.RescreeningService;
import dev.licit.store.review.CaseService;
import dev.licit.store.review.ReviewedScreening;
import dev.licit.store.webhook.WebhookService;

/**
 * The Licit store: the one door to recorded decisions, the audit trail, review cases, licenses,
 * NAC notifications, API keys, ownership graphs and list re-screening.
 *
 * <pre>{@code
 * try (LicitStore store = LicitStore.open(StoreConfig.embedded(home))) {
 *     StoredDecision d = store.decisions().record(newDecision);   // durable when it returns
 *     store.cases().clear(caseId, matchId, "different company, other address", Actor.of("alice"));
 *     ChainCheck check = store.audit().verify();
 * }
 * }</pre>
 *
 * <p>Open once and share: every service is thread-safe, and a server holds one store for its
 * lifetime while serving many requests. Every write takes an {@link Actor} and is an audit event in
 * the same transaction. Errors: {@link StoreInputException} (and its {@link NotFoundException} and
 * {@link ConflictException}) for requests the store refuses, {@link StoreException} for failures.
 */
public final class LicitStore implements AutoCloseable {
    private final StoreConfig config;
    private final Database db;
    private final DecisionService decisions;
    private final AuditLog audit;
    private final CaseService cases;
    private final LicenseService licenses;
    private final NotificationService notifications;
    private final KeyService keys;
    private final RescreeningService rescreening;
    private final OwnershipStore ownership;
    private final WebhookService webhooks;

    private LicitStore(StoreConfig config, Database db) {
        this.config = config;
        this.db = db;
        this.audit = new AuditLog(db, config.clock());
        this.cases = new CaseService(db, config.clock(), config.clearanceValidity());
        this.licenses = new LicenseService(db, config.clock());
        this.notifications = new NotificationService(db, config.clock());
        this.keys = new KeyService(db, config.clock());
        this.ownership = new OwnershipStore(db, config.clock());
        this.rescreening = new RescreeningService(db, config.clock(), cases, config.retention(), ownership);
        this.decisions = new DecisionService(db, config.clock());
        this.webhooks = new WebhookService(db, config.clock(), config.auditKey(), licenses, notifications);
    }

    /** Opens the store, creating or migrating its schema as needed. */
    public static LicitStore open(StoreConfig config) {
        Database db = Database.open(config);
        LicitStore store;
        try {
            store = new LicitStore(config, db);
        } catch (RuntimeException e) {
            // a journal that cannot be replayed refuses the store: let go of the database, keep the journal
            db.close();
            throw e;
        }
        try {
            store.audit.keyTheChain();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    public StoreConfig config() {
        return config;
    }

    public DecisionService decisions() {
        return decisions;
    }

    public AuditLog audit() {
        return audit;
    }

    public CaseService cases() {
        return cases;
    }

    public LicenseService licenses() {
        return licenses;
    }

    public NotificationService notifications() {
        return notifications;
    }

    public KeyService keys() {
        return keys;
    }

    public RescreeningService rescreening() {
        return rescreening;
    }

    /** Imported ownership graphs and the current one. */
    public OwnershipStore ownership() {
        return ownership;
    }

    /** Webhooks: who is told of cases, re-screening hits, NAC clocks, licenses near their limits and failed fetches. */
    public WebhookService webhooks() {
        return webhooks;
    }

    /** Screening that leaves out the false positives reviewers cleared (build once per list snapshot). */
    public ReviewedScreening screening(Screener screener) {
        return new ReviewedScreening(screener, cases);
    }

    /** Finishes pending decision writes, then closes the connections. */
    @Override
    public void close() {
        try {
            decisions.close();
        } finally {
            db.close();
        }
    }
}
