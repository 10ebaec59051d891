package dev.licit.cli.store;

import dev.licit.cli.common.HeadStart;
import dev.licit.cli.common.Home;
import dev.licit.store.LicitStore;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreConfig;
import java.nio.file.Files;
import java.time.Clock;
import picocli.CommandLine.Mixin;

/**
 * Options of every command that uses the store: which database ({@code --db}, else
 * {@code LICIT_DB}, else the embedded H2 database under {@code LICIT_HOME/db}) and who is acting
 * ({@code --actor}, else {@code LICIT_ACTOR}, else the login name), for the audit trail.
 */
public final class StoreOptions {
    @Mixin
    StoreChoice choice;

    private final Clock clock;

    /**
     * @param clock the run's one clock (made by {@code Licit}, whose factory alone builds this mixin:
     *              there is no constructor without a clock, so no second clock can creep in)
     */
    public StoreOptions(Clock clock) {
        this(new StoreChoice(), clock);
    }

    /** The store a command's {@link StoreChoice} names, under the run's clock. */
    public StoreOptions(StoreChoice choice, Clock clock) {
        this.choice = choice;
        this.clock = clock;
    }

    /** The store for this one command (not compacted when it closes: {@link StoreConfig#forOneCommand}). */
    public LicitStore open() {
        // the one begun as the process started, when it is this one (HeadStart)
        return HeadStart.store(Home.resolve(), choice.db, clock)
                .orElseGet(() -> LicitStore.open(config().forOneCommand()));
    }

    public StoreConfig config() {
        return StoreConfig.resolve(Home.resolve(), choice.db).withClock(clock);
    }

    /**
     * Whether there is a store to use without making one: {@code --db} or {@code LICIT_DB} names
     * one, or the home's embedded database file is there. A command that only reads and would
     * audit when it can ({@code licit screen}) asks this first, so it never creates a store (nor
     * the home's database password) just to record itself.
     */
    public boolean exists() {
        if (choice.db != null && !choice.db.isBlank()) {
            return true;
        }
        String env = System.getenv(StoreConfig.DB_ENV);
        if (env != null && !env.isBlank()) {
            return true;
        }
        return Files.isRegularFile(Home.resolve().resolve("db").resolve("licit.mv.db"));
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Who acts: {@code --actor}, else {@code LICIT_ACTOR}, else the login name. Nothing checks a
     * name given here (a local user can type any), so the actor is recorded as self-declared,
     * together with the operating-system user that ran the command (issue 13, point 9): the record
     * says "alice (self-declared, OS user root)", never a verified "alice".
     */
    public Actor actor() {
        String user = System.getProperty("user.name");
        String osUser = user == null || user.isBlank() ? null : user;
        if (choice.actor != null) {
            return Actor.selfDeclared(choice.actor, osUser);
        }
        String env = System.getenv("LICIT_ACTOR");
        if (env != null && !env.isBlank()) {
            return Actor.selfDeclared(env, osUser);
        }
        return Actor.selfDeclared(osUser == null ? "cli" : osUser, osUser);
    }
}
