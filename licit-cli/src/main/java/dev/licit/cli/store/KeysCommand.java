package dev.licit.cli.store;

import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.FormatChoice;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.core.json.Json;
import dev.licit.store.LicitStore;
import dev.licit.store.keys.ApiKey;
import dev.licit.store.keys.IssuedKey;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.keys.KeyScope;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licit keys create|list|rename|revoke}: API keys for the server (works while the server runs). */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "API keys for the server: create (shown once), list, rename (the holder's name), revoke.",
        subcommands = {
            KeysCommand.Create.class,
            KeysCommand.ListKeys.class,
            KeysCommand.Rename.class,
            KeysCommand.Revoke.class
        })
public final class KeysCommand extends CommandGroup {
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a key; its secret is printed this once and never stored.")
    static final class Create extends StoreSubcommand {
        @Parameters(paramLabel = "NAME", arity = "0..1", description = "Who or what holds the key (default: the role).")
        String name;

        @Option(names = "--role", required = true, description = "requester, reviewer or admin.")
        String role;

        @Option(
                names = "--scope",
                defaultValue = "own",
                description = "Which decisions a requester key sees and ships: own (those it submitted) or team (all).")
        String scope;

        private KeyScope keyScope;

        @Option(
                names = "--format",
                defaultValue = "text",
                converter = FormatChoice.TextOrJson.class,
                completionCandidates = FormatChoice.TextOrJson.class,
                description = FormatChoice.DESCRIPTION + " text: the key alone; json: an object with a 'key' field.")
        OutputFormat format;
        /** --role read in check(), so a bad role is refused before the store opens. */
        private KeyRole keyRole;

        @Override
        void check() {
            keyRole = KeyRole.parse(role);
            keyScope = KeyScope.parse(scope);
        }

        @Override
        int run(LicitStore s, PrintWriter out) {
            IssuedKey k = s.keys()
                    .create(
                            name == null || name.isBlank() ? keyRole.name().toLowerCase(java.util.Locale.ROOT) : name,
                            keyRole,
                            keyScope,
                            store.actor());
            if (format == OutputFormat.JSON) {
                com.fasterxml.jackson.databind.node.ObjectNode o = Json.PRETTY.valueToTree(k.key());
                o.put("key", k.secret());
                JsonOutput.print(out, o);
            } else {
                out.println(k.secret());
            }
            // the secret first, then the note about it: "the line above" must be above on a shared terminal
            out.flush();
            spec.commandLine()
                    .getErr()
                    .println("key " + k.key().id() + " (" + k.key().role()
                            + ") created; the line above is the only copy of its secret");
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Keys (never their secrets).")
    static final class ListKeys extends StoreSubcommand {
        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            var keys = s.keys().list();
            if (format.json()) {
                JsonOutput.print(out, keys);
            } else {
                for (ApiKey k : keys) {
                    out.printf(
                            "%s  %-9s %-4s %-8s created %s by %s%s%n",
                            k.id(),
                            k.role(),
                            k.scope().name().toLowerCase(java.util.Locale.ROOT),
                            k.active() ? "active" : "revoked",
                            k.createdAt(),
                            k.createdBy(),
                            "  " + k.name());
                }
            }
            return 0;
        }
    }

    @Command(
            name = "rename",
            mixinStandardHelpOptions = true,
            description = "Names the key's holder (a person or a system): the audit trail and decision records show"
                    + " the name beside the key id, for its past actions too.")
    static final class Rename extends StoreSubcommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "NAME", description = "The holder's name, such as \"Kim Minji\".")
        String name;

        @Override
        int run(LicitStore s, PrintWriter out) {
            ApiKey k = s.keys().rename(id, name, store.actor());
            out.println("key " + k.id() + " is held by " + k.name());
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key at once.")
    static final class Revoke extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        int run(LicitStore s, PrintWriter out) {
            ApiKey k = s.keys().revoke(id, store.actor());
            out.println("key " + k.id() + " revoked at " + k.revokedAt());
            return 0;
        }
    }
}
