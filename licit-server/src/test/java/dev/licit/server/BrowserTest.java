package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.licit.store.keys.KeyRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium: submit an order and read the verdict, open a chip on the
 * chart, clear a hold as a reviewer, and a requester refused the admin pages. Screenshots go to
 * target/screenshots so a person can look at them.
 */
class BrowserTest {
    @TempDir
    static Path home;

    static TestServer server;
    static final Path SHOTS = Path.of("target/screenshots");

    WebDriver browser;

    @TempDir
    Path profile;

    @BeforeAll
    static void start() throws Exception {
        // CI installs Debian's chromium and chromium-driver (.ci/run); a developer machine without them skips
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
        server = new TestServer(home);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() {
        browser = Browser.open(profile);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            try {
                // the pages' policy refuses inline scripts and styles: none of ours may have been blocked
                var console = browser.manage()
                        .logs()
                        .get(org.openqa.selenium.logging.LogType.BROWSER)
                        .getAll();
                assertThat(console).noneMatch(e -> e.getMessage().contains("Content Security Policy"));
            } finally {
                browser.quit();
            }
        }
    }

    private void signIn(KeyRole role) {
        browser.get(server.base + "/login");
        browser.findElement(By.id("key")).sendKeys(server.keys.get(role));
        browser.findElement(By.id("signin")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/ui/"));
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void untilTrue(String script) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    @Test
    void submitAnOrderAndReadTheVerdict() throws Exception {
        // a requester decides under today's rules only (issue 13): the date field is not theirs to change
        signIn(KeyRole.REQUESTER);
        assertThat(waitFor(By.id("date")).getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.id("dateNote")).getText()).contains("today's rules");
        browser.findElement(By.id("signout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login"));
        // an admin may run another date, as a dry run that never ships
        signIn(KeyRole.ADMIN);
        WebElement date = waitFor(By.id("date"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-06-01'", date);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#chip option")).size() > 30);
        new Select(browser.findElement(By.id("chip"))).selectByValue("nvidia-h100-sxm5-80gb");
        browser.findElement(By.id("check")).click();
        WebElement verdict = waitFor(By.cssSelector("#decision .verdict"));
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("LICENSE_REQUIRED");
        assertThat(browser.findElement(By.id("dry-run")).getText()).contains("never ships");
        // a fresh home screens against the built-in list only: the page and the decision both say so (issue 17)
        assertThat(browser.findElement(By.id("lists-stale")).getText()).contains("only the built-in curated list");
        assertThat(browser.findElement(By.id("decision-lists")).getText())
                .contains("advanced-computing.csv")
                .contains("2026-11-29");
        assertThat(browser.findElement(By.id("list-warning")).getText()).contains("licit lists fetch");
        assertThat(browser.findElement(By.id("policy")).getText()).contains("presumption of denial");
        assertThat(browser.findElement(By.id("decision")).getText())
                .contains("742.6(a)(6)(iii)")
                .contains("3A090.a.1");
        shot("decision-en");
        // the same decision explained in Korean
        browser.findElement(By.id("lang")).click();
        waitFor(By.id("check"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('date').value = '2024-06-01'");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#chip option")).size() > 30);
        new Select(browser.findElement(By.id("chip"))).selectByValue("nvidia-h100-sxm5-80gb");
        browser.findElement(By.id("check")).click();
        WebElement ko = waitFor(By.cssSelector("#decision .verdict"));
        assertThat(ko.getText()).isEqualTo("허가 필요");
        assertThat(browser.findElement(By.id("decision")).getText())
                .contains("거부 추정")
                .contains("TPP 15832가 4800 이상");
        // the engine's next steps too, with the decision's own values and the review policy in Korean
        assertThat(browser.findElements(By.cssSelector("#decision .steps li"))
                        .getFirst()
                        .getText())
                .startsWith("SNAP-R에서 BIS 수출 허가를 신청하십시오 (ECCN 3A090")
                .contains("예상 심사: 거부 추정")
                .doesNotContain("{")
                .doesNotContain("[");
        assertThat(browser.findElement(By.cssSelector("#decision .steps")).getText())
                .contains("5년간 보관");
        shot("decision-ko");
    }

    @Test
    void aPartyCoveredThroughItsOwnersShowsTheOwnershipGraph() throws Exception {
        // issue 15 point 4: the decision view draws the path (owners and shares) as an inline SVG with text labels
        signIn(KeyRole.ADMIN);
        waitFor(By.id("check"));
        String order = """
                {"id": "OWN-1", "date": "2026-12-06", "exportFrom": "US", "destination": "MY",
                 "parties": [{"role": "END_USER", "name": "Penang Edge Compute Sdn Bhd", "country": "MY",
                   "owners": [{"name": "Lotus Holdings Ltd", "country": "HK", "percent": 60,
                     "owners": [{"name": "Huawei Technologies Co., Ltd.", "country": "CN", "percent": 100}]},
                     {"name": "Local Pension Fund", "country": "MY", "percent": 40}]}],
                 "items": [{"sku": "h100", "quantity": 8, "unitValueUsd": 25000, "catalogId": "nvidia-h100-sxm5-80gb"}]}
                """;
        browser.findElement(By.cssSelector("details.spaced summary")).click();
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('json').value = arguments[0]", order);
        browser.findElement(By.id("checkJson")).click();
        WebElement graph = waitFor(By.cssSelector("#decision svg.ownership-graph"));
        var labels = graph.findElements(By.cssSelector("text")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList();
        assertThat(labels)
                .contains("Penang Edge Compute Sdn Bhd", "Lotus Holdings Ltd", "Huawei Technologies Co., Ltd.")
                .contains("60 %", "100 %")
                .contains("listed: Entity List")
                // the unlisted 40 % holder is no part of the covered share's path
                .doesNotContain("Local Pension Fund");
        assertThat(labels.getFirst())
                .startsWith("Ownership path: BIS Affiliates")
                .contains("covered (60 %)");
        shot("ownership-graph-en");
        // the same graph labelled in Korean
        browser.findElement(By.id("lang")).click();
        waitFor(By.id("check"));
        browser.findElement(By.cssSelector("details.spaced summary")).click();
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('json').value = arguments[0]", order);
        browser.findElement(By.id("checkJson")).click();
        WebElement ko = waitFor(By.cssSelector("#decision svg.ownership-graph"));
        var koLabels = ko.findElements(By.cssSelector("text")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList();
        assertThat(koLabels.getFirst()).startsWith("소유 경로").contains("적용 대상");
        assertThat(koLabels).contains("등재: Entity List", "60 %", "Lotus Holdings Ltd");
        shot("ownership-graph-ko");
    }

    @Test
    void openAChipAndSeeItOnTheChart() throws Exception {
        signIn(KeyRole.REQUESTER);
        browser.get(server.base + "/ui/chips?asOf=2024-06-01");
        WebElement chip = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("g.chip[data-id='nvidia-h100-sxm5-80gb'] circle")));
        assertThat(browser.findElements(By.cssSelector("svg#chart rect")).size())
                .isGreaterThan(1000);
        assertThat(browser.findElement(By.id("legend")).getText())
                .contains("3A090.a.1")
                .contains("3A090.b");
        // the H100 and H200 share a point (same compute, same die): dispatch the click to this chip's own circle
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", chip);
        assertThat(waitFor(By.id("chipEccn")).getText()).isEqualTo("3A090.a");
        assertThat(browser.findElement(By.id("chipName")).getText()).contains("H100 SXM5");
        shot("chips-2024");
        // step back through the rule versions: under the October 2022 text the regions differ
        WebElement slider = browser.findElement(By.id("version"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = 0; arguments[0].dispatchEvent(new Event('input'))", slider);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("versionLabel")).getText().startsWith("2022-10-07"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("legend")).getText().contains("3A090")
                        && !d.findElement(By.id("legend")).getText().contains("3A090.b"));
        shot("chips-2022");
    }

    @Test
    void clearAHoldAsAReviewer() throws Exception {
        // a requester decides under today's rules only (issue 13)
        String order = "{\"id\":\"UI-HOLD\",\"date\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + "\",\"exportFrom\":\"US\",\"destination\":\"VN\","
                // a distributor, not NVIDIA: the April 2025 is-informed letter on the H20 binds NVIDIA only
                + "\"exporter\":{\"name\":\"Example Distribution LLC\",\"country\":\"US\"},"
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Beijing Sophgo\",\"country\":\"CN\"}],"
                + "\"items\":[{\"sku\":\"H20\",\"quantity\":1,\"catalogId\":\"nvidia-h20-hgx-sxm\"}]}";
        var r = server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REQUESTER));
        assertThat(r.body()).contains("\"verdict\" : \"HOLD\"");
        signIn(KeyRole.REVIEWER);
        browser.get(server.base + "/ui/cases");
        WebElement clear = waitFor(By.cssSelector("button.clear"));
        String caseId = clear.getAttribute("data-case");
        browser.findElement(By.cssSelector("input.reason[data-case='" + caseId + "']"))
                .sendKeys("Different company: Sophgo is in Beijing, this customer is a reseller");
        clear.click();
        // the list is re-rendered after every action: read it in the page, not through element handles
        untilTrue("const e = document.querySelector(\".case[data-case='" + caseId + "'] .mstatus\");"
                + " return !!e && e.textContent === 'CLEARED';");
        waitFor(By.cssSelector("input.reason[data-case='" + caseId + "']")).sendKeys("released after clearing");
        browser.findElement(By.cssSelector("button.release[data-case='" + caseId + "']"))
                .click();
        untilTrue("const e = document.querySelector(\".case[data-case='" + caseId + "'] .status\");"
                + " return !e || e.textContent !== 'OPEN';");
        shot("cases-after-release");
        var stored = server.send("GET", "/v1/cases/" + caseId, null, server.keys.get(KeyRole.REVIEWER));
        assertThat(stored.body()).contains("CLEARED").contains("Different company");
        // the next order for the same party is not held again
        var next = server.send(
                "POST", "/v1/decisions", order.replace("UI-HOLD", "UI-HOLD-2"), server.keys.get(KeyRole.REQUESTER));
        assertThat(next.body()).contains("\"verdict\" : \"NLR\"");
    }

    @Test
    void searchDecisionsOpenOneAndExportTheSearchAsCsv() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        for (String id : java.util.List.of("HIST-1", "HIST-2")) {
            String order = "{\"id\":\"" + id + "\",\"date\":\"" + today
                    + "\",\"exportFrom\":\"US\",\"destination\":\"DE\","
                    + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Customer " + id + "\",\"country\":\"DE\"}],"
                    + "\"items\":[{\"sku\":\"H100\",\"quantity\":1,\"catalogId\":\"nvidia-h100-sxm5-80gb\"}]}";
            assertThat(server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REQUESTER))
                            .statusCode())
                    .isEqualTo(201);
        }
        signIn(KeyRole.REVIEWER);
        browser.get(server.base + "/ui/decisions");
        waitFor(By.id("qOrder")).sendKeys("HIST-2");
        browser.findElement(By.id("find")).click();
        untilTrue("const rows = document.querySelectorAll('#results tr.result');"
                + " return rows.length === 1 && rows[0].dataset.order === 'HIST-2';");
        browser.findElement(By.cssSelector("#results button.open")).click();
        assertThat(waitFor(By.cssSelector("#decision .verdict")).getAttribute("data-verdict"))
                .isNotBlank();
        assertThat(browser.findElement(By.id("decision")).getText()).contains("Customer HIST-2");
        // the export is the same search, as CSV, fetched with the page's own session
        Object csv = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch(document.getElementById('csv').href).then(r => r.text()).then(done);");
        assertThat(csv.toString())
                .startsWith("decisionId,decidedAt,orderId,destination,verdict")
                .contains(",HIST-2,DE,")
                .doesNotContain("HIST-1");
        shot("decisions");
    }

    @Test
    void aRequesterIsRefusedTheAdminPages() throws Exception {
        signIn(KeyRole.REQUESTER);
        assertThat(browser.findElements(By.cssSelector("header nav a[href='/ui/admin']")))
                .isEmpty();
        browser.get(server.base + "/ui/admin");
        assertThat(browser.getPageSource()).contains("Forbidden").doesNotContain("admin.keys");
        browser.get(server.base + "/ui/audit");
        assertThat(browser.getPageSource()).contains("Forbidden");
        shot("requester-refused");
        browser.get(server.base + "/ui/");
        waitFor(By.id("check"));
        assertThat(browser.findElements(By.cssSelector("header nav a[href='/ui/admin']")))
                .isEmpty();
    }

    @Test
    void theApiDocumentationRendersUnderItsPolicy() throws Exception {
        signIn(KeyRole.REQUESTER);
        browser.get(server.base + "/docs");
        // Swagger UI renders the document's title from /openapi.yaml with scripts from files only
        assertThat(waitFor(By.cssSelector(".swagger-ui .info .title")).getText())
                .contains("Licit API");
        assertThat(browser.findElements(By.cssSelector(".opblock")).size()).isGreaterThan(20);
        shot("docs");
    }

    @Test
    void theAdministratorSeesEachListsAge() throws Exception {
        signIn(KeyRole.ADMIN);
        browser.get(server.base + "/ui/admin");
        WebElement table = waitFor(By.cssSelector("#freshness table"));
        assertThat(table.getText()).contains("advanced-computing.csv").contains("2026-11-29");
        assertThat(browser.findElement(By.id("freshness")).getText()).contains("off");
        shot("list-freshness");
    }
}
