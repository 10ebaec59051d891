package dev.licit.cli.store;

import dev.licit.store.LicitStore;
import dev.licit.store.keys.ApiKey;
import dev.licit.store.keys.IssuedKey;
import dev.licit.store.keys.KeyRole;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code licit keys create|list|revoke}: API keys for the server (works while the server runs). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "API keys for the server: create (shown once), list, revoke.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key; its secret is printed this once and never stored.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "NAME", arity = "0..1", description = "Who or what holds the key (default: the role).")
        String name;
        @Option(names = "--role", required = true, description = "requester, reviewer or admin.")
        String role;
        @Option(names = "--format", defaultValue = "text", description = "text (the key alone) or json (an object with a 'key' field).")
        String format;

        @Override
        public Integer call() {
            StoreJson.checkFormat(format, "text", "json");
            KeyRole keyRole = KeyRole.parse(role);
            try (LicitStore s = store.open()) {
                IssuedKey k = s.keys().create(name == null || name.isBlank() ? keyRole.name().toLowerCase(java.util.Locale.ROOT) : name,
                        keyRole, store.actor());
                PrintWriter out = spec.commandLine().getOut();
                if ("json".equals(format)) {
                    com.fasterxml.jackson.databind.node.ObjectNode o = StoreJson.MAPPER.valueToTree(k.key());
                    o.put("key", k.secret());
                    StoreJson.print(out, o);
                } else {
                    out.println(k.secret());
                }
                out.flush();
                spec.commandLine().getErr().println("key " + k.key().id() + " (" + k.key().role()
                        + ") created; the line above is the only copy of its secret");
                spec.commandLine().getErr().flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Keys (never their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Option(names = "--format", defaultValue = "text", description = "text or json.")
        String format;

        @Override
        public Integer call() {
            StoreJson.checkFormat(format, "text", "json");
            try (LicitStore s = store.open()) {
                var keys = s.keys().list();
                PrintWriter out = spec.commandLine().getOut();
                if (format.equals("json")) {
                    StoreJson.print(out, keys);
                } else {
                    for (ApiKey k : keys) {
                        out.printf("%s  %-9s %-8s created %s by %s%s%n", k.id(), k.role(), k.active() ? "active" : "revoked",
                                k.createdAt(), k.createdBy(), "  " + k.name());
                    }
                    out.flush();
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (LicitStore s = store.open()) {
                ApiKey k = s.keys().revoke(id, store.actor());
                spec.commandLine().getOut().println("key " + k.id() + " revoked at " + k.revokedAt());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
