package dev.licit.cli.store;

import dev.licit.cli.common.Home;
import dev.licit.store.Actor;
import dev.licit.store.LicitStore;
import dev.licit.store.StoreConfig;
import picocli.CommandLine.Mixin;

/**
 * Options of every command that uses the store: which database ({@code --db}, else
 * {@code LICIT_DB}, else the embedded H2 database under {@code LICIT_HOME/db}) and who is acting
 * ({@code --actor}, else {@code LICIT_ACTOR}, else the login name), for the audit trail.
 */
public final class StoreOptions {
    @Mixin
    StoreChoice choice;

    public StoreOptions() {
        this(new StoreChoice());
    }

    /** The store a command's {@link StoreChoice} names. */
    public StoreOptions(StoreChoice choice) {
        this.choice = choice;
    }

    public LicitStore open() {
        return LicitStore.open(config());
    }

    public StoreConfig config() {
        return StoreConfig.resolve(Home.resolve(), choice.db);
    }

    public Actor actor() {
        if (choice.actor != null) {
            return Actor.of(choice.actor);
        }
        String env = System.getenv("LICIT_ACTOR");
        if (env != null && !env.isBlank()) {
            return Actor.of(env);
        }
        String user = System.getProperty("user.name");
        return Actor.of(user == null || user.isBlank() ? "cli" : user);
    }
}
