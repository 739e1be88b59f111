package org.conflictkg.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QuerySolution;
import org.conflictkg.server.KgServer;
import org.conflictkg.testing.CorpusGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in a real browser: headless Chromium, driven by Selenium through Debian's chromedriver, follows
 * links from the home page to Russia and on to one of its claims, and finds the evidence sentence there.
 * Screenshots of the pages go to {@code target/screenshots/}. Skipped only when Chromium is not installed
 * ({@code .ci/run} installs it).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path profile;
    private static KgServer server;
    private static PagesHttp http;
    private static ChromeDriverService driverService;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        server = KgServer.builder().database(CorpusGraph.database()).port(0).build().start();
        http = new PagesHttp(server);
        driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1600", "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(driverService, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (driverService != null)
            driverService.stop();
        if (server != null) {
            server.stop();
            ARQ.getContext().remove(ARQ.httpServiceAllowed);
        }
    }

    @Test
    void fromTheHomePageToRussiaToAClaimAndItsEvidence() throws IOException {
        browser.get(http.root() + "/browse");
        assertEquals("Home · conflict-kg", browser.getTitle());
        screenshot("home.png");

        browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("Actors")).click();
        browser.findElement(By.linkText("Russia")).click();
        assertEquals("Russia", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("article.claim")).isEmpty(), "Russia's page lists claims");
        screenshot("entity.png");

        browser.findElement(By.cssSelector("article.claim a.more")).click();
        assertTrue(browser.getCurrentUrl().startsWith(http.root() + "/page/claim/"), browser.getCurrentUrl());
        WebElement evidence = browser.findElement(By.cssSelector("blockquote.evidence"));
        List<WebElement> marks = evidence.findElements(By.cssSelector("a.mark"));
        assertFalse(marks.isEmpty(), "the claimed span is marked");
        assertTrue(marks.get(0).isDisplayed());

        String claim = UrlSpace.DEFAULT_BASE + "id/" + browser.getCurrentUrl().substring((http.root() + "/page/").length());
        QuerySolution expected = http.select("PREFIX ck: <https://w3id.org/conflict-kg/ontology#> "
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "SELECT ?sentence ?evidence { <" + claim + "> ck:statedIn/nif:anchorOf ?sentence ; ck:evidenceText ?evidence }").get(0);
        assertEquals(normalise(expected.getLiteral("sentence").getLexicalForm()), normalise(evidence.getText()));
        assertEquals(normalise(expected.getLiteral("evidence").getLexicalForm()), normalise(marks.get(0).getText()));
        screenshot("claim.png");
    }

    /** Text as a browser renders it: runs of white space as one space. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
