package dev.licit.cli.store;

import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.store.LicitStore;
import dev.licit.store.webhook.Webhook;
import dev.licit.store.webhook.WebhookEvent;
import dev.licit.store.webhook.WebhookService;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code licit webhooks add|list|remove|deliver|deliveries}: who is told of cases, clocks and limits. */
@Command(
        name = "webhooks",
        mixinStandardHelpOptions = true,
        description = "Webhooks: signed HTTP POSTs for cases opened, re-screening hits, NAC clocks ending,"
                + " licenses near their limits and failed list fetches. A running `licit serve` delivers them;"
                + " `licit webhooks deliver` does one round (e.g. from cron).",
        subcommands = {
            WebhooksCommand.Add.class,
            WebhooksCommand.ListWebhooks.class,
            WebhooksCommand.Remove.class,
            WebhooksCommand.Deliver.class,
            WebhooksCommand.Deliveries.class
        })
public final class WebhooksCommand extends CommandGroup {
    static void print(PrintWriter out, Webhook w, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            JsonOutput.print(out, w);
            return;
        }
        out.println("webhook " + w.id() + "  " + w.url() + (w.active() ? "" : "  (removed " + w.removedAt() + ")"));
        out.println("  events: " + w.events().stream().map(WebhookEvent::code).collect(Collectors.joining(", ")));
        out.println("  added " + w.createdAt() + " by " + w.createdBy());
        out.flush();
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Add a webhook; prints its signing secret once (keep it: it is not shown again).")
    static final class Add extends StoreSubcommand {
        @Parameters(paramLabel = "URL", description = "An http or https URL that takes a POST of JSON.")
        String url;

        @Option(
                names = "--events",
                paramLabel = "LIST",
                description = "Comma-separated events (default: every one): case.opened, rescreen.hit,"
                        + " nac.clock-ending, license.near-limit, list.fetch-failed.")
        String events;

        @Mixin
        TextOrJsonFormat format;

        @Override
        void check() {
            WebhookEvent.parse(events); // an unknown event is refused before the store opens
        }

        @Override
        int run(LicitStore s, PrintWriter out) {
            WebhookService.Added added = s.webhooks().add(url, WebhookEvent.parse(events), store.actor());
            if (format.value() == OutputFormat.JSON) {
                JsonOutput.print(out, added); // {"webhook": {...}, "secret": "whsec_..."}
                return 0;
            }
            print(out, added.webhook(), format.value());
            out.println("  secret: " + added.secret());
            out.println("  (shown once; deliveries carry X-Licit-Signature: sha256=HMAC-SHA256(secret,"
                    + " X-Licit-Timestamp + \".\" + body))");
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every webhook, removed ones too.")
    static final class ListWebhooks extends StoreSubcommand {
        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            format.printAll(out, s.webhooks().list(), w -> print(out, w, format.value()));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop a webhook (its record stays).")
    static final class Remove extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Mixin
        TextOrJsonFormat format;

        @Override
        int run(LicitStore s, PrintWriter out) {
            print(out, s.webhooks().remove(id, store.actor()), format.value());
            return 0;
        }
    }

    @Command(
            name = "deliver",
            mixinStandardHelpOptions = true,
            description = "One round: queue what happened since the last round, send what is due.")
    static final class Deliver extends StoreSubcommand {
        @Override
        int run(LicitStore s, PrintWriter out) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            WebhookService.RunSummary r = s.webhooks().run(client);
            out.println(r.queued() + " queued, " + r.delivered() + " delivered, " + r.retrying() + " to retry, "
                    + r.failed() + " given up");
            out.flush();
            return r.failed() > 0 ? 1 : 0;
        }
    }

    @Command(
            name = "deliveries",
            mixinStandardHelpOptions = true,
            description = "A webhook's deliveries, newest first.")
    static final class Deliveries extends StoreSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default 50).")
        int limit;

        @Mixin
        TextOrJsonFormat format;

        @Override
        void check() {
            // refused like every other --limit, rather than quietly read as 1
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
            }
        }

        @Override
        int run(LicitStore s, PrintWriter out) {
            format.printAll(out, s.webhooks().deliveries(id, limit), d -> {
                out.printf(
                        "%d  %-18s %-9s attempts %d  %s%s%n",
                        d.id(),
                        d.event(),
                        d.status(),
                        d.attempts(),
                        d.deliveredAt() != null ? "delivered " + d.deliveredAt() : "next " + d.nextAttemptAt(),
                        d.lastError() == null ? "" : "  (" + d.lastError() + ")");
            });
            return 0;
        }
    }
}
