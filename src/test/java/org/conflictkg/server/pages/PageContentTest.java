package org.conflictkg.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.conflictkg.server.KgServer;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the pages show on the corpus graph, checked against the graph itself (asked over SPARQL) and against
 * claims read off the corpus by hand.
 */
class PageContentTest {

    private static final String CK = "PREFIX ck: <https://w3id.org/conflict-kg/ontology#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
            + "PREFIX schema: <http://schema.org/> ";
    private static final String RUSSIA = "https://w3id.org/conflict-kg/id/entity/russia";

    private static KgServer server;
    private static PagesHttp http;

    @BeforeAll
    static void startServer() {
        server = KgServer.builder().database(CorpusGraph.database()).port(0).build().start();
        http = new PagesHttp(server);
    }

    @AfterAll
    static void stopServer() {
        TestServers.stop(server);
    }

    @Test
    void theEntityPageShowsItsNamesWikidataAndEveryClaimAboutItOnce() {
        String page = http.get("/page/entity/russia").body();

        assertTrue(page.contains("<h1>Russia</h1>"));
        assertTrue(page.contains("Russian Federation"), "alias");
        assertTrue(page.contains("href=\"https://www.wikidata.org/wiki/Q159\""), "Wikidata item");
        // One card per claim and role, quote claims listed as quotes instead.
        int expected = http.select(CK + "SELECT DISTINCT ?claim ?role { VALUES ?role { ck:subject ck:object } "
                + "?claim ?role <" + RUSSIA + "> ; ck:relation ?relation FILTER (?relation != ck:quote) }").size();
        assertEquals(expected, count(page, "<article class=\"claim"));
        assertTrue(expected > 10, "the corpus has many claims about Russia");
    }

    @Test
    void aNegativeClaimCarriesTheNotBadgeOnItsSubjectsPageAndItsSpanIsMarkedNegative() {
        QuerySolution negative = claim("ck:polarity ck:Negative ; ck:object ?object");
        String subject = negative.getResource("subject").getURI();
        String claimPage = page(negative.getResource("claim").getURI());

        String card = cardLinkingTo(http.get(page(subject)).body(), claimPage);

        assertTrue(card.contains("<span class=\"badge not\""), card);
        assertTrue(card.contains("href=\"/page/ontology#" + negative.getResource("relation").getLocalName() + "\""), card);
        assertTrue(card.contains("href=\"" + page(negative.getResource("object").getURI()) + "\""), card);
        assertTrue(card.contains("class=\"mark claim negative\""), card);
    }

    @Test
    void theClaimPageShowsItsEvidenceSentenceRuleAndSource() {
        QuerySolution claim = claim("ck:statedIn/nif:anchorOf ?sentenceText ; ck:evidenceText ?evidence ; "
                + "ck:extractor ?extractor ; ck:extractorVersion ?version ; ck:confidence ?confidence ; "
                + "ck:inArticle/schema:headline ?headline");

        String page = http.get(page(claim.getResource("claim").getURI())).body();
        String text = text(page);

        assertTrue(text.contains(claim.getLiteral("sentenceText").getLexicalForm()), "the whole sentence");
        assertTrue(page.contains(">" + escape(claim.getLiteral("evidence").getLexicalForm()) + "</a>"), "the span, marked");
        assertTrue(text.contains(claim.getLiteral("extractor").getLexicalForm()));
        assertTrue(text.contains("version " + claim.getLiteral("version").getLexicalForm()));
        assertTrue(text.contains(claim.getLiteral("confidence").getLexicalForm()));
        assertTrue(text.contains(claim.getLiteral("headline").getLexicalForm()));
        assertTrue(text.contains("Contradicting claims"));
    }

    @Test
    void theArticlePageMarksEachOfItsClaimsAndQuotationsInItsText() {
        String article = "https://w3id.org/conflict-kg/id/article/004_5ad66889d93a5044";
        Set<String> claims = iris(http.select(CK + "SELECT ?x { ?x a ck:Claim ; ck:inArticle <" + article + "> ; "
                + "ck:relation ?r ; nif:beginIndex ?b FILTER (?r != ck:quote) }"));
        Set<String> quotes = iris(http.select(CK + "SELECT ?x { ?x a schema:Quotation ; ck:inArticle <" + article + "> }"));

        String page = http.get("/page/article/004_5ad66889d93a5044").body();
        String text = page.substring(page.indexOf("<div class=\"article-text\">"), page.indexOf("<aside>"));

        assertEquals(pages(claims), marked(text, "claim"));
        assertEquals(pages(quotes), marked(text, "quote"));
    }

    @Test
    void theSentencePageLinksItsNeighboursAndArticle() {
        String page = http.get("/page/article/004_5ad66889d93a5044/sentence/2").body();

        assertTrue(page.contains("href=\"/page/article/004_5ad66889d93a5044/sentence/1\""));
        assertTrue(page.contains("href=\"/page/article/004_5ad66889d93a5044/sentence/3\""));
        assertTrue(page.contains("href=\"/page/article/004_5ad66889d93a5044\""));
    }

    @Test
    void theTimelineIsInDateOrderAndAnEntitysHoldsOnlyWhatConcernsIt() {
        List<String> all = dates(http.get("/timeline").body());
        String russiaPage = http.get("/timeline?entity=" + URLEncoder.encode(RUSSIA, StandardCharsets.UTF_8)).body();
        List<String> russia = dates(russiaPage);
        QuerySolution dated = http.select(CK + "SELECT ?claim ?date { ?claim ck:subject <" + RUSSIA + "> ; "
                + "ck:timeStart ?date } ORDER BY ?claim LIMIT 1").get(0);
        QuerySolution event = http.select(CK + "SELECT ?event ?date { ?claim ck:subject <" + RUSSIA + "> ; "
                + "ck:object ?event . ?event ck:startDate ?date } ORDER BY ?event LIMIT 1").get(0);

        assertEquals(all.stream().sorted().toList(), all);
        assertEquals(russia.stream().sorted().toList(), russia);
        assertTrue(russia.size() < all.size());
        assertTrue(russiaPage.contains("href=\"" + page(dated.getResource("claim").getURI()) + "\""), russiaPage);
        assertTrue(russia.contains(dated.getLiteral("date").getLexicalForm()), russia.toString());
        assertTrue(russiaPage.contains("href=\"" + page(event.getResource("event").getURI()) + "\""), "the event of a claim");
        assertTrue(russia.contains(event.getLiteral("date").getLexicalForm()), russia.toString());
    }

    @Test
    void theTimelineIsPagedInTheQueryAndThePagesJoinUp() {
        String first = http.get("/timeline?size=10").body();
        String second = http.get("/timeline?size=10&page=2").body();
        List<String> twenty = dates(http.get("/timeline?size=20").body());
        int dated = http.select(CK + "SELECT DISTINCT ?x { { ?x a ck:Claim ; ck:timeStart ?d } UNION { ?x ck:startDate ?d } }").size();

        assertTrue(dated > 20, "the corpus graph has more than two pages of dated items: " + dated);
        assertEquals(10, dates(first).size());
        assertEquals(twenty, java.util.stream.Stream.concat(dates(first).stream(), dates(second).stream()).toList());
        assertTrue(first.contains("rel=\"next\" href=\"/timeline?size=10&amp;page=2\""), first);
        assertTrue(second.contains("rel=\"prev\" href=\"/timeline?size=10&amp;page=1\""), second);
        // the whole timeline, page after page, holds every dated item once
        assertEquals(dated, dates(http.get("/timeline?size=1000").body()).size());
        String past = http.get("/timeline?page=9999").body();
        assertTrue(past.contains("Nothing dated."), past);
        assertFalse(past.contains("rel=\"next\""), past);
    }

    @Test
    void searchFindsPeopleByNameAndSentencesByTheirWords() {
        String byName = http.get("/search?q=Putin").body();
        String byWords = http.get("/search?q=border+guards").body();

        assertTrue(byName.contains("href=\"/page/entity/vladimir-putin\""), byName);
        assertTrue(byWords.contains("<mark class=\"hit\">border</mark>"), byWords);
        assertTrue(byWords.contains("<mark class=\"hit\">guards</mark>"), byWords);
    }

    @Test
    void theHomePageCountsWhatTheGraphHoldsAndOpensTheExampleQueriesInTheUi() {
        String page = http.get("/browse").body();
        int articles = http.select(CK + "SELECT ?x { ?x a ck:Article }").size();
        int claims = http.select(CK + "SELECT ?x { ?x a ck:Claim }").size();

        assertTrue(page.contains("<strong>" + articles + "</strong> articles"), page);
        assertTrue(page.contains("<strong>" + claims + "</strong> claims"), page);
        assertTrue(page.contains("href=\"/#/dataset/kg/query?query=%23%20Who%20is%20a%20member%20of%20the%20CSTO"), page);
    }

    @Test
    void theListsNameTheirMembers() {
        assertTrue(http.get("/browse/actors").body().contains("href=\"/page/entity/russia\""));
        assertTrue(http.get("/browse/places").body().contains("href=\"/page/entity/nagorno-karabakh\""));
        assertTrue(http.get("/browse/articles").body().contains("href=\"/page/article/004_5ad66889d93a5044\""));
    }

    /** The first claim (by IRI) that matches {@code pattern}, with its {@code ?subject} and {@code ?relation}. */
    private static QuerySolution claim(String pattern) {
        List<QuerySolution> claims = http.select(CK + "SELECT * { ?claim ck:subject ?subject ; ck:relation ?relation ; "
                + pattern + " } ORDER BY ?claim LIMIT 1");
        assertEquals(1, claims.size(), "the corpus graph has a claim with " + pattern);
        return claims.get(0);
    }

    /** The claim card on an entity page that links to the claim page {@code href}. */
    private static String cardLinkingTo(String page, String href) {
        for (String card : page.split("<article class=\"claim"))
            if (card.contains("href=\"" + href + "\""))
                return card.substring(0, card.indexOf("</article>"));
        throw new AssertionError("no claim card links to " + href + " in\n" + page);
    }

    /** The page of a resource of the graph. */
    private static String page(String iri) {
        return "/page/" + iri.substring((UrlSpace.DEFAULT_BASE + "id/").length());
    }

    private static Set<String> marked(String html, String kind) {
        Set<String> hrefs = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<a class=\"mark " + kind + "[^\"]*\" href=\"([^\"]+)\"").matcher(html);
        while (m.find())
            hrefs.add(m.group(1));
        return hrefs;
    }

    private static Set<String> pages(Set<String> iris) {
        Set<String> paths = new LinkedHashSet<>();
        iris.forEach(iri -> paths.add(page(iri)));
        return paths;
    }

    private static Set<String> iris(List<QuerySolution> rows) {
        Set<String> iris = new LinkedHashSet<>();
        rows.forEach(row -> iris.add(row.getResource("x").getURI()));
        return iris;
    }

    private static List<String> dates(String html) {
        List<String> dates = new ArrayList<>();
        Matcher m = Pattern.compile("<span class=\"date\">([0-9-]+)").matcher(html);
        while (m.find())
            dates.add(m.group(1));
        return dates;
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    /** The text of HTML: tags removed, the entities FreeMarker writes decoded. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
