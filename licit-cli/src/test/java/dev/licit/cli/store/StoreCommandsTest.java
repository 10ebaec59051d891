package dev.licit.cli.store;

import static dev.licit.cli.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.cli.testing.CliRun;
import dev.licit.cli.testing.TempHome;
import dev.licit.core.json.Json;
import dev.licit.store.LicitStore;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store commands end to end on the embedded store of a throw-away LICIT_HOME. */
class StoreCommandsTest extends TempHome {
    static final Path SHARED = Path.of(System.getProperty("licit.shared", "../../shared"));
    static final ObjectMapper JSON = Json.COMPACT;

    /** Orders of today: a decision under another day's rules is a dry run that never ships (issue 13). */
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    /** A scenario re-dated to today, for a flow that must ship. */
    Path today(String scenario) throws Exception {
        Path f = home.resolve(scenario + "-today.json");
        Files.writeString(
                f,
                Files.readString(SHARED.resolve("data/scenarios/" + scenario + ".json"))
                        .replaceAll("\"date\": \"[0-9-]+\"", "\"date\": \"" + TODAY + "\""));
        return f;
    }

    Path order(String name, String party, String country, String destination, int quantity) throws Exception {
        Path f = home.resolve(name + ".json");
        Files.writeString(
                f,
                "{\"id\": \"" + name + "\", \"date\": \"" + TODAY + "\", \"exportFrom\": \"US\", \"destination\": \""
                        + destination + "\", \"parties\": [{\"role\": \"END_USER\", \"name\": \"" + party
                        + "\", \"country\": \""
                        + country + "\"}], \"items\": [{\"sku\": \"H100\", \"quantity\": " + quantity
                        + ", \"unitValueUsd\": 25000, \"catalogId\": \"nvidia-h100-sxm5-80gb\"}]}");
        return f;
    }

    @Test
    void checkRecordsEachDecisionAndShowReturnsTheExactBytesPrinted() throws Exception {
        CliRun check = run(
                "check", SHARED.resolve("data/scenarios/P08.json").toString(), "--format", "json", "--actor", "alice");
        assertThat(check.exit()).as(check.err()).isZero();
        JsonNode d = JSON.readTree(check.out());
        String id = d.get("decisionId").asText();
        assertThat(d.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        // P08 is dated 2024: under another day's rules than today's, a dry run (issue 13)
        assertThat(d.get("dryRun").asBoolean()).isTrue();
        assertThat(d.get("authorization").get("status").asText()).isEqualTo("DRY_RUN");
        assertThat(d.get("submittedBy").get("actor").asText()).isEqualTo("alice");
        assertThat(d.get("submittedBy").get("actorVerified").asBoolean()).isFalse();
        assertThat(d.get("submittedBy").get("osUser").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(run("decisions", "ship", id).err()).contains("DRY_RUN").contains("dry run");
        CliRun show = run("decisions", "show", id);
        assertThat(show.out()).isEqualTo(check.out());
        assertThat(run("decisions", "order", id).out())
                .isEqualTo(Files.readString(SHARED.resolve("data/scenarios/P08.json")) + System.lineSeparator());

        CliRun lines = run(
                "check",
                SHARED.resolve("data/scenarios/P02.json").toString(),
                SHARED.resolve("data/scenarios/P05.json").toString(),
                "--format",
                "jsonl");
        String[] printed = lines.out().split("\n");
        assertThat(printed).hasSize(2);
        String second = JSON.readTree(printed[1]).get("decisionId").asText();
        assertThat(run("decisions", "show", second, "--format", "jsonl").out().strip())
                .isEqualTo(printed[1]);

        JsonNode all =
                JSON.readTree(run("decisions", "list", "--format", "json").out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("decisionId").asText()).isEqualTo(second);
        assertThat(all.get(2).get("actor").asText()).isEqualTo("alice");
        assertThat(JSON.readTree(run("decisions", "list", "--format", "json", "--limit", "1")
                        .out()))
                .hasSize(1);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(JSON.readTree(run("decisions", "list", "--format", "json", "--since", tomorrow)
                        .out()))
                .isEmpty();
        assertThat(run("audit", "verify").exit()).isZero();
    }

    @Test
    void aDryRunRecordsNothing() throws Exception {
        CliRun check =
                run("check", SHARED.resolve("data/scenarios/P02.json").toString(), "--format", "json", "--no-store");
        assertThat(check.exit()).isZero();
        assertThat(JSON.readTree(check.out()).has("decisionId")).isFalse();
        assertThat(run("decisions", "list").out()).isEmpty();
    }

    @Test
    void aReviewerClearsAFalsePositiveAndTheNextOrderIsNotHeld() throws Exception {
        Path first = order("H1", "Higon Trading GmbH", "DE", "DE", 2);
        JsonNode held =
                JSON.readTree(run("check", first.toString(), "--format", "json").out());
        assertThat(held.get("verdict").asText()).isEqualTo("HOLD");
        CliRun list = run("cases", "list", "--format", "json");
        JsonNode c = JSON.readTree(list.out()).get(0);
        String caseId = c.get("id").asText();
        String matchId = c.get("matches").get(0).get("id").asText();

        CliRun noReason = run("cases", "clear", caseId, "--match", matchId);
        assertThat(noReason.exit()).isEqualTo(2);
        CliRun release = run("cases", "release", caseId, "--reason", "fine");
        assertThat(release.exit()).isEqualTo(2);
        assertThat(release.err()).contains("match " + matchId);
        CliRun clear = run(
                "cases",
                "clear",
                caseId,
                "--match",
                matchId,
                "--reason",
                "Hamburg importer, not Higon",
                "--actor",
                "alice");
        assertThat(clear.exit()).as(clear.err()).isZero();
        assertThat(clear.out()).contains("CLEARED").contains("cleared by alice");
        assertThat(run("cases", "release", caseId, "--reason", "false positive", "--actor", "bob")
                        .out())
                .contains("RELEASED")
                .contains("RELEASE by bob");

        JsonNode next = JSON.readTree(
                run("check", order("H2", "Higon Trading GmbH", "DE", "DE", 2).toString(), "--format", "json")
                        .out());
        assertThat(next.get("verdict").asText()).isEqualTo("NLR");
        assertThat(next.get("parties")
                        .get(0)
                        .get("clearedMatches")
                        .get(0)
                        .get("clearedBy")
                        .asText())
                .isEqualTo("alice");
        assertThat(run("cases", "list").out()).isEmpty();
        CliRun log = run("audit", "log");
        assertThat(log.out()).contains("case.clear").contains("case.release");
        assertThat(run("cases", "show", "999").exit()).isEqualTo(2);
    }

    @Test
    void keysRenameNamesTheHolderAndIsAudited() throws Exception {
        assertThat(run("keys", "create", "--role", "requester").exit()).isZero();
        String id = run("keys", "list").out().strip().split("\\s+")[0];
        CliRun renamed = run("keys", "rename", id, "Kim Minji");
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(renamed.out()).contains("held by Kim Minji");
        assertThat(run("keys", "list").out()).contains("Kim Minji");
        assertThat(run("audit", "log").out()).contains("key.renamed");
        // something the key did (as the server records it), then the audit log names its holder beside the
        // key's id: in text, and in JSON as an added field with the recorded actor unchanged
        try (LicitStore s = LicitStore.open(StoreConfig.embedded(home))) {
            s.audit().screened(Actor.of("api-key:" + id), "Holder Probe Ltd", null, "curated", List.of());
        }
        assertThat(run("audit", "log").out()).contains("api-key:" + id + " (Kim Minji)");
        JsonNode rows = JSON.readTree(run("audit", "log", "--format", "json").out());
        JsonNode last = rows.get(rows.size() - 1);
        assertThat(last.path("actor").asText()).isEqualTo("api-key:" + id);
        assertThat(last.path("actorName").asText()).isEqualTo("Kim Minji");
        assertThat(rows.get(0).has("actorName"))
                .as("a CLI user is named already")
                .isFalse();
        assertThat(run("keys", "rename", "000000000000", "Kim").exit()).isNotZero();
        assertThat(run("keys", "rename", id).exit()).isEqualTo(2);
    }

    @Test
    void aScreenThatCannotBeRecordedIsRefusedAndNotPrinted() {
        // a store is named but cannot be reached: the screen fails with exit 1, says why, prints no result
        CliRun r =
                run("screen", "Sophgo Technologies", "--country", "CN", "--db", "jdbc:postgresql://127.0.0.1:1/licit");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("Sophgo");
        assertThat(r.err())
                .startsWith("licit screen: the screen could not be recorded in the audit trail")
                .contains("127.0.0.1:1")
                .doesNotContain("Exception");
    }

    @Test
    void everyScreenIsAuditedWhenAStoreExistsAndNoneIsCreatedForIt() throws Exception {
        // no store yet: the screen answers as before and makes none (nor the home's database password)
        CliRun before = run("screen", "Sophgo Technologies", "--country", "CN");
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.out()).contains("Sophgo");
        assertThat(home.resolve("db")).doesNotExist();
        assertThat(home.resolve(StoreConfig.DATABASE_PASSWORD_FILE)).doesNotExist();
        // a store exists: each screen, hit or not, text or JSON, is a screen.adhoc row naming the OS user
        assertThat(run("keys", "create", "ci", "--role", "requester").exit()).isZero();
        assertThat(run("screen", "Sophgo Technologies", "--country", "cn").exit())
                .isZero();
        assertThat(run("screen", "Zzyzx Quilting Club", "--format", "json").exit())
                .isZero();
        JsonNode rows = JSON.readTree(run("audit", "log", "--format", "json").out());
        List<JsonNode> screens = new java.util.ArrayList<>();
        rows.forEach(r -> {
            if (r.path("kind").asText().equals("screen.adhoc")) {
                screens.add(r);
            }
        });
        assertThat(screens).hasSize(2);
        JsonNode hit = JSON.readTree(screens.get(0).path("payload").asText());
        assertThat(hit.path("name").asText()).isEqualTo("Sophgo Technologies");
        assertThat(hit.path("country").asText()).isEqualTo("CN");
        assertThat(hit.path("hits").asInt()).isPositive();
        assertThat(hit.path("matches").get(0).path("listedName").asText()).containsIgnoringCase("sophgo");
        assertThat(screens.get(0).path("actor").asText()).isEqualTo(System.getProperty("user.name"));
        JsonNode none = JSON.readTree(screens.get(1).path("payload").asText());
        assertThat(none.path("name").asText()).isEqualTo("Zzyzx Quilting Club");
        assertThat(none.path("hits").asInt()).isZero();
        assertThat(run("audit", "verify").exit()).isZero();
    }

    @Test
    void auditVerifyNamesTheFirstBadSeqAndAnExportVerifiesOnItsOwn() throws Exception {
        run("check", SHARED.resolve("data/scenarios/P02.json").toString());
        run("check", SHARED.resolve("data/scenarios/P08.json").toString());
        run("keys", "create", "ci", "--role", "requester");
        String head = run("audit", "head").out().strip();
        assertThat(head).matches("[0-9]+:[0-9a-f]{64}");
        Path export = home.resolve("export.jsonl");
        assertThat(run("audit", "export", export.toString()).exit()).isZero();
        CliRun fileCheck = run("audit", "verify", "--file", export.toString(), "--anchor", head);
        assertThat(fileCheck.exit()).as(fileCheck.err()).isZero();
        assertThat(run("audit", "verify", "--anchor", head).exit()).isZero();

        StoreConfig c = StoreConfig.embedded(home);
        try (var conn = DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                var s = conn.createStatement()) {
            s.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
        }
        CliRun broken = run("audit", "verify");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("BROKEN at seq 2").contains("edited");
        assertThat(run("audit", "verify", "--file", export.toString()).exit()).isZero();
        Files.writeString(export, Files.readString(export).replace("\"kind\":\"decision\"", "\"kind\":\"decisioN\""));
        CliRun badFile = run("audit", "verify", "--file", export.toString());
        assertThat(badFile.exit()).isEqualTo(1);
        assertThat(badFile.err()).contains("BROKEN at seq 1");
        assertThat(run("audit", "verify", "--anchor", "nonsense").exit()).isEqualTo(2);
    }

    @Test
    void aRegisteredLicenseCoversTheOrderAndTheShipmentDrawsItDown() throws Exception {
        CliRun add = run(
                "licenses",
                "add",
                "--number",
                "D123456",
                "--eccn",
                "3A090",
                "--destination",
                "VN",
                "--party",
                "Hanoi National AI Lab",
                "--quantity",
                "10",
                "--value",
                "300000",
                "--valid-from",
                "2024-01-01",
                "--valid-to",
                "2099-12-31",
                "--conditions",
                "no reexport");
        assertThat(add.exit()).as(add.err()).isZero();
        JsonNode d = JSON.readTree(
                run("check", order("V1", "Hanoi National AI Lab", "VN", "VN", 8).toString(), "--format", "json")
                        .out());
        assertThat(d.get("authorization").get("status").asText()).isEqualTo("LICENSED");
        String id = d.get("decisionId").asText();
        // a part first (issue 18): three of the eight with its ITN, then the rest
        CliRun part = run("decisions", "ship", id, "--lines", "3", "--itn", "X20240601ABC123", "--invoice", "INV-1");
        assertThat(part.exit()).as(part.err()).isZero();
        assertThat(part.out()).contains("D123456").contains("drew 3 units");
        assertThat(run("decisions", "ship", id, "--lines", "6").err()).contains("only 5 of the 8 ordered are left");
        assertThat(run("decisions", "ship", id, "--itn", "ITN-1").err()).contains("itn");
        CliRun ship = run("decisions", "ship", id);
        assertThat(ship.exit()).as(ship.err()).isZero();
        assertThat(ship.out()).contains("D123456").contains("drew 5 units");
        assertThat(run("decisions", "status", id).out())
                .contains("units per line [3] ITN X20240601ABC123")
                .contains("units per line [5]");
        assertThat(run("licenses", "show", "D123456").out())
                .contains("2 of 10 left")
                .contains("USD 100000.00 of 300000.00 left");
        assertThat(run("decisions", "ship", id).exit()).isEqualTo(2);
        JsonNode again = JSON.readTree(
                run("check", order("V2", "Hanoi National AI Lab", "VN", "VN", 8).toString(), "--format", "json")
                        .out());
        assertThat(again.get("authorization").get("status").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(run(
                                "licenses",
                                "add",
                                "--number",
                                "X1",
                                "--eccn",
                                "nope",
                                "--destination",
                                "VN",
                                "--party",
                                "a",
                                "--valid-from",
                                "2024-01-01",
                                "--valid-to",
                                "2024-12-31")
                        .err())
                .contains("'NOPE' is not an ECCN");
    }

    @Test
    void aNacOrderWaitsForTheNumberAndTheWaitingPeriod() throws Exception {
        JsonNode d = JSON.readTree(
                run("check", today("P05").toString(), "--format", "json").out());
        String id = d.get("decisionId").asText();
        assertThat(d.get("authorization").get("status").asText()).isEqualTo("NOTIFICATION_REQUIRED");
        String filed = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
        CliRun file = run("notifications", "file", id, "--filed", filed);
        assertThat(file.exit()).as(file.err()).isZero();
        assertThat(file.out()).contains("may not ship yet");
        assertThat(run("decisions", "ship", id).err()).contains("NAC_PENDING");
        assertThat(run("notifications", "number", "1", "B1").exit()).isEqualTo(2);
        assertThat(run("notifications", "number", "1", "A654321").out())
                .contains("A654321")
                .contains("waiting period");
        assertThat(run("decisions", "status", id).out()).contains("NAC_PENDING").contains("runs until");
    }

    @Test
    void aListImportReScreensStoredDecisionsAndReportsTheNewCase() throws Exception {
        run("check", order("A1", "Atlas Sanatgaran", "AM", "DE", 1).toString());
        CliRun imported = run(
                "lists",
                "import",
                SHARED.resolve("data/lists/csl-sample-12.csv").toString(),
                "--actor",
                "ops");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains("1 new case(s)")
                .contains("new UVL entry 'Atlas Sanatgaran'")
                .contains("order A1");
        assertThat(run("cases", "list").out()).contains("RESCREEN");
        assertThat(run("audit", "log").out()).contains("list.import");
    }

    @Test
    void badRequestsExitTwoWithAMessage() {
        assertThat(run("decisions", "show", "D-NOPE").err()).contains("no decision D-NOPE");
        assertThat(run("decisions", "show", "D-NOPE").exit()).isEqualTo(2);
        assertThat(run("decisions", "list", "--format", "xml").exit()).isEqualTo(2);
        assertThat(run("decisions", "list", "--limit", "0").exit()).isEqualTo(2);
        assertThat(run("check", SHARED.resolve("data/scenarios/P02.json").toString(), "--db", "mysql://x")
                        .err())
                .contains("jdbc:postgresql:");
        assertThat(run("keys", "create", "x", "--role", "god").exit()).isEqualTo(2);
    }

    @Test
    void theSubmitterCannotReleaseItsOwnCaseAndActorsAreShownAsSelfDeclared() throws Exception {
        Path held = order("FE1", "Higon Trading GmbH", "DE", "DE", 2);
        JsonNode d = JSON.readTree(run("check", held.toString(), "--format", "json", "--actor", "alice")
                .out());
        assertThat(d.get("verdict").asText()).isEqualTo("HOLD");
        JsonNode c =
                JSON.readTree(run("cases", "list", "--format", "json").out()).get(0);
        String caseId = c.get("id").asText();
        String matchId = c.get("matches").get(0).get("id").asText();
        CliRun own = run("cases", "clear", caseId, "--match", matchId, "--reason", "not them", "--actor", "alice");
        assertThat(own.exit()).isEqualTo(2);
        assertThat(own.err()).contains("alice submitted decision").contains("four eyes");
        assertThat(run("cases", "clear", caseId, "--match", matchId, "--reason", "not them", "--actor", "bob")
                        .exit())
                .isZero();
        CliRun release = run("cases", "release", caseId, "--reason", "fine", "--actor", "alice");
        assertThat(release.exit()).isEqualTo(2);
        assertThat(release.err()).contains("four eyes");
        assertThat(run("cases", "release", caseId, "--reason", "fine", "--actor", "bob")
                        .exit())
                .isZero();
        assertThat(run("decisions", "list").out())
                .contains("alice (self-declared, OS user " + System.getProperty("user.name") + ")");
        assertThat(run("audit", "log", "--format", "json").out()).contains("actorVerified");
    }

    @Test
    void aShipmentIsRecordedOnlyForTheDayOfTheDecisionsRules() throws Exception {
        JsonNode d = JSON.readTree(
                run("check", order("SH1", "Siemens AG", "DE", "DE", 2).toString(), "--format", "json")
                        .out());
        assertThat(d.get("dryRun").asBoolean()).isFalse();
        String id = d.get("decisionId").asText();
        CliRun other = run("decisions", "ship", id, "--shipped-on", "2024-06-01");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("REDECIDE").contains("decide the order again");
        CliRun future = run("decisions", "ship", id, "--shipped-on", "2999-01-01");
        assertThat(future.exit()).isEqualTo(2);
        assertThat(future.err()).contains("shippedOn");
        CliRun ship = run("decisions", "ship", id, "--shipped-on", TODAY);
        assertThat(ship.exit()).as(ship.err()).isZero();
        assertThat(ship.out()).contains("recorded on " + TODAY);
    }

    @Test
    void aWebhookAddedFromTheCommandLineIsToldOfACaseAndCanBeRemoved() throws Exception {
        java.util.List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer receiver =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            bodies.add(ex.getRequestHeaders().getFirst("X-Licit-Event") + " "
                    + new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            assertThat(run("webhooks", "add", url, "--events", "case.closed").exit())
                    .isEqualTo(2);
            CliRun added = run("webhooks", "add", url, "--events", "case.opened", "--format", "json");
            assertThat(added.exit()).as(added.err()).isZero();
            JsonNode a = JSON.readTree(added.out());
            assertThat(a.get("secret").asText()).startsWith("whsec_");
            long id = a.get("webhook").get("id").asLong();
            assertThat(run(
                                    "check",
                                    order("WH1", "Higon Trading GmbH", "DE", "DE", 2)
                                            .toString())
                            .exit())
                    .isZero();
            CliRun deliver = run("webhooks", "deliver");
            assertThat(deliver.out()).contains("1 delivered");
            assertThat(bodies).hasSize(1);
            assertThat(bodies.getFirst()).startsWith("case.opened ").contains("\"verdict\":\"HOLD\"");
            assertThat(run("webhooks", "deliveries", Long.toString(id)).out()).contains("DELIVERED");
            assertThat(run("webhooks", "deliveries", Long.toString(id), "--limit", "1")
                            .out())
                    .contains("DELIVERED");
            for (String limit : List.of("0", "-3")) {
                CliRun refused = run("webhooks", "deliveries", Long.toString(id), "--limit", limit);
                assertThat(refused.exit()).isEqualTo(2);
                assertThat(refused.err()).contains("--limit must be at least 1, got " + limit);
                assertThat(refused.out()).isEmpty();
            }
            assertThat(run("webhooks", "remove", Long.toString(id)).out()).contains("removed");
            assertThat(run("webhooks", "list").out()).contains("removed");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aDecisionsRecordIsWrittenAsHtmlInEitherLanguage() throws Exception {
        CliRun check = run("check", order("REC1", "Siemens AG", "DE", "DE", 2).toString(), "--format", "json");
        String id = JSON.readTree(check.out()).get("decisionId").asText();
        Path file = home.resolve("record.html");
        assertThat(run("decisions", "record", id, "--lang", "ko", "--output", file.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(file)).contains("수출 판정 기록").contains(id);
        assertThat(run("decisions", "record", id).out()).contains("Export decision record");
        // a PDF is a file: without --output it is refused, saying so
        CliRun noFile = run("decisions", "record", id, "--format", "pdf");
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("--output");
        assertThat(run("decisions", "record", id, "--format", "docx").exit()).isEqualTo(2);
        assertThat(run("decisions", "record", id, "--lang", "fr").exit()).isEqualTo(2);
    }

    @Test
    void aDecisionsRecordIsWrittenAsPdfInEitherLanguageWithItsFontEmbedded() throws Exception {
        CliRun check = run("check", order("REC2", "Siemens AG", "DE", "DE", 2).toString(), "--format", "json");
        String id = JSON.readTree(check.out()).get("decisionId").asText();
        for (String lang : List.of("en", "ko")) {
            Path file = home.resolve("record-" + lang + ".pdf");
            CliRun r = run("decisions", "record", id, "--format", "pdf", "--lang", lang, "--output", file.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("written to " + file).contains("(pdf)");
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper()
                        .getText(pdf)
                        .replaceAll("\\s+", " ");
                assertThat(text)
                        .contains(id)
                        .contains("REC2")
                        .contains("Siemens AG")
                        .contains("3A090.a")
                        .contains(lang.equals("ko") ? "수출 판정 기록" : "Export decision record");
                for (var page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        assertThat(page.getResources().getFont(name).isEmbedded())
                                .isTrue();
                    }
                }
            }
        }
    }
}
