package dev.licit.cli.store;

import picocli.CommandLine.Option;

/**
 * Which store and who acts: the options alone, without the store's types, so that a command whose
 * dry run must not load the store ({@code licit check --no-store}) can take them (picocli reads a
 * mixin's methods by reflection, which loads every type they name). {@link StoreOptions} opens it.
 */
public final class StoreChoice {
    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "JDBC URL of the store (e.g. jdbc:postgresql://host/licit); default: LICIT_DB, else the embedded database under LICIT_HOME/db.")
    String db;

    @Option(
            names = "--actor",
            paramLabel = "NAME",
            description = "Who is acting, for the audit trail (default: LICIT_ACTOR, else the login name).")
    String actor;
}
