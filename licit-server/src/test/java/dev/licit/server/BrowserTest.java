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

    /** Fills the check form with one end user in China and eight H100s (the form starts empty). */
    private void fillH100ToChina() {
        fillH100ToChinaFor("Hangzhou Lakeside Cloud Services Co., Ltd.");
    }

    /** The check form filled with eight H100s to China for one Chinese end user. */
    private void fillH100ToChinaFor(String party) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#items .catalog-chip option"))
                                .size()
                        > 30);
        new Select(browser.findElement(By.id("destination"))).selectByValue("CN");
        browser.findElement(By.cssSelector("#parties .pname")).sendKeys(party);
        new Select(browser.findElement(By.cssSelector("#parties .pcountry"))).selectByValue("CN");
        new Select(browser.findElement(By.cssSelector("#parties .phq"))).selectByValue("CN");
        new Select(browser.findElement(By.cssSelector("#items .catalog-chip"))).selectByValue("nvidia-h100-sxm5-80gb");
        browser.findElement(By.cssSelector("#items .qty")).sendKeys("8");
        browser.findElement(By.cssSelector("#items .value")).sendKeys("25000");
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
        // the form starts empty: checking it says what is missing next to each control, in the UI's words
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#items .catalog-chip option"))
                                .size()
                        > 30);
        assertThat(browser.findElement(By.id("destination")).getAttribute("value"))
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("#parties .pname")).getAttribute("value"))
                .isEmpty();
        assertThat(browser.findElement(By.id("id")).getAttribute("value")).isEmpty();
        browser.findElement(By.id("check")).click();
        assertThat(text("err-destination")).isEqualTo("Choose the destination country.");
        assertThat(browser.findElement(By.cssSelector("#parties .error.inline")).getText())
                .isEqualTo("Give the party's name, or remove the party.");
        assertThat(browser.findElement(By.cssSelector("#items .error.inline")).getText())
                .isEqualTo("Give a quantity of 1 or more (whole units). Choose a chip from the catalog.");
        assertThat(browser.findElements(By.cssSelector("#decision"))).isEmpty();
        fillH100ToChina();
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
        fillH100ToChina();
        // countries by their Korean names, certifications in words
        assertThat(new Select(browser.findElement(By.id("destination")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("중국 (CN)");
        assertThat(text("certs")).contains("미국 내 독립 제3자 시험").contains("(US_THIRD_PARTY_TESTING)");
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
        // issue 18: a table of the figures, each with the references it was taken from, web addresses as links,
        // and no note of where the catalog's author found them (paths, search ids)
        WebElement figures = browser.findElement(By.id("chipFigures"));
        assertThat(browser.findElement(By.id("figDieArea")).getText())
                .contains("Logic die area")
                .contains("814");
        assertThat(figures.getText())
                .contains("Dense FP16 throughput")
                .contains("Memory bandwidth (GB/s)")
                .doesNotContain("/work/")
                .doesNotContain("find_string");
        assertThat(figures.findElements(By.cssSelector("tr[data-field='dieAreaMm2'] a[href^='https://']")))
                .isNotEmpty();
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

    /** Every page of the UI, checked in Korean. */
    static final List<String> KOREAN_CHECKED = List.of(
            "/ui/chips",
            "/ui/chips?chip=nvidia-h100-sxm5-80gb",
            "/ui/admin",
            "/ui/",
            "/ui/cases",
            "/ui/decisions",
            "/ui/licenses",
            "/ui/audit",
            "/ui/screen");

    /** Pages reported but not yet held to it: none. */
    static final List<String> KOREAN_PENDING = List.of();

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
        StoredTexts stored = storedTexts("UI-KO");
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
        // what the store writes in English, rebuilt in Korean: a decision with reasons, its authorization and its
        // NAC; a license requirement with its case; a hold with its case (issue 18)
        for (String page : stored.pages()) {
            openDetail(page);
            found.put(page, englishOnPage());
        }
        // the decision with an ownership finding: each 50 % rule by its Korean title, its standing in words, and its
        // sentence rebuilt in Korean (the English kept folded); no rule title left in English anywhere on it
        openDetail("/ui/decisions?decision=" + stored.owned().id());
        assertThat(rulesOnPage("ownership-rule"))
                .anyMatch(
                        r -> r.startsWith(
                                "BIS 계열사 규칙: 적용 대상. Penang UI-KO Compute Sdn Bhd는 명단 등재자가 60 % 소유합니다: "
                                        + "Lotus Holdings Ltd 60 % (그 자체가 명단 등재자 소유: Huawei Technologies Co., Ltd. 100 % (등재: Entity List"))
                .anyMatch(r -> r.startsWith("BIS 계열사 규칙: 미확정 (적신호 29). Kedah UI-KO Grid Sdn Bhd는 "))
                .anyMatch(r -> r.startsWith("OFAC 50 % 규칙: 해당 없음. "));
        assertThat(text("decision"))
                .contains("최종 사용자 Penang UI-KO Compute Sdn Bhd")
                .contains("최종 수하인 Kedah UI-KO Grid Sdn Bhd")
                .doesNotContain("BIS Affiliates rule")
                .doesNotContain("OFAC 50 % rule")
                .doesNotContain("owned by listed parties")
                .doesNotContain("END_USER");
        assertThat(browser.findElement(By.cssSelector("#decision svg.ownership-graph text.og-title"))
                        .getAttribute("textContent"))
                .startsWith("소유 경로: BIS 계열사 규칙");
        shot("ownership-decision-ko");
        // what the pages being rebuilt still show in English, for the branch that rebuilds them
        Files.writeString(
                SHOTS.resolve("ko-untranslated.txt"),
                found.entrySet().stream()
                        .map(e -> e.getKey() + "\n  " + String.join("\n  ", e.getValue()))
                        .collect(java.util.stream.Collectors.joining("\n")));
        for (String page : java.util.stream.Stream.concat(KOREAN_CHECKED.stream(), stored.pages().stream())
                .toList()) {
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
        // no two texts overlap (labels, the numbers of chips listed under the chart, the strip's heading), and no
        // label or number covers a point
        String overlapsScript =
                "const ts=[...document.querySelectorAll('#chart text.chip-label,#chart text.chip-number,"
                        + "#chart text.strip-title')];const ls=ts.map(t=>t.getBBox());"
                        + "const gs=[...document.querySelectorAll('#chart g.chip')];const ps=gs.map(g=>g.getBBox());"
                        + "const o=(a,b)=>a.x<b.x+b.width-0.5&&b.x<a.x+a.width-0.5&&a.y<b.y+b.height-0.5&&b.y<a.y+a.height-0.5;"
                        + "const bad=[];for(let i=0;i<ls.length;i++){for(let j=i+1;j<ls.length;j++)if(o(ls[i],ls[j]))"
                        + "bad.push(ts[i].textContent+' / '+ts[j].textContent);"
                        + "ps.forEach((p,k)=>{if(o(ls[i],p)&&!(ts[i].classList.contains('on-point')"
                        + "&&ts[i].dataset.index===gs[k].dataset.index))bad.push(ts[i].textContent+' over the point of '+gs[k].textContent"
                        + "+' '+JSON.stringify([ls[i].x,ls[i].y,ls[i].width,ls[i].height,p.x,p.y,p.width,p.height]));});}"
                        + "return [String(ts.length),...bad];";
        @SuppressWarnings("unchecked")
        List<String> labelCheck = (List<String>) js.executeScript(overlapsScript);
        assertThat(Long.parseLong(labelCheck.get(0))).isGreaterThan(5);
        assertThat(labelCheck.subList(1, labelCheck.size())).isEmpty();
        long labelled = (Long) js.executeScript("return document.querySelectorAll('#chart text.chip-label').length");
        // every chip is labelled on the chart or listed under it
        long chipCount = (Long) js.executeScript("return document.querySelectorAll('#chart g.chip').length");
        long listedCount =
                (Long) js.executeScript("return document.querySelectorAll('#unlabelled .listed-chip').length");
        assertThat(labelled + listedCount).isEqualTo(chipCount);
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
    void checkAnOrderOfSeveralPartiesAndItemsAndFollowItsCase() throws Exception {
        signIn(KeyRole.REVIEWER);
        WebElement id = waitFor(By.id("id"));
        id.sendKeys("UI-MULTI");
        fillH100ToChina();
        // a consignee as a second party
        browser.findElement(By.id("addParty")).click();
        List<WebElement> parties = browser.findElements(By.cssSelector("#parties .party-line"));
        assertThat(parties).hasSize(2);
        WebElement consignee = parties.get(1);
        assertThat(new Select(consignee.findElement(By.cssSelector(".role")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Ultimate consignee");
        consignee.findElement(By.cssSelector(".pname")).sendKeys("Shenzhen Harbour Logistics Ltd.");
        new Select(consignee.findElement(By.cssSelector(".pcountry"))).selectByValue("CN");
        consignee.findElement(By.cssSelector(".paddr")).sendKeys("Nanshan District, Shenzhen");
        // a chip given by its own figures
        browser.findElement(By.id("addItem")).click();
        WebElement custom =
                browser.findElements(By.cssSelector("#items .item-line")).get(1);
        new Select(custom.findElement(By.cssSelector(".kind"))).selectByValue("chip");
        assertThat(custom.findElement(By.cssSelector(".catalog-chip")).isDisplayed())
                .isFalse();
        custom.findElement(By.cssSelector(".sku")).sendKeys("ACME-X1");
        custom.findElement(By.cssSelector(".qty")).sendKeys("2");
        custom.findElement(By.cssSelector(".vendor")).sendKeys("Acme");
        custom.findElement(By.cssSelector(".model")).sendKeys("X1");
        new Select(custom.findElement(By.cssSelector(".precision"))).selectByValue("fp8");
        custom.findElement(By.cssSelector(".dense")).sendKeys("2000");
        custom.findElement(By.cssSelector(".die")).sendKeys("800");
        custom.findElement(By.cssSelector(".datacenter")).click();
        // a system of eight catalog chips
        browser.findElement(By.id("addItem")).click();
        WebElement system =
                browser.findElements(By.cssSelector("#items .item-line")).get(2);
        new Select(system.findElement(By.cssSelector(".kind"))).selectByValue("system");
        system.findElement(By.cssSelector(".sku")).sendKeys("HGX-8");
        system.findElement(By.cssSelector(".qty")).sendKeys("1");
        system.findElement(By.cssSelector(".smodel")).sendKeys("HGX H100 8-GPU");
        new Select(system.findElement(By.cssSelector(".cchip"))).selectByValue("nvidia-h100-sxm5-80gb");
        browser.findElement(By.id("check")).click();
        WebElement verdict = waitFor(By.cssSelector("#decision .verdict"));
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("LICENSE_REQUIRED");
        assertThat(text("decision"))
                .contains("Shenzhen Harbour Logistics Ltd.")
                .contains("ACME-X1")
                .contains("HGX-8");
        assertThat(browser.findElement(By.id("mayShip")).getAttribute("data-shippable"))
                .isEqualTo("false");
        assertThat(text("mayShip")).isEqualTo("The order may not ship yet: a license is required");
        shot("check-several-items");
        // the case it opened, one click away
        WebElement link = browser.findElement(By.id("caseLink"));
        assertThat(link.getText()).startsWith("Open case ").endsWith(" in the review queue");
        link.click();
        untilTrue("const d = document.getElementById('detail'); return !!d && !!d.dataset.case;");
        assertThat(text("orderParties")).contains("Ultimate consignee").contains("Nanshan District, Shenzhen");
        assertThat(text("orderItems")).contains("ACME-X1").contains("HGX-8").contains("200,000");
    }

    @Test
    void screenANameThenFindTheScreenInTheAuditTrail() throws Exception {
        signIn(KeyRole.REQUESTER);
        browser.get(server.base + "/ui/screen");
        waitFor(By.id("screen")).click();
        assertThat(text("err-name")).isEqualTo("Give a name to screen.");
        browser.findElement(By.id("name")).sendKeys("Sophgo Technologies");
        new Select(browser.findElement(By.id("country"))).selectByValue("CN");
        browser.findElement(By.id("screen")).click();
        WebElement table = waitFor(By.id("hitTable"));
        assertThat(table.getText())
                .contains("Sophgo Technologies Ltd.")
                .contains("90 FR 4621")
                .contains("Presumption of denial");
        assertThat(text("result")).contains("possible list entries for “Sophgo Technologies”");
        shot("screen-en");
        // in Korean
        js("localStorage.setItem('licit.lang', 'ko')");
        browser.get(server.base + "/ui/screen");
        waitFor(By.id("name")).sendKeys("Zzyzx Quilting Club");
        browser.findElement(By.id("screen")).click();
        assertThat(waitFor(By.id("noHit")).getText()).isEqualTo("이 이름과 일치하는 명단 항목이 없습니다.");
        assertThat(text("result")).contains("명단 스냅샷");
        browser.findElement(By.id("signout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login"));
        // an administrator finds both screens in the audit trail, their payloads and the export
        js("localStorage.setItem('licit.lang', 'en')");
        signIn(KeyRole.ADMIN);
        browser.get(server.base + "/ui/audit");
        new Select(waitFor(By.id("kind"))).selectByValue("screen");
        untilTrue("const rows = document.querySelectorAll('#auditRows tr.audit-row');"
                + " return rows.length >= 2 && [...rows].every(r => r.children[3].textContent === 'screen.adhoc');");
        browser.findElement(By.id("q")).sendKeys("zzyzx");
        browser.findElement(By.id("apply")).click();
        untilTrue("return document.querySelectorAll('#auditRows tr.audit-row').length === 1;");
        js("document.querySelector('#auditRows tr.audit-row').click()");
        WebElement payload = waitFor(By.cssSelector("#auditRows tr.payload pre"));
        assertThat(payload.getText())
                .contains("\"name\": \"Zzyzx Quilting Club\"")
                .contains("\"hits\": 0");
        Object csv = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch(document.getElementById('csv').href).then(r => r.text()).then(done);");
        assertThat(csv.toString())
                .startsWith("seq,recordedAt,actor,kind,subject,payload,prevHash,hash")
                .contains("Zzyzx Quilting Club")
                .doesNotContain("Sophgo");
        shot("audit-en");
        browser.findElement(By.id("verify")).click();
        assertThat(waitFor(By.cssSelector("#result b.ok")).getText()).isEqualTo("Chain intact");
    }

    @Test
    void shipAnOrderInPartsThenReadAndRevokeItsLicense() throws Exception {
        String admin = server.keys.get(KeyRole.ADMIN);
        String license = "{\"number\":\"D888001\",\"eccns\":[\"3A090\"],\"destination\":\"CN\","
                + "\"parties\":[\"Harbour Ship Test Ltd.\"],\"quantityLimit\":10,"
                + "\"validFrom\":\"2020-01-01\",\"validTo\":\"2099-12-31\"}";
        assertThat(server.send("POST", "/v1/licenses", license, admin).statusCode())
                .isEqualTo(201);
        String order = "{\"id\":\"UI-SHIP\",\"date\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + "\",\"exportFrom\":\"US\",\"destination\":\"CN\","
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Harbour Ship Test Ltd.\",\"country\":\"CN\"}],"
                + "\"items\":[{\"sku\":\"H100\",\"quantity\":8,\"unitValueUsd\":25000,\"catalogId\":\"nvidia-h100-sxm5-80gb\"}]}";
        var decided = server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REQUESTER));
        assertThat(decided.body()).contains("\"LICENSED\"");
        signIn(KeyRole.REQUESTER);
        browser.get(server.base + "/ui/decisions");
        waitFor(By.id("qOrder")).sendKeys("UI-SHIP");
        browser.findElement(By.id("find")).click();
        untilTrue("const rows = document.querySelectorAll('#results tr.result');"
                + " return rows.length === 1 && rows[0].dataset.order === 'UI-SHIP';");
        browser.findElement(By.cssSelector("#results button.open")).click();
        assertThat(waitFor(By.id("noShipment")).getText()).isEqualTo("No shipment recorded.");
        assertThat(text("authorization")).contains("a registered license covers it");
        // a part: three of the eight, with its references; a malformed ITN is said next to the form
        WebElement line = waitFor(By.id("shipLine-0"));
        assertThat(line.getAttribute("value")).isEqualTo("8");
        line.clear();
        line.sendKeys("3");
        browser.findElement(By.id("shipItn")).sendKeys("ITN-1");
        browser.findElement(By.id("shipButton")).click();
        assertThat(text("err-ship")).startsWith("An AES ITN is X, the filing date");
        browser.findElement(By.id("shipItn")).clear();
        browser.findElement(By.id("shipItn")).sendKeys("X20261206A1B2C3");
        browser.findElement(By.id("shipAwb")).sendKeys("176-12345675");
        browser.findElement(By.id("shipInvoice")).sendKeys("INV-0042");
        browser.findElement(By.id("shipButton")).click();
        untilTrue("return document.querySelectorAll('#shipmentTable tr.shipment').length === 1;");
        assertThat(text("shipmentTable"))
                .contains("H100 × 3")
                .contains("X20261206A1B2C3")
                .contains("176-12345675")
                .contains("INV-0042")
                .contains("D888001 (3)");
        // more than is left is refused in the form; then the rest
        WebElement rest = waitFor(By.id("shipLine-0"));
        assertThat(rest.getAttribute("value")).isEqualTo("5");
        rest.clear();
        rest.sendKeys("6");
        browser.findElement(By.id("shipButton")).click();
        assertThat(text("err-ship")).isEqualTo("A line cannot ship more units than are left of it.");
        rest.clear();
        rest.sendKeys("5");
        browser.findElement(By.id("shipButton")).click();
        assertThat(waitFor(By.id("allShipped")).getText()).isEqualTo("Every unit of the order has shipped.");
        assertThat(browser.findElements(By.cssSelector("#shipmentTable tr.shipment")))
                .hasSize(2);
        shot("shipments-en");
        browser.findElement(By.id("signout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login"));
        // the license's draw-down history, then its revocation after a confirmation with a reason
        signIn(KeyRole.ADMIN);
        browser.get(server.base + "/ui/licenses");
        WebElement row = waitFor(By.cssSelector("#licenseTable tr[data-license='D888001']"));
        assertThat(row.getText()).contains("2 of 10").contains("China");
        row.findElement(By.cssSelector("button.history")).click();
        WebElement history = waitFor(By.id("licenseHistory"));
        assertThat(history.getText())
                .contains("Registered")
                .contains("3 units")
                .contains("7 units left")
                .contains("5 units")
                .contains("2 units left");
        browser.findElement(By.cssSelector("#licenseTable tr[data-license='D888001'] button.revoke"))
                .click();
        assertThat(waitFor(By.id("confirmTitle")).getText()).isEqualTo("Revoke license D888001?");
        browser.findElement(By.id("confirmYes")).click();
        assertThat(text("err-confirm")).isEqualTo("Write a reason for the record first.");
        browser.findElement(By.id("confirmReason")).sendKeys("BIS revoked it on review");
        browser.findElement(By.id("confirmYes")).click();
        untilTrue("const r = document.querySelector(\"#licenseTable tr[data-license='D888001'] .lstatus\");"
                + " return !!r && r.textContent === 'Revoked';");
        untilTrue(
                "const h = document.getElementById('licenseHistory'); return !!h && h.textContent.includes('BIS revoked it');");
        shot("license-history-en");
        // the same page in Korean
        js("localStorage.setItem('licit.lang', 'ko')");
        browser.get(server.base + "/ui/licenses");
        WebElement ko = waitFor(By.cssSelector("#licenseTable tr[data-license='D888001']"));
        assertThat(ko.getText()).contains("10개 중 2개").contains("취소됨").contains("중국");
        assertThat(text("licenseTable")).contains("허가 번호").contains("잔여 수량");
    }

    @Test
    void fileANacNotificationRecordItsNumberAndBisAnswer() throws Exception {
        // an L40 (3A090.b) to a Chinese cloud firm needs a NAC notification
        String l40 = "{\"id\":\"UI-NAC\",\"date\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + "\",\"exportFrom\":\"US\",\"destination\":\"CN\",\"parties\":[{\"role\":\"END_USER\","
                + "\"name\":\"Hangzhou NAC Test Cloud Co.\",\"country\":\"CN\",\"headquarters\":\"CN\"}],"
                + "\"items\":[{\"sku\":\"L40\",\"quantity\":8,\"catalogId\":\"nvidia-l40-pcie-48gb\"}]}";
        var decided = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(server.send("POST", "/v1/decisions", l40, server.keys.get(KeyRole.REQUESTER))
                        .body());
        assertThat(decided.get("verdict").asText()).isEqualTo("NOTIFICATION_REQUIRED");
        String decisionId = decided.get("decisionId").asText();
        signIn(KeyRole.ADMIN);
        browser.get(server.base + "/ui/licenses");
        waitFor(By.id("fileButton")).click();
        assertThat(text("err-file")).isEqualTo("Give the id of the decision the notification was filed for.");
        browser.findElement(By.id("nacDecision")).sendKeys(decisionId);
        browser.findElement(By.id("nacNumber")).sendKeys("123456");
        browser.findElement(By.id("fileButton")).click();
        assertThat(text("err-file")).isEqualTo("A BIS number is A and six digits (A123456).");
        browser.findElement(By.id("nacNumber")).clear();
        browser.findElement(By.id("fileButton")).click();
        untilTrue(
                "return [...document.querySelectorAll('#nacTable tr[data-nac]')].some(r => r.textContent.includes('UI-NAC'));");
        String nacId = (String) js("return [...document.querySelectorAll('#nacTable tr[data-nac]')]"
                + ".find(r => r.textContent.includes('UI-NAC')).dataset.nac;");
        String ends =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(25).toString();
        assertThat(text("nacTable")).contains(ends);
        // BIS's number, then its answer that a license is required after all
        browser.findElement(By.cssSelector("input.bisInput[data-nac='" + nacId + "']"))
                .sendKeys("A654321");
        browser.findElement(By.cssSelector("button.number[data-nac='" + nacId + "']"))
                .click();
        untilTrue("const b = document.querySelector(\"#nacTable tr[data-nac='" + nacId + "'] .bis\");"
                + " return !!b && b.textContent === 'A654321';");
        browser.findElement(By.cssSelector("button.licreq[data-nac='" + nacId + "']"))
                .click();
        assertThat(waitFor(By.id("confirmTitle")).getText())
                .isEqualTo("Record that BIS requires a license for notification " + nacId + "?");
        browser.findElement(By.id("confirmReason")).sendKeys("BIS letter of today: license required");
        browser.findElement(By.id("confirmYes")).click();
        untilTrue("const r = document.querySelector(\"#nacTable tr[data-nac='" + nacId + "'] .nstatus\");"
                + " return !!r && r.textContent === 'License required';");
        shot("nac-en");
        assertThat(server.send(
                                "GET",
                                "/v1/decisions/" + decisionId + "/authorization",
                                null,
                                server.keys.get(KeyRole.ADMIN))
                        .body())
                .contains("LICENSE_REQUIRED");
    }

    private Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(script, args);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Searches the review queue for {@code q} and opens the one case it finds. */
    private String openTheOnlyCase(String q) {
        WebElement search = waitFor(By.id("q"));
        search.clear();
        search.sendKeys(q);
        browser.findElement(By.id("apply")).click();
        untilTrue("return document.querySelectorAll('#caseList tr.case-row').length === 1;");
        // the list is re-rendered by every search: click and read it in the page, not through an element handle
        String caseId = (String)
                js("const r = document.querySelector('#caseList tr.case-row'); r.click();" + " return r.dataset.case;");
        untilTrue("const d = document.getElementById('detail'); return d.dataset.case === '" + caseId + "';");
        return caseId;
    }

    @Test
    void workAHoldInTheWorkbench() throws Exception {
        // a requester decides under today's rules only (issue 13)
        String order = "{\"id\":\"UI-HOLD\",\"date\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + "\",\"exportFrom\":\"US\",\"destination\":\"VN\","
                // a distributor, not NVIDIA: the April 2025 is-informed letter on the H20 binds NVIDIA only
                + "\"exporter\":{\"name\":\"Example Distribution LLC\",\"country\":\"US\"},"
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Beijing Sophgo\",\"country\":\"CN\","
                + "\"address\":\"88 Jianguo Road, Chaoyang District\"}],"
                + "\"items\":[{\"sku\":\"H20\",\"quantity\":1,\"unitValueUsd\":12000,\"catalogId\":\"nvidia-h20-hgx-sxm\"}]}";
        var r = server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REQUESTER));
        assertThat(r.body()).contains("\"verdict\" : \"HOLD\"");
        signIn(KeyRole.REVIEWER);
        browser.get(server.base + "/ui/cases");
        // the queue is filtered by the server: HOLDs to Viet Nam, then searched for the order
        new Select(waitFor(By.id("verdict"))).selectByValue("HOLD");
        new Select(browser.findElement(By.id("destination"))).selectByValue("VN");
        String caseId = openTheOnlyCase("UI-HOLD");
        assertThat(text("pageInfo")).isEqualTo("1–1 of 1");
        assertThat(browser.getCurrentUrl()).endsWith("/ui/cases?case=" + caseId);
        // the order: item, quantity, value, the classification as decided (the H20 is below 3A090); the destination by
        // name
        assertThat(text("orderItems"))
                .contains("H20 1 12,000 12,000 NONE Hold for review")
                .contains("UNIT VALUE (USD)");
        assertThat(text("orderDestination")).contains("Vietnam").contains("VN");
        // our party beside the listed entry's evidence
        WebElement match = browser.findElement(By.cssSelector("#detail .match"));
        String matchId = match.getAttribute("data-match");
        assertThat(match.findElement(By.cssSelector("dl.party")).getText())
                .contains("Beijing Sophgo")
                .contains("88 Jianguo Road, Chaoyang District");
        assertThat(match.findElement(By.cssSelector("dl.entry")).getText())
                .contains("Sophgo Technologies Ltd.")
                .contains("SOPHGO") // an alias
                .contains("90 FR 4621")
                .contains("Beijing, CN")
                .contains("Presumption of denial")
                .contains("advanced-computing.csv");
        shot("workbench-case-en");
        // an error in the UI's own words, next to the control: no reason code chosen
        browser.findElement(By.cssSelector("button.clear[data-match='" + matchId + "']"))
                .click();
        assertThat(text("err-" + matchId)).isEqualTo("Choose a reason code first.");
        assertThat(text("err")).isEmpty();
        new Select(browser.findElement(By.id("code-" + matchId))).selectByValue("DIFFERENT_ENTITY");
        browser.findElement(By.id("note-" + matchId)).sendKeys("A reseller in Chaoyang, not Sophgo Technologies");
        browser.findElement(By.cssSelector("button.clear[data-match='" + matchId + "']"))
                .click();
        untilTrue(
                "const e = document.querySelector('#detail .mstatus'); return !!e && e.dataset.status === 'CLEARED';");
        assertThat(browser.findElement(By.cssSelector("#detail .reviewed")).getText())
                .contains("Different entity")
                .contains("A reseller in Chaoyang");
        // evidence attached to the match: stored, its SHA-256 shown (and in the audit trail)
        Path extract = Files.writeString(
                Files.createTempDirectory("licit-attach").resolve("registry-extract.txt"),
                "Beijing Sophgo (reseller), Chaoyang District: business licence 91110105MA01");
        waitFor(By.id("attachButton")).click();
        assertThat(text("err-attach")).isEqualTo("Choose a file first.");
        browser.findElement(By.id("attachFile"))
                .sendKeys(extract.toAbsolutePath().toString());
        new Select(browser.findElement(By.id("attachMatch"))).selectByValue(matchId);
        browser.findElement(By.id("attachNote")).sendKeys("business licence");
        browser.findElement(By.id("attachButton")).click();
        WebElement attached = waitFor(By.cssSelector("#attachments li.attachment"));
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(extract)));
        assertThat(attached.getText())
                .contains("registry-extract.txt")
                .contains("SHA-256 " + sha)
                .contains("business licence");
        // release needs a reason, then a confirmation; cancelling it leaves the case open
        waitFor(By.id("release")).click();
        assertThat(text("err-close")).isEqualTo("Write a reason for the record first.");
        browser.findElement(By.id("closeReason")).sendKeys("released after clearing the only match");
        browser.findElement(By.id("release")).click();
        assertThat(waitFor(By.id("confirmTitle")).getText()).isEqualTo("Release case " + caseId + "?");
        shot("workbench-confirm-en");
        browser.findElement(By.id("confirmCancel")).click();
        assertThat(browser.findElement(By.id("caseStatus")).getAttribute("data-status"))
                .isEqualTo("OPEN");
        browser.findElement(By.id("release")).click();
        waitFor(By.id("confirmYes")).click();
        untilTrue("const e = document.getElementById('caseStatus'); return !!e && e.dataset.status === 'RELEASED';");
        assertThat(text("closedLine")).contains("Released").contains("released after clearing");
        assertThat(text("history")).contains("Opened").contains("Cleared").contains("Released");
        shot("workbench-after-release");
        var stored = server.send("GET", "/v1/cases/" + caseId, null, server.keys.get(KeyRole.REVIEWER));
        assertThat(stored.body()).contains("CLEARED").contains("\"reasonCode\":\"DIFFERENT_ENTITY\"");
        // the next order for the same party is not held again
        var next = server.send(
                "POST", "/v1/decisions", order.replace("UI-HOLD", "UI-HOLD-2"), server.keys.get(KeyRole.REQUESTER));
        assertThat(next.body()).contains("\"verdict\" : \"NLR\"");
    }

    @Test
    void theWorkbenchInKoreanOffersReleaseOnceALicenseCoversTheCase() throws Exception {
        String order = "{\"id\":\"UI-KO-LIC\",\"date\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + "\",\"exportFrom\":\"US\",\"destination\":\"CN\","
                + "\"exporter\":{\"name\":\"Example Distribution LLC\",\"country\":\"US\"},"
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Hangzhou Lakeside Cloud Services Co., Ltd.\","
                + "\"country\":\"CN\",\"address\":\"Xihu District, Hangzhou\"}],"
                + "\"items\":[{\"sku\":\"H100\",\"quantity\":2,\"unitValueUsd\":25000,\"catalogId\":\"nvidia-h100-sxm5-80gb\"}]}";
        var decided = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REQUESTER))
                        .body());
        assertThat(decided.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        String decisionId = decided.get("decisionId").asText();
        signIn(KeyRole.REVIEWER);
        js("localStorage.setItem('licit.lang', 'ko')");
        browser.get(server.base + "/ui/cases");
        new Select(waitFor(By.id("verdict"))).selectByVisibleText("허가 필요");
        String caseId = openTheOnlyCase("UI-KO-LIC");
        assertThat(text("pageInfo")).isEqualTo("전체 1건 중 1–1");
        assertThat(text("caseList"))
                .contains("건")
                .contains("목적국")
                .contains("중국")
                .contains("주문 판정")
                .contains("진행 중");
        assertThat(text("coverage")).contains("아직 이 주문에 해당하는 등록된 허가");
        // an administrator registers the license BIS granted: the case now says so and offers release
        String license = "{\"number\":\"D777001\",\"eccns\":[\"3A090\"],\"destination\":\"CN\","
                + "\"parties\":[\"Hangzhou Lakeside Cloud Services Co., Ltd.\"],\"quantityLimit\":4,"
                + "\"validFrom\":\"2020-01-01\",\"validTo\":\"2099-12-31\",\"decisionId\":\"" + decisionId + "\"}";
        assertThat(server.send("POST", "/v1/licenses", license, server.keys.get(KeyRole.ADMIN))
                        .statusCode())
                .isEqualTo(201);
        browser.get(server.base + "/ui/cases?case=" + caseId);
        untilTrue("const d = document.getElementById('detail'); return d.dataset.case === '" + caseId + "';");
        assertThat(text("coverage")).isEqualTo("이제 허가 D777001에 따라 이 주문을 수출할 수 있습니다. 모든 명단 일치를 검토한 뒤 출하를 승인하십시오.");
        assertThat(text("orderItems"))
                .contains("품목")
                .contains("수량")
                .contains("단가 (USD)")
                .contains("50,000");
        assertThat(text("orderParties"))
                .contains("최종 사용자")
                .contains("Xihu District, Hangzhou")
                .contains("중국");
        assertThat(text("detail")).contains("접수 사유").contains("처리 이력").contains("판정 기록 열기");
        // the reason first, in Korean next to the button; then the confirmation, in Korean
        waitFor(By.id("release")).click();
        assertThat(text("err-close")).isEqualTo("먼저 기록용 사유를 적으십시오.");
        browser.findElement(By.id("closeReason")).sendKeys("허가 D777001 등록");
        browser.findElement(By.id("release")).click();
        assertThat(waitFor(By.id("confirmTitle")).getText()).isEqualTo(caseId + "번 건의 출하를 승인하시겠습니까?");
        assertThat(text("confirmYes")).isEqualTo("출하 승인");
        shot("workbench-confirm-ko");
        browser.findElement(By.id("confirmYes")).click();
        untilTrue("const e = document.getElementById('caseStatus'); return !!e && e.dataset.status === 'RELEASED';");
        assertThat(text("caseStatus")).isEqualTo("출하 승인됨");
        shot("workbench-released-ko");
        assertThat(server.send(
                                "GET",
                                "/v1/decisions/" + decisionId + "/authorization",
                                null,
                                server.keys.get(KeyRole.ADMIN))
                        .body())
                .contains("LICENSED");
    }

    @Test
    void theSubmitterIsToldInTheUisOwnWordsThatAnotherReviewerMustRelease() throws Exception {
        // a reviewer may submit an order; four eyes: the same reviewer may not release its case
        String order = "{\"id\":\"UI-OWN\",\"date\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + "\",\"exportFrom\":\"US\",\"destination\":\"CN\","
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Own Submission Co.\",\"country\":\"CN\"}],"
                + "\"items\":[{\"sku\":\"H100\",\"quantity\":1,\"catalogId\":\"nvidia-h100-sxm5-80gb\"}]}";
        assertThat(server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REVIEWER))
                        .statusCode())
                .isEqualTo(201);
        signIn(KeyRole.REVIEWER);
        browser.get(server.base + "/ui/cases");
        openTheOnlyCase("UI-OWN");
        waitFor(By.id("closeReason")).sendKeys("looks fine");
        browser.findElement(By.id("release")).click();
        waitFor(By.id("confirmYes")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> !d.findElement(By.id("err-close")).getText().isEmpty());
        assertThat(text("err-close"))
                .isEqualTo("You submitted this order, so another reviewer must do this (four eyes).");
        assertThat(browser.findElement(By.id("caseStatus")).getAttribute("data-status"))
                .isEqualTo("OPEN");
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

    @Test
    void aDecisionShowsTheEntityListsAffiliateRowsUnderTheirParent() throws Exception {
        signIn(KeyRole.REQUESTER);
        fillH100ToChinaFor("Huawei Technologies Co., Ltd.");
        browser.findElement(By.id("check")).click();
        WebElement group = waitFor(By.cssSelector("#decision .affiliate-group"));
        assertThat(group.getAttribute("data-parent")).isEqualTo("Huawei Technologies Co., Ltd. (Huawei)");
        // the parent's own hit and both affiliate rows of the built-in list, each still shown as a hit
        assertThat(group.getText())
                .contains("and 2 affiliate(s) named with it on the Entity List")
                .contains("Affiliated Entity: Shanghai Huawei Technologies Co., Ltd.")
                .contains("Affiliated Entity: Huawei Technologies Co., Ltd., Beijing Research Institute");
        shot("decision-affiliates");
    }

    // ---- issue 18: stored English texts in Korean, the verdict's added fields, and the day walked ----

    private static final String TODAY =
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

    private static String orderOf(String id, String destination, String parties, String items) {
        return "{\"id\":\"" + id + "\",\"date\":\"" + TODAY + "\",\"exportFrom\":\"US\",\"destination\":\""
                + destination + "\",\"parties\":[" + parties + "],\"items\":[" + items + "]}";
    }

    private static String partyOf(String name, String country) {
        return "{\"role\":\"END_USER\",\"name\":\"" + name + "\",\"country\":\"" + country + "\",\"headquarters\":\""
                + country + "\"}";
    }

    private static String itemOf(String sku, int quantity, String catalogId) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"unitValueUsd\":10000,\"catalogId\":\""
                + catalogId + "\"}";
    }

    /** A decision made over the API: its JSON, and the case it opened (null when none). */
    record Decided(com.fasterxml.jackson.databind.JsonNode json, String caseId) {
        String id() {
            return json.get("decisionId").asText();
        }
    }

    private static Decided decide(String order) throws Exception {
        var res = server.send("POST", "/v1/decisions", order, server.keys.get(KeyRole.REQUESTER));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return new Decided(
                dev.licit.core.json.Json.COMPACT.readTree(res.body()),
                res.headers().firstValue("X-Licit-Case-Id").orElse(null));
    }

    /**
     * Decisions and cases whose texts the store writes in English: a NAC order (an L40, whose presumption of
     * denial the NAC overcomes, and a T4 outside 3A090/4A090) with its notification filed today; a license
     * requirement (an H100 to China) with its case; a hold for a possible list match with its case.
     */
    record StoredTexts(Decided nac, String nacId, Decided lic, Decided hold, Decided owned) {
        List<String> pages() {
            return List.of(
                    "/ui/decisions?decision=" + nac.id(),
                    "/ui/decisions?decision=" + lic.id(),
                    "/ui/cases?case=" + lic.caseId(),
                    "/ui/cases?case=" + hold.caseId(),
                    "/ui/decisions?decision=" + owned.id(),
                    "/ui/cases?case=" + owned.caseId());
        }
    }

    private static StoredTexts storedTexts(String tag) throws Exception {
        Decided nac = decide(orderOf(
                tag + "-NAC",
                "CN",
                partyOf("Hangzhou " + tag + " Cloud Co.", "CN"),
                itemOf("L40", 8, "nvidia-l40-pcie-48gb") + "," + itemOf("T4", 2, "nvidia-t4-pcie-16gb")));
        assertThat(nac.json().get("verdict").asText()).isEqualTo("NOTIFICATION_REQUIRED");
        var filed = server.send(
                "POST",
                "/v1/notifications",
                "{\"decisionId\":\"" + nac.id() + "\",\"filedOn\":\"" + TODAY + "\"}",
                server.keys.get(KeyRole.ADMIN));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String nacId = dev.licit.core.json.Json.COMPACT
                .readTree(filed.body())
                .get("id")
                .asText();
        Decided lic = decide(orderOf(
                tag + "-LIC",
                "CN",
                partyOf("Shenzhen " + tag + " Compute Ltd.", "CN"),
                itemOf("H100", 2, "nvidia-h100-sxm5-80gb")));
        assertThat(lic.caseId()).isNotNull();
        Decided hold = decide(orderOf(
                tag + "-HOLD", "DE", partyOf("Higon Trading GmbH", "DE"), itemOf("H100", 1, "nvidia-h100-sxm5-80gb")));
        assertThat(hold.json().get("verdict").asText()).isEqualTo("HOLD");
        assertThat(hold.caseId()).isNotNull();
        // an ownership finding: one end user covered through its owners under the Affiliates rule, a consignee
        // whose listed owner's share is unknown (Red Flag 29); each 50 % rule by its title, standing and path
        Decided owned = decide(orderOf(
                tag + "-OWN",
                "MY",
                "{\"role\":\"END_USER\",\"name\":\"Penang " + tag + " Compute Sdn Bhd\",\"country\":\"MY\","
                        + "\"owners\":[{\"name\":\"Lotus Holdings Ltd\",\"country\":\"HK\",\"percent\":60,"
                        + "\"owners\":[{\"name\":\"Huawei Technologies Co., Ltd.\",\"country\":\"CN\",\"percent\":100}]},"
                        + "{\"name\":\"Local Pension Fund\",\"country\":\"MY\",\"percent\":40}]},"
                        + "{\"role\":\"ULTIMATE_CONSIGNEE\",\"name\":\"Kedah " + tag
                        + " Grid Sdn Bhd\",\"country\":\"MY\","
                        + "\"owners\":[{\"name\":\"Huawei Technologies Co., Ltd.\",\"country\":\"CN\",\"percent\":null}]}",
                itemOf("H100", 2, "nvidia-h100-sxm5-80gb")));
        assertThat(owned.caseId()).isNotNull();
        return new StoredTexts(nac, nacId, lic, hold, owned);
    }

    /** The visible text of each element of a class on the page, in order. */
    private List<String> rulesOnPage(String cssClass) {
        return browser.findElements(By.cssSelector("." + cssClass)).stream()
                .map(e -> e.getText().replaceAll("\\s+", " ").strip())
                .toList();
    }

    /** Opens a decision or case page and waits for its detail (and, for a case, the decision's items). */
    private void openDetail(String page) {
        browser.get(server.base + page);
        if (page.startsWith("/ui/cases")) {
            untilTrue("const d = document.getElementById('detail');"
                    + " return !!d && !!d.dataset.case && !!document.getElementById('caseWhy');");
        } else {
            untilTrue("return !!document.getElementById('decision') && !!document.getElementById('shipments')"
                    + " && document.getElementById('shipments').children.length > 0;");
        }
    }

    @Test
    void storedVerdictTextsReadInKoreanWithTheAddedFieldsInBothLanguages() throws Exception {
        StoredTexts t = storedTexts("UI-VT");
        String ends = java.time.LocalDate.parse(TODAY).plusDays(25).toString();
        signIn(KeyRole.REVIEWER);
        js("localStorage.setItem('licit.lang', 'en')");
        // English: the superseded reason struck through, the residual guidance, the authorization as stored
        openDetail("/ui/decisions?decision=" + t.nac().id());
        WebElement overcome = waitFor(By.cssSelector("#decision .reason.superseded"));
        assertThat(overcome.getAttribute("data-superseded-by")).isEqualTo("NAC");
        assertThat(overcome.findElement(By.cssSelector(".overcome")).getText()).isEqualTo("overcome by NAC:");
        assertThat(overcome.findElement(By.tagName("s")).getText()).isNotBlank();
        assertThat(overcome.findElement(By.tagName("s")).getCssValue("text-decoration-line"))
                .isEqualTo("line-through");
        assertThat(text("decision")).contains("T4").contains("NONE (outside 3A090/4A090)");
        assertThat(browser.findElement(By.cssSelector("#decision .residual")).getText())
                .startsWith("Own classification:")
                .contains("Outside 3A090 and 4A090 under the rules modelled")
                .contains("15 CFR 774, Supplement No. 1");
        assertThat(text("authDetail"))
                .isEqualTo("the NAC waiting period of notification " + t.nacId() + " (filed " + TODAY + ") runs until "
                        + ends);
        shot("verdict-fields-en");
        // what would change a license requirement, on the decision and on its case
        openDetail("/ui/decisions?decision=" + t.lic().id());
        assertThat(browser.findElement(By.cssSelector("#decision .would-change"))
                        .getText())
                .startsWith("What would change this")
                .contains("The license requirement of")
                .contains("only a license granted by BIS lets it ship");
        openDetail("/ui/cases?case=" + t.lic().caseId());
        assertThat(text("openedWhy")).startsWith("LICENSE_REQUIRED (presumption of denial): ");
        assertThat(browser.findElement(By.cssSelector("#caseWhy .would-change")).getText())
                .contains("The license requirement of");
        assertThat(browser.findElements(By.cssSelector("#caseWhy .reason"))).isNotEmpty();

        // an ownership finding in English: each 50 % rule by its title, its standing in words, the engine's sentence
        openDetail("/ui/decisions?decision=" + t.owned().id());
        assertThat(rulesOnPage("ownership-rule"))
                .anyMatch(
                        r -> r.startsWith("BIS Affiliates rule: covered. Penang UI-VT Compute Sdn Bhd is 60 % owned by"
                                + " listed parties: Lotus Holdings Ltd 60 % (itself owned by listed parties: Huawei Technologies Co.,"
                                + " Ltd. 100 % (Entity List"))
                .anyMatch(r ->
                        r.startsWith("BIS Affiliates rule: unresolved (Red Flag 29). Kedah UI-VT Grid Sdn Bhd may be"))
                .anyMatch(r -> r.startsWith("OFAC 50 % rule: clear. "));
        assertThat(text("decision"))
                .contains("End user Penang UI-VT Compute Sdn Bhd")
                .contains("Ultimate consignee Kedah UI-VT Grid Sdn Bhd");

        // Korean: the same values, rebuilt from their codes, and no English sentence on any of these pages
        js("localStorage.setItem('licit.lang', 'ko')");
        openDetail("/ui/decisions?decision=" + t.nac().id());
        assertThat(browser.findElement(By.cssSelector("#decision .reason.superseded .overcome"))
                        .getText())
                .isEqualTo("NAC로 해소됨:");
        assertThat(text("decision")).contains("NONE (3A090·4A090 해당 없음)");
        assertThat(browser.findElement(By.cssSelector("#decision .residual")).getText())
                .startsWith("품목 자체의 분류:")
                .contains("모델링된 규칙상 3A090·4A090에 해당하지 않음");
        assertThat(text("authDetail"))
                .isEqualTo("통지 " + t.nacId() + "(제출일 " + TODAY + ")의 NAC 대기 기간은 " + ends + "까지입니다.");
        assertThat(englishOnPage()).as("the NAC decision in Korean").isEmpty();
        shot("verdict-fields-ko");
        openDetail("/ui/decisions?decision=" + t.lic().id());
        assertThat(browser.findElement(By.cssSelector("#decision .would-change"))
                        .getText())
                .startsWith("판정을 바꿀 수 있는 사항")
                .contains("목적국 CN에 대해")
                // the rule's own title in Korean (title.* in rules.ko.yaml), not its English one
                .contains("첨단 컴퓨팅 품목의 국가군 D:5 또는 마카오 수출의 허가 요건")
                .doesNotContain("Advanced-computing");
        assertThat(text("authDetail")).startsWith("검토 건 " + t.lic().caseId()).endsWith("먼저 처리해야 합니다.");
        assertThat(englishOnPage()).as("the license decision in Korean").isEmpty();
        openDetail("/ui/cases?case=" + t.lic().caseId());
        // from the case's codes: the requirement, then the authorization's sentences and why each license on file
        // for CN (none, or another test's) does not cover it, each in Korean
        assertThat(text("openedWhy"))
                .startsWith("허가 필요 (거부 추정): 등록된 허가 중 이 주문에 해당하는 것이 없습니다. ")
                .doesNotContain("license");
        assertThat(browser.findElement(
                                By.cssSelector(".case-row[data-case='" + t.lic().caseId() + "'] .case-why"))
                        .getAttribute("textContent"))
                .isEqualTo(text("openedWhy"));
        assertThat(browser.findElement(By.cssSelector("#caseWhy .would-change")).getText())
                .contains("판정을 바꿀 수 있는 사항");
        assertThat(englishOnPage()).as("the license case in Korean").isEmpty();
        openDetail("/ui/cases?case=" + t.hold().caseId());
        assertThat(text("openedWhy")).isEqualTo("검토 보류: 검토할 명단 일치 후보 1건.");
        assertThat(englishOnPage()).as("the hold case in Korean").isEmpty();
        // a license registered and the case released: the authorization names the license, particle chosen
        String license = "{\"number\":\"D555001\",\"eccns\":[\"3A090\"],\"destination\":\"CN\","
                + "\"parties\":[\"Shenzhen UI-VT Compute Ltd.\"],\"quantityLimit\":4,"
                + "\"validFrom\":\"2020-01-01\",\"validTo\":\"2099-12-31\",\"decisionId\":\""
                + t.lic().id() + "\"}";
        assertThat(server.send("POST", "/v1/licenses", license, server.keys.get(KeyRole.ADMIN))
                        .statusCode())
                .isEqualTo(201);
        assertThat(server.send(
                                "POST",
                                "/v1/cases/" + t.lic().caseId() + "/release",
                                "{\"reason\":\"license D555001 registered\"}",
                                server.keys.get(KeyRole.REVIEWER))
                        .statusCode())
                .isEqualTo(200);
        openDetail("/ui/decisions?decision=" + t.lic().id());
        assertThat(text("authDetail")).isEqualTo("허가 D555001이 이 주문에 해당합니다. 선적을 기록하면 허가 잔량에서 차감됩니다.");
        assertThat(englishOnPage()).as("the licensed decision in Korean").isEmpty();
    }

    /** The day of issue 18 through the UI alone, in one language. */
    private void walkTheDay(String lang) throws Exception {
        boolean ko = lang.equals("ko");
        String tag = "DAY-" + lang.toUpperCase(java.util.Locale.ROOT);
        String license = ko ? "D660021" : "D660011";
        String endUser = "Hangzhou " + (ko ? "Saebyeok" : "Daybreak") + " Cloud Co.";
        String consignee = "Shenzhen " + (ko ? "Haneul" : "Harbour") + " Freight Ltd.";
        String itn = "X" + TODAY.replace("-", "") + "A1B2C3";
        String requesterName = "test-" + KeyRole.REQUESTER;
        String adminName = "test-" + KeyRole.ADMIN;

        // 1. a requester checks an order of two parties and two items, one given by its own figures
        signIn(KeyRole.REQUESTER);
        js("localStorage.setItem('licit.lang', '" + lang + "')");
        browser.get(server.base + "/ui/");
        waitFor(By.id("id")).sendKeys(tag);
        fillH100ToChinaFor(endUser);
        browser.findElement(By.cssSelector("#items .sku")).sendKeys("H100");
        browser.findElement(By.id("addParty")).click();
        WebElement second =
                browser.findElements(By.cssSelector("#parties .party-line")).get(1);
        second.findElement(By.cssSelector(".pname")).sendKeys(consignee);
        new Select(second.findElement(By.cssSelector(".pcountry"))).selectByValue("CN");
        browser.findElement(By.id("addItem")).click();
        WebElement custom =
                browser.findElements(By.cssSelector("#items .item-line")).get(1);
        new Select(custom.findElement(By.cssSelector(".kind"))).selectByValue("chip");
        custom.findElement(By.cssSelector(".sku")).sendKeys("EDGE-1");
        custom.findElement(By.cssSelector(".qty")).sendKeys("4");
        custom.findElement(By.cssSelector(".value")).sendKeys("1200");
        custom.findElement(By.cssSelector(".vendor")).sendKeys("Acme");
        custom.findElement(By.cssSelector(".model")).sendKeys("Edge 1");
        new Select(custom.findElement(By.cssSelector(".precision"))).selectByValue("fp16");
        custom.findElement(By.cssSelector(".dense")).sendKeys("20");
        custom.findElement(By.cssSelector(".die")).sendKeys("300");
        custom.findElement(By.cssSelector(".bandwidth")).sendKeys("300");
        custom.findElement(By.cssSelector(".interconnect")).sendKeys("64");
        browser.findElement(By.id("check")).click();
        WebElement verdict = waitFor(By.cssSelector("#decision .verdict"));
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("LICENSE_REQUIRED");
        List<WebElement> items = browser.findElements(By.cssSelector("#decision .card"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).findElement(By.cssSelector(".would-change")).getText())
                .startsWith(ko ? "판정을 바꿀 수 있는 사항" : "What would change this");
        assertThat(items.get(1).getText()).contains("EDGE-1");
        assertThat(items.get(1).findElement(By.cssSelector(".residual")).getText())
                .contains(ko ? "3A090·4A090에 해당하지 않음" : "Outside 3A090 and 4A090");
        assertThat(browser.findElement(By.id("mayShip")).getAttribute("data-shippable"))
                .isEqualTo("false");
        String caseId = text("caseLink").replaceAll("\\D", "");
        assertThat(caseId).isNotEmpty();
        String recordHref = browser.findElement(By.id("recordLink")).getAttribute("href");
        String decisionId = recordHref.replaceAll(".*/v1/decisions/([^/]+)/record.*", "$1");
        if (ko) {
            assertThat(englishOnPage()).as("the check form's answer in Korean").isEmpty();
        }
        shot("day-" + lang + "-1-checked");
        browser.findElement(By.id("signout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login"));

        // 2. the administrator finds the case in the queue by its filters; the detail shows order and evidence
        signIn(KeyRole.ADMIN);
        browser.get(server.base + "/ui/cases");
        new Select(waitFor(By.id("verdict"))).selectByValue("LICENSE_REQUIRED");
        new Select(browser.findElement(By.id("destination"))).selectByValue("CN");
        assertThat(openTheOnlyCase(tag)).isEqualTo(caseId);
        assertThat(text("orderItems")).contains("H100").contains("EDGE-1").contains("200,000");
        assertThat(text("orderParties")).contains(endUser).contains(consignee);
        assertThat(text("openedWhy")).startsWith(ko ? "허가 필요 (거부 추정)" : "LICENSE_REQUIRED (presumption of denial)");
        assertThat(browser.findElements(By.cssSelector("#caseWhy .item-why"))).hasSize(2);
        assertThat(text("caseWhy")).contains("742.6");
        assertThat(text("coverage"))
                .startsWith(ko ? "아직 이 주문에 해당하는 등록된 허가" : "No registered license or cleared NAC notification");
        shot("day-" + lang + "-2-case");

        // 3. the license BIS granted, registered through the licenses page
        browser.get(server.base + "/ui/licenses");
        waitFor(By.id("number")).sendKeys(license);
        browser.findElement(By.id("eccns")).sendKeys("3A090");
        new Select(browser.findElement(By.id("destination"))).selectByValue("CN");
        browser.findElement(By.id("parties")).sendKeys(endUser + ", " + consignee);
        browser.findElement(By.id("quantity")).sendKeys("16");
        js("document.getElementById('from').value = '2020-01-01'; document.getElementById('to').value = '2099-12-31';");
        browser.findElement(By.id("decisionId")).sendKeys(decisionId);
        browser.findElement(By.cssSelector("#register button.primary")).click();
        waitFor(By.cssSelector("#licenseTable tr[data-license='" + license + "']"));
        assertThat(text("err")).isEmpty();

        // 4. the case says the license covers it and offers release; release after the confirmation
        browser.get(server.base + "/ui/cases?case=" + caseId);
        untilTrue("const d = document.getElementById('detail'); return d.dataset.case === '" + caseId + "';");
        assertThat(text("coverage"))
                .isEqualTo(
                        ko
                                ? "이제 허가 " + license + "에 따라 이 주문을 수출할 수 있습니다. 모든 명단 일치를 검토한 뒤 출하를 승인하십시오."
                                : "License " + license
                                        + " now covers this order: once every match is reviewed you may release the case.");
        waitFor(By.id("closeReason")).sendKeys("license " + license + " registered");
        browser.findElement(By.id("release")).click();
        assertThat(waitFor(By.id("confirmTitle")).getText()).contains(caseId);
        browser.findElement(By.id("confirmYes")).click();
        untilTrue("const e = document.getElementById('caseStatus'); return !!e && e.dataset.status === 'RELEASED';");
        if (ko) {
            assertThat(englishOnPage()).as("the released case in Korean").isEmpty();
        }
        shot("day-" + lang + "-4-released");

        // 5. a partial shipment with its ITN, from the decisions page, which finds the decision
        browser.get(server.base + "/ui/decisions");
        waitFor(By.id("qOrder")).sendKeys(tag);
        browser.findElement(By.id("find")).click();
        untilTrue("const rows = document.querySelectorAll('#results tr.result');"
                + " return rows.length === 1 && rows[0].dataset.order === '" + tag + "';");
        browser.findElement(By.cssSelector("#results button.open")).click();
        WebElement h100 = waitFor(By.id("shipLine-0"));
        assertThat(text("authDetail"))
                .isEqualTo(
                        ko
                                ? "허가 " + license + "이 이 주문에 해당합니다. 선적을 기록하면 허가 잔량에서 차감됩니다."
                                : "license " + license + " covers the order; recording the shipment draws it down");
        h100.clear();
        h100.sendKeys("3");
        WebElement edge = browser.findElement(By.id("shipLine-1"));
        edge.clear();
        edge.sendKeys("0");
        browser.findElement(By.id("shipItn")).sendKeys(itn);
        browser.findElement(By.id("shipButton")).click();
        untilTrue("return document.querySelectorAll('#shipmentTable tr.shipment').length === 1;");
        assertThat(text("shipmentTable")).contains("H100 × 3").contains(itn).contains(license + " (3)");
        assertThat(waitFor(By.id("shipLine-0")).getAttribute("value")).isEqualTo("5");
        // the search exported as CSV, with the page's own session
        Object csv = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch(document.getElementById('csv').href).then(r => r.text()).then(done);");
        assertThat(csv.toString())
                .startsWith("decisionId,decidedAt,orderId")
                .contains(decisionId + ",")
                .contains(tag);
        if (ko) {
            assertThat(englishOnPage())
                    .as("the decision and its shipment in Korean")
                    .isEmpty();
        }
        shot("day-" + lang + "-5-shipped");
        String record = browser.findElement(By.id("recordLink")).getAttribute("href");

        // 6. the audit page shows each action with the name of the key's holder
        browser.get(server.base + "/ui/audit");
        untilTrue("return document.querySelectorAll('#auditRows tr.audit-row').length > 0;");
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>)
                js(
                        "return [...document.querySelectorAll('#auditRows tr.audit-row')]"
                                + ".map(r => r.children[3].textContent + ' | ' + r.children[4].textContent + ' | ' + r.children[2].textContent);");
        assertThat(rows)
                .anyMatch(
                        r -> r.startsWith("decision | " + decisionId + " | ") && r.endsWith("(" + requesterName + ")"))
                .anyMatch(
                        r -> r.startsWith("case.release | case:" + caseId + " | ") && r.endsWith("(" + adminName + ")"))
                .anyMatch(r -> r.startsWith("license.registered | ") && r.endsWith("(" + adminName + ")"))
                .anyMatch(r -> r.startsWith("shipment | " + decisionId + " | ") && r.endsWith("(" + adminName + ")"));
        if (ko) {
            assertThat(englishOnPage()).as("the audit page in Korean").isEmpty();
        }
        shot("day-" + lang + "-6-audit");

        // 7. the decision's record opens as HTML, in the page's language
        browser.get(record);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(ko ? "수출 판정 기록" : "Export decision record");
        assertThat(browser.getPageSource())
                .contains(tag)
                .contains(itn)
                .contains(license)
                .contains(requesterName)
                // the case's kind and status in words, as the UI says them (status.*, kind.*), never as codes
                .contains(ko ? ": 주문 판정, 출하 승인됨. " : ": Order decision, Released. ")
                .doesNotContain("DECISION, RELEASED");
        shot("day-" + lang + "-7-record");
    }

    @Test
    void theDayWalkedThroughTheUiInEnglish() throws Exception {
        walkTheDay("en");
    }

    @Test
    void theDayWalkedThroughTheUiInKorean() throws Exception {
        walkTheDay("ko");
    }
}
