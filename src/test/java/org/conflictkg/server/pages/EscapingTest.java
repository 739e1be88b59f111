package org.conflictkg.server.pages;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictkg.Pipeline;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.SharedNlp;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose text and metadata hold markup and script, built by the real pipeline and served: every
 * page shows it as text, never as markup, and no link goes to a {@code javascript:} URL.
 */
class EscapingTest {

    private static final String ARTICLE = String.join("\n",
            "---",
            "url: javascript:alert(1)",
            "title: \"<b>Bold</b> words & <script>alert('headline')</script>\"",
            "outlet: The <i>Markup</i> Gazette",
            "published: 2021-03-04",
            "---",
            "Turkey supports Azerbaijan <script>alert(1)</script> in every talk, a <b>loud</b> official said on Monday.",
            "",
            "\"We want <em>calm</em> <script>alert(2)</script> on the border,\" Vladimir Putin said in Moscow.",
            "",
            "Armenia is a member of the CSTO, the <img src=x onerror=alert(3)> alliance led from Moscow.",
            "");

    @TempDir
    static Path tmp;
    private static KgServer server;
    private static PagesHttp http;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("markup-article.txt"), ARTICLE, UTF_8);
        Pipeline.BuildReport report = Pipeline.builder().nlp(SharedNlp.nlp()).registry(SharedNlp.registry()).build()
                .build(corpus, KgStore.open(tmp.resolve("db")));
        assertEquals(1, report.articles(), report.problems().toString());
        server = KgServer.builder().database(tmp.resolve("db")).port(0).build().start();
        http = new PagesHttp(server);
    }

    @AfterAll
    static void stopServer() {
        TestServers.stop(server);
    }

    @Test
    void theArticlePageShowsTheMarkupAsText() {
        String page = http.get("/page/article/markup-article").body();

        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("&lt;b&gt;loud&lt;/b&gt;"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(3)&gt;"), page);
        assertTrue(page.contains("<title>&lt;b&gt;Bold&lt;/b&gt; words &amp; &lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt; · conflict-kg</title>"), page);
        assertTrue(page.contains("The &lt;i&gt;Markup&lt;/i&gt; Gazette"), page);
        assertClean(page);
    }

    @Test
    void aUrlOfAnotherSchemeIsShownButNeverLinked() {
        String page = http.get("/page/article/markup-article").body();

        assertTrue(page.contains("javascript:alert(1)"), "the URL is shown as text");
        assertFalse(page.contains("href=\"javascript:"), page);
    }

    @Test
    void everyPageWithinTwoLinksOfTheArticleIsClean() {
        Set<String> pages = new LinkedHashSet<>(List.of("/page/article/markup-article"));
        for (String path : List.copyOf(pages))
            pages.addAll(links(http.get(path).body()));
        for (String path : List.copyOf(pages))
            pages.addAll(links(http.get(path).body()));
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("/page/claim/markup-article/")), "its claims: " + pages);
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("/page/quote/markup-article/")), "its quotations: " + pages);
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("/page/article/markup-article/sentence/")), "its sentences: " + pages);
        for (String path : pages) {
            HttpResponse<String> response = http.get(path);
            assertEquals(200, response.statusCode(), path);
            assertClean(response.body());
        }
    }

    @Test
    void searchesAndTimelinesEchoWhatWasTypedAsText() {
        String search = http.get("/search?q=" + URLEncoder.encode("<script>alert(4)</script>", UTF_8)).body();
        String timeline = http.get("/timeline").body();

        assertTrue(search.contains("&lt;script&gt;alert(4)&lt;/script&gt;"), search);
        assertClean(search);
        assertClean(timeline);
    }

    @Test
    void pagesForbidScriptsOutright() {
        HttpResponse<String> response = http.get("/page/article/markup-article");

        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.startsWith("default-src 'none'"), policy);
        assertFalse(policy.contains("script-src"), policy);
    }

    private static void assertClean(String html) {
        for (String raw : List.of("<script", "<b>", "<i>", "<em>", "<img"))
            assertFalse(html.contains(raw), "raw " + raw + " in:\n" + html);
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(/page/[^\"#]+)\"").matcher(html);
        while (m.find())
            links.add(m.group(1));
        return links;
    }
}
