package dev.licit.cli;

import dev.licit.core.json.Json;
import dev.licit.core.rulebook.PredicateCompiler;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Work a short command will need, begun on a thread of its own as the process starts, while this
 * one has picocli build the command and then reads the rules: the JSON mappers (Jackson's first
 * sets up its date formats and type tables, about 30 ms), the fingerprint of the code that
 * type-checks the rulebook (listing the jar, about 20 ms) and CEL's runtime (about 25 ms), in the
 * order the command meets them. A step that fails here is left to fail again where it is needed,
 * and reported there as usual; nothing waits on this thread but the fingerprint, which is always
 * completed.
 */
final class StartAhead {
    /** The commands that read the rulebook whatever their options (its type-check memo). */
    private static final Set<String> READ_RULES = Set.of("check", "classify", "rules", "envelope");
    /** The commands that evaluate the rulebook's conditions (CEL's runtime). */
    private static final Set<String> EVALUATE = Set.of("check", "classify", "envelope");

    private StartAhead() {}

    /** Installs the type-check memo and begins what the command named by {@code args} will need. */
    static void begin(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        if (LicitCommand.subcommand(command).isEmpty()) {
            CheckMemoFiles.install(); // the version or help: nothing to begin
            return;
        }
        CompletableFuture<String> fingerprint = READ_RULES.contains(command) ? new CompletableFuture<>() : null;
        CheckMemoFiles.install(fingerprint);
        boolean evaluates = EVALUATE.contains(command);
        Thread.ofPlatform().name("licit-start-ahead").daemon(true).start(() -> {
            try {
                Json.object();
            } catch (RuntimeException | Error e) {
                // met again, and reported, where the command first uses JSON
            }
            if (fingerprint != null) {
                try {
                    fingerprint.complete(CheckMemoFiles.thisCode());
                } catch (RuntimeException | Error e) {
                    fingerprint.completeExceptionally(e);
                }
            }
            if (evaluates) {
                try {
                    PredicateCompiler.shared().prepareRuntime();
                } catch (RuntimeException | Error e) {
                    // built again, and reported, when the first condition is evaluated
                }
            }
        });
    }
}
