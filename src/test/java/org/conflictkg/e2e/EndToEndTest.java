package org.conflictkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.conflictkg.server.KgServer;
import org.conflictkg.testing.CorpusGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole product on the real corpus: the corpus is built into a temporary TDB2 database, Fuseki
 * serves it on a free port, and the answers come back over real HTTP.
 */
class EndToEndTest {

    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = KgServer.builder().database(CorpusGraph.database()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void buildReportsEveryArticleAndTheCopy() {
        var report = CorpusGraph.report();
        assertEquals(5, report.articles());
        assertEquals(1, report.duplicates(), "000 is the PDF print of 001");
        assertTrue(report.claims() > 40, "claims: " + report.claims());
        assertTrue(report.problems().isEmpty(), "problems: " + report.problems());
    }

    @Test
    void whoIsAMemberOfTheCstoAccordingToWhichArticleOverHttp() throws Exception {
        String query = """
                PREFIX ck: <https://w3id.org/conflict-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?member ?polarity ?article WHERE {
                  ?c ck:relation ck:memberOf ; ck:object <https://w3id.org/conflict-kg/id/entity/csto> ;
                     ck:subject ?s ; ck:polarity ?polarity ; ck:inArticle ?article .
                  ?s rdfs:label ?member .
                }""";
        Set<String> rows = new HashSet<>();
        ResultSet rs = select(query);
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            rows.add(row.getLiteral("member").getString() + " " + row.getResource("polarity").getLocalName() + " "
                    + row.getResource("article").getURI().replaceAll(".*/", ""));
        }
        // Read off the articles: 001, 002 and 004 say Armenia is a member; 001 and 004 that
        // Azerbaijan is not; 004 that the breakaway republic is not.
        assertTrue(rows.contains("Armenia Positive 001_082d920b4783cabf"), rows.toString());
        assertTrue(rows.contains("Armenia Positive 002_2ecefcf343914f7a"), rows.toString());
        assertTrue(rows.contains("Armenia Positive 004_5ad66889d93a5044"), rows.toString());
        assertTrue(rows.contains("Azerbaijan Negative 001_082d920b4783cabf"), rows.toString());
        assertTrue(rows.contains("Azerbaijan Negative 004_5ad66889d93a5044"), rows.toString());
        assertTrue(rows.contains("Republic of Artsakh Negative 004_5ad66889d93a5044"), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("000_036493852d6da243")), "the copy has no claims: " + rows);
    }

    @Test
    void plainTriplesAnswerSimpleQueriesOverTheUnionGraph() throws Exception {
        String query = """
                PREFIX ck: <https://w3id.org/conflict-kg/ontology#>
                ASK { <https://w3id.org/conflict-kg/id/entity/turkey> ck:supports <https://w3id.org/conflict-kg/id/entity/azerbaijan> }""";
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void negatedClaimsNeverAppearAsPlainTriples() throws Exception {
        String query = """
                PREFIX ck: <https://w3id.org/conflict-kg/ontology#>
                SELECT ?s ?p ?o WHERE {
                  ?c ck:polarity ck:Negative ; ck:subject ?s ; ck:relation ?p ; ck:object ?o .
                  ?s ?p ?o .
                  FILTER NOT EXISTS { ?pos ck:polarity ck:Positive ; ck:subject ?s ; ck:relation ?p ; ck:object ?o }
                }""";
        assertEquals(0, count(select(query)));
        String negatives = "PREFIX ck: <https://w3id.org/conflict-kg/ontology#> SELECT ?c WHERE { ?c ck:polarity ck:Negative }";
        assertTrue(count(select(negatives)) >= 5, "the corpus states at least five negated claims");
    }

    @Test
    void everyClaimIsTraceableToArticleSentenceSpanAndRule() throws Exception {
        String query = """
                PREFIX ck: <https://w3id.org/conflict-kg/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?c WHERE { ?c a ck:Claim .
                  FILTER NOT EXISTS { ?c ck:inArticle ?a ; ck:statedIn ?s ; nif:beginIndex ?b ; nif:endIndex ?e ;
                                        ck:sourceBeginIndex ?sb ; ck:sourceEndIndex ?se ; ck:extractor ?x ;
                                        ck:extractorVersion ?v ; ck:confidence ?conf } }""";
        assertEquals(0, count(select(query)));
    }

    @Test
    void theFusekiUiIsServed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    private static ResultSet select(String query) throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(ResultSet rs) {
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + path)).header("Accept", accept).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
