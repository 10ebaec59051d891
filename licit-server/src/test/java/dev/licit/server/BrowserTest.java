package dev.licit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.licit.store.keys.KeyRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    /**
     * Where text is data, not the UI's words: chip and party names, codes and hashes, the switch to
     * English (it is named in its own language on purpose).
     */
    static final String DATA_TEXT = "#lang, code, .code, [translate=no], #chart g.chip, #chart text.chip-label,"
            + " #chooseChip, .listed-chip, #keys td:first-child, #versionLabel";

    /** Pages checked in Korean; the workbench pages (cases, decide, decisions, licenses, audit) are being rebuilt elsewhere. */
    static final List<String> KOREAN_CHECKED = List.of("/ui/chips", "/ui/admin");

    static final List<String> KOREAN_PENDING =
            List.of("/ui/", "/ui/cases", "/ui/decisions", "/ui/licenses", "/ui/audit");

    /** Visible text in English on the current page: a UI text left in English, or a lower-case English word. */
    @SuppressWarnings("unchecked")
    private List<String> englishOnPage() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "const en=window.LICIT_I18N.en, ko=window.LICIT_I18N.ko;"
                                + "const enValues=new Set(Object.keys(en).filter(k=>ko[k]&&ko[k]!==en[k]).map(k=>en[k].trim()));"
                                + "const out=[];const w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);"
                                + "while(w.nextNode()){const n=w.currentNode;const t=n.nodeValue.trim();if(!t)continue;"
                                + "const el=n.parentElement;if(!el||el.closest('script,style,title,[hidden]'))continue;"
                                + "if(el.closest(arguments[0]))continue;"
                                + "const shown=el.tagName==='OPTION'||el instanceof SVGElement||el.getClientRects().length>0;"
                                + "if(!shown||/[\\uac00-\\ud7a3]/.test(t))continue;"
                                + "if(enValues.has(t)||/\\b[a-z]{3,}\\b/.test(t))out.push(t);}"
                                + "document.querySelectorAll('input[placeholder],textarea[placeholder]').forEach(i=>{"
                                + "if(/\\b[a-z]{3,}\\b/.test(i.placeholder)&&!/[\\uac00-\\ud7a3]/.test(i.placeholder))out.push('placeholder: '+i.placeholder);});"
                                + "return out;",
                        DATA_TEXT);
    }

    /** Issue 18, point 6: every page in Korean shows no English but codes and names. */
    @Test
    void everyPageInKoreanShowsNoUntranslatedEnglish() throws Exception {
        signIn(KeyRole.ADMIN);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.setItem('licit.lang','ko')");
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        for (String page : java.util.stream.Stream.concat(KOREAN_CHECKED.stream(), KOREAN_PENDING.stream())
                .toList()) {
            browser.get(server.base + page);
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> "ko"
                                    .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                            .executeScript("return document.documentElement.lang"))
                            && !d.findElements(By.id("signout")).isEmpty());
            Thread.sleep(1500); // the page's own data loads after its frame
            found.put(page, englishOnPage());
        }
        // what the pages being rebuilt still show in English, for the branch that rebuilds them
        Files.writeString(
                SHOTS.resolve("ko-untranslated.txt"),
                found.entrySet().stream()
                        .map(e -> e.getKey() + "\n  " + String.join("\n  ", e.getValue()))
                        .collect(java.util.stream.Collectors.joining("\n")));
        for (String page : KOREAN_CHECKED) {
            assertThat(found.get(page)).as(page + " in Korean shows English").isEmpty();
        }
    }

    /** Issue 18, point 8: a readable chart: labels apart, unknown areas apart, a colour per paragraph, a date, an order, export. */
    @Test
    void theChartIsReadableTakesADateAnOrdersChipsAndExports() throws Exception {
        signIn(KeyRole.REQUESTER);
        browser.get(server.base + "/ui/chips?asOf=2024-06-01");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart text.chip-label")));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        // no two labels overlap, and none covers a point
        String overlapsScript = "const ls=[...document.querySelectorAll('#chart text.chip-label')].map(t=>t.getBBox());"
                + "const ps=[...document.querySelectorAll('#chart g.chip')].map(g=>g.getBBox());"
                + "const o=(a,b)=>a.x<b.x+b.width-0.5&&b.x<a.x+a.width-0.5&&a.y<b.y+b.height-0.5&&b.y<a.y+a.height-0.5;"
                + "let n=0;for(let i=0;i<ls.length;i++){for(let j=i+1;j<ls.length;j++)if(o(ls[i],ls[j]))n++;"
                + "for(const p of ps)if(o(ls[i],p))n++;}return [ls.length,n];";
        @SuppressWarnings("unchecked")
        List<Long> labelCheck = (List<Long>) js.executeScript(overlapsScript);
        assertThat(labelCheck.get(0)).isGreaterThan(5);
        assertThat(labelCheck.get(1)).isZero();
        // every chip is labelled on the chart or listed under it
        long chipCount = (Long) js.executeScript("return document.querySelectorAll('#chart g.chip').length");
        long listedCount =
                (Long) js.executeScript("return document.querySelectorAll('#unlabelled .listed-chip').length");
        assertThat(labelCheck.get(0) + listedCount).isEqualTo(chipCount);
        // chips whose die area is unknown are drawn in their own strip, right of the plot, never over the axis
        Boolean apart = (Boolean) js.executeScript("const strip=document.getElementById('unknownStrip').getBBox();"
                + "return [...document.querySelectorAll('#chart g.pd-unknown')].every(g=>g.getBBox().x>=strip.x)"
                + " && [...document.querySelectorAll('#chart g.chip:not(.pd-unknown)')].every(g=>g.getBBox().x>=60"
                + " && g.getBBox().x+g.getBBox().width<=strip.x);");
        assertThat(apart).isTrue();
        // a colour per paragraph: .a.1, .a.2, .b.1 and .b.2 all differ
        @SuppressWarnings("unchecked")
        Map<String, String> colours = (Map<String, String>)
                js.executeScript(
                        "const m={};document.querySelectorAll('#legend span[data-label]').forEach(s=>{"
                                + "m[s.dataset.label.split(' ').pop()]=getComputedStyle(s.querySelector('i')).backgroundColor;});return m;");
        assertThat(colours).containsKeys("3A090.a.1", "3A090.a.2", "3A090.b.1", "3A090.b.2");
        assertThat(java.util.Set.of(
                        colours.get("3A090.a.1"),
                        colours.get("3A090.a.2"),
                        colours.get("3A090.b.1"),
                        colours.get("3A090.b.2")))
                .hasSize(4);
        // the date picker: any day shows the version in force on it (the October 2022 text the day after it began)
        js.executeScript(
                "const p=document.getElementById('asOf');p.value='2022-10-08';p.dispatchEvent(new Event('change'))");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("versionLabel")).getText().startsWith("2022-10-07"));
        js.executeScript(
                "const p=document.getElementById('asOf');p.value='2024-06-01';p.dispatchEvent(new Event('change'))");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("legend")).getText().contains("3A090.b"));
        // an order's chips: pasted, plotted as marked points
        browser.findElement(By.id("orderJson"))
                .sendKeys("{\"items\":[{\"sku\":\"L40\",\"quantity\":8,\"catalogId\":\"nvidia-l40-pcie-48gb\"}]}");
        browser.findElement(By.id("plotOrder")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart g.order-chip")));
        assertThat(browser.findElements(By.cssSelector("#chart g.order-chip"))).hasSize(1);
        assertThat(browser.findElement(By.id("legend")).getText()).contains("this order's chips");
        // a bad paste is said in the page's words
        browser.findElement(By.id("orderJson")).clear();
        browser.findElement(By.id("orderJson")).sendKeys("{not json");
        browser.findElement(By.id("plotOrder")).click();
        assertThat(waitFor(By.id("orderError")).getText()).contains("not an order in JSON");
        shot("chips-order");
        // export: the SVG link carries the chart; the PNG is drawn from it
        String svgHref = browser.findElement(By.id("exportSvg")).getAttribute("href");
        assertThat(svgHref).startsWith("data:image/svg+xml;base64,");
        String svgText = new String(
                java.util.Base64.getDecoder().decode(svgHref.substring(svgHref.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svgText).startsWith("<svg").contains("chip-label").contains("L40");
        js.executeScript("document.getElementById('pngLink').click = () => {};");
        browser.findElement(By.id("exportPng")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> String.valueOf(d.findElement(By.id("pngLink")).getAttribute("href"))
                        .startsWith("data:image/png;base64,"));
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
