package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.licit.core.json.Json;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.license.NewLicense;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import dev.licit.store.webhook.Backoff;
import dev.licit.store.webhook.Delivery;
import dev.licit.store.webhook.Signature;
import dev.licit.store.webhook.WebhookEvent;
import dev.licit.store.webhook.WebhookService;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 18, point 5, against a real HTTP receiver: every event reaches the webhooks that want it,
 * signed so that the receiver can check it, once; a receiver that fails is tried again with backoff
 * and given up on after the last attempt; a removed webhook gets nothing more.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WebhooksTest extends StoreTestBase {
    private static final ObjectMapper JSON = Json.COMPACT;

    /** What the receiver got: body, signature, timestamp, event. */
    record Received(String body, String signature, String timestamp, String event, String deliveryId) {}

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** The receiver answers 500 to this many requests before it answers 204. */
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            if (status == 204) {
                received.add(new Received(
                        body,
                        ex.getRequestHeaders().getFirst(Signature.HEADER),
                        ex.getRequestHeaders().getFirst(Signature.TIMESTAMP),
                        ex.getRequestHeaders().getFirst("X-Licit-Event"),
                        ex.getRequestHeaders().getFirst("X-Licit-Delivery")));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private StoredDecision held(String id) {
        return store.decisions()
                .record(Fixtures.decide(
                        store,
                        Fixtures.order(
                                id,
                                "2024-06-01",
                                "DE",
                                "Higon Trading GmbH",
                                "DE",
                                "nvidia-h100-sxm5-80gb",
                                2,
                                25000.0),
                        Fixtures.curatedScreener(),
                        ALICE));
    }

    @Test
    void aCaseOpenedReachesTheReceiverSignedAndOnlyOnce() throws Exception {
        WebhookService.Added added = store.webhooks().add(url(), List.of(), ALICE);
        assertThat(added.secret()).startsWith("whsec_");
        StoredDecision d = held("WH-1");
        assertThat(d.caseId()).isNotNull();

        WebhookService.RunSummary run = store.webhooks().run(client);
        assertThat(run.delivered()).isEqualTo(1);
        assertThat(received).hasSize(1);
        Received r = received.getFirst();
        assertThat(r.event()).isEqualTo("case.opened");
        // the receiver recomputes the signature with the secret it was given, and it matches
        String expected = Signature.of(added.secret(), Long.parseLong(r.timestamp()), r.body());
        assertThat(MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), r.signature().getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        // a body changed on the way does not match
        assertThat(Signature.of(added.secret(), Long.parseLong(r.timestamp()), r.body() + " "))
                .isNotEqualTo(r.signature());
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("data").get("details").get("decisionId").asText()).isEqualTo(d.id());
        assertThat(body.get("deliveryId").asText()).isEqualTo(r.deliveryId());

        // running again sends nothing new
        assertThat(store.webhooks().run(client).delivered()).isZero();
        assertThat(received).hasSize(1);
        assertThat(store.audit().about("webhook:" + added.webhook().id()))
                .extracting(e -> e.kind())
                .containsExactly("webhook.added");
    }

    @Test
    void aWebhookHearsOnlyTheEventsItAskedForAndNothingBeforeItWasAdded() {
        held("WH-BEFORE");
        store.webhooks().add(url(), List.of(WebhookEvent.LICENSE_NEAR_LIMIT), ALICE);
        held("WH-AFTER");
        assertThat(store.webhooks().run(client).queued()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void aFailingReceiverIsTriedAgainWithBackoffUntilItAnswers() {
        var added = store.webhooks().add(url(), List.of(WebhookEvent.CASE_OPENED), ALICE);
        held("WH-RETRY");
        failuresLeft.set(2);
        assertThat(store.webhooks().run(client).retrying()).isEqualTo(1);
        // not due yet: one second short of the first backoff
        clock.advance(Backoff.after(1).minusSeconds(1));
        assertThat(store.webhooks().run(client).retrying()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.webhooks().run(client).retrying()).isEqualTo(1);
        clock.advance(Backoff.after(2));
        assertThat(store.webhooks().run(client).delivered()).isEqualTo(1);
        assertThat(received).hasSize(1);
        Delivery d = store.webhooks().deliveries(added.webhook().id(), 10).getFirst();
        assertThat(d.status()).isEqualTo("DELIVERED");
        assertThat(d.attempts()).isEqualTo(3);
    }

    @Test
    void aReceiverThatNeverAnswersIsGivenUpOnAfterTheLastAttemptAndThatIsAudited() {
        var added = store.webhooks().add(url(), List.of(WebhookEvent.CASE_OPENED), ALICE);
        held("WH-DOWN");
        failuresLeft.set(Integer.MAX_VALUE);
        for (int i = 1; i < Backoff.MAX_ATTEMPTS; i++) {
            store.webhooks().run(client);
            clock.advance(Backoff.after(i));
        }
        assertThat(store.webhooks()
                        .deliveries(added.webhook().id(), 1)
                        .getFirst()
                        .status())
                .isEqualTo("PENDING");
        assertThat(store.webhooks().run(client).failed()).isEqualTo(1);
        Delivery d = store.webhooks().deliveries(added.webhook().id(), 1).getFirst();
        assertThat(d.status()).isEqualTo("FAILED");
        assertThat(d.attempts()).isEqualTo(Backoff.MAX_ATTEMPTS);
        assertThat(d.lastStatus()).isEqualTo(500);
        assertThat(store.audit().about("webhook:" + added.webhook().id()))
                .extracting(e -> e.kind())
                .containsExactly("webhook.added", "webhook.failed");
    }

    @Test
    void aLicenseNearItsLimitAndANacClockEndingAreAnnouncedOnce() {
        store.webhooks().add(url(), List.of(WebhookEvent.LICENSE_NEAR_LIMIT, WebhookEvent.NAC_CLOCK_ENDING), ALICE);
        // 30 days before expiry is announced, 31 is not
        LocalDate today = LocalDate.parse("2024-06-01");
        register("EXP-31", today.plusDays(31), 100L);
        register("EXP-30", today.plusDays(30), 100L);
        store.webhooks().run(client);
        assertThat(received).extracting(Received::event).containsExactly("license.near-limit");
        assertThat(received.getFirst().body()).contains("EXP-30").contains("\"reason\":\"expiry\"");
        store.webhooks().run(client);
        assertThat(received).hasSize(1);

        // a NAC notification filed 23 days ago: its clock ends in two days
        StoredDecision nac = store.decisions()
                .record(Fixtures.decide(
                        store,
                        Fixtures.order(
                                "NAC-WH",
                                "2024-06-01",
                                "CN",
                                "Hangzhou Lakeside Cloud Services Co., Ltd.",
                                "CN",
                                "nvidia-l40-pcie-48gb",
                                8,
                                7000.0),
                        Fixtures.curatedScreener(),
                        ALICE));
        assertThat(nac.verdict()).isEqualTo("NOTIFICATION_REQUIRED");
        store.notifications().file(nac.id(), today, null, ALICE);
        store.webhooks().run(client);
        assertThat(received).hasSize(1); // 25 days away: not yet
        clock.advance(Duration.ofDays(23));
        store.webhooks().run(client);
        assertThat(received).extracting(Received::event).contains("nac.clock-ending");
    }

    private void register(String number, LocalDate validTo, Long quantity) {
        store.licenses()
                .register(
                        new NewLicense(
                                number,
                                List.of("3A090"),
                                "AE",
                                List.of("G42 Cloud"),
                                quantity,
                                (BigDecimal) null,
                                LocalDate.parse("2024-01-01"),
                                validTo,
                                null),
                        ALICE);
    }

    @Test
    void aRemovedWebhookGetsNothingMoreAndBadUrlsAreRefused() {
        var added = store.webhooks().add(url(), List.of(), ALICE);
        store.webhooks().remove(added.webhook().id(), BOB);
        held("WH-GONE");
        store.webhooks().run(client);
        assertThat(received).isEmpty();
        assertThatThrownBy(() -> store.webhooks().remove(added.webhook().id(), BOB))
                .isInstanceOf(StoreInputException.class);
        assertThatThrownBy(() -> store.webhooks().add("ftp://example.com/x", List.of(), ALICE))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("url");
        assertThatThrownBy(() -> WebhookEvent.parse("case.opened,case.closed"))
                .hasMessageContaining("unknown event 'case.closed'");
    }
}
