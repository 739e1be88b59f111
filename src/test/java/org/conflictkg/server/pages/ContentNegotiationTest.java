package org.conflictkg.server.pages;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.CK;
import org.conflictkg.server.KgServer;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dereferencing on the corpus graph, over HTTP: things answer 303 to the document the Accept header or a
 * suffix asks for, documents answer 200 in their format and name their alternates in Link headers.
 */
class ContentNegotiationTest {

    private static final String RUSSIA = "https://w3id.org/conflict-kg/id/entity/russia";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html                                         | /page/entity/russia",
            "text/turtle                                       | /data/entity/russia.ttl",
            "application/ld+json                               | /data/entity/russia.jsonld",
            "application/n-triples                             | /data/entity/russia.nt",
            "application/rdf+xml                               | /data/entity/russia.rdf",
            "*/*                                               | /page/entity/russia",
            "image/png                                         | /page/entity/russia",
            "text/turtle;q=0.5, application/ld+json            | /data/entity/russia.jsonld",
            "application/rdf+xml;q=0.9, text/html;q=0.1        | /data/entity/russia.rdf",
            "text/*                                            | /page/entity/russia"})
    void aThingAnswersSeeOtherToTheDocumentTheAcceptHeaderPrefers(String accept, String location) {
        HttpResponse<String> response = http.get("/id/entity/russia", accept);

        assertEquals(303, response.statusCode());
        assertEquals(location, response.headers().firstValue("Location").map(ContentNegotiationTest::path).orElse(null));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(null));
    }

    @Test
    void aBrowserIsSentToThePage() {
        HttpResponse<String> response = http.get("/id/entity/russia", BROWSER_ACCEPT);

        assertEquals(303, response.statusCode());
        assertEquals("/page/entity/russia", path(response.headers().firstValue("Location").orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource({"ttl, /data/entity/russia.ttl", "jsonld, /data/entity/russia.jsonld", "nt, /data/entity/russia.nt",
            "rdf, /data/entity/russia.rdf", "html, /page/entity/russia"})
    void aSuffixOnTheThingChoosesTheDocumentWhateverTheAcceptHeader(String suffix, String location) {
        HttpResponse<String> response = http.get("/id/entity/russia." + suffix, "application/ld+json");

        assertEquals(303, response.statusCode());
        assertEquals(location, path(response.headers().firstValue("Location").orElseThrow()));
    }

    @ParameterizedTest
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML"})
    void eachRdfDocumentIsInItsFormatAndDescribesTheThing(Representation format) {
        HttpResponse<String> response = http.get("/data/entity/russia." + format.suffix(), "text/html");

        assertEquals(200, response.statusCode());
        assertEquals(format.mediaType(), mediaType(response));
        Graph graph = parse(response.body(), format.lang());
        assertTrue(graph.contains(Triple.create(NodeFactory.createURI(RUSSIA), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Russia", "en"))), response.body());
        assertTrue(graph.contains(null, CK.subject.asNode(), NodeFactory.createURI(RUSSIA)), "claims about Russia point at it");
    }

    @ParameterizedTest
    @EnumSource(value = Representation.class, names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML"})
    void aDataDocumentWithoutSuffixIsNegotiatedAndNamesTheDocumentChosen(Representation format) {
        HttpResponse<String> response = http.get("/data/entity/russia", format.mediaType());

        assertEquals(200, response.statusCode());
        assertEquals(format.mediaType(), mediaType(response));
        assertEquals("/data/entity/russia." + format.suffix(), response.headers().firstValue("Content-Location").orElse(null));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(null));
        parse(response.body(), format.lang());
    }

    @Test
    void aDataDocumentAskedForHtmlIsTurtle() {
        HttpResponse<String> response = http.get("/data/entity/russia", BROWSER_ACCEPT);

        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", mediaType(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page/entity/russia", "/page/entity/russia.html"})
    void thePageIsHtmlAndNamesItsFourRdfAlternates(String path) {
        HttpResponse<String> response = http.get(path, "application/ld+json");

        assertEquals(200, response.statusCode());
        assertEquals("text/html", mediaType(response));
        assertEquals(Set.of(
                "</data/entity/russia.ttl>; rel=\"alternate\"; type=\"text/turtle\"",
                "</data/entity/russia.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"",
                "</data/entity/russia.nt>; rel=\"alternate\"; type=\"application/n-triples\"",
                "</data/entity/russia.rdf>; rel=\"alternate\"; type=\"application/rdf+xml\""), links(response));
    }

    @Test
    void anRdfDocumentNamesThePageAndTheOtherFormats() {
        HttpResponse<String> response = http.get("/data/entity/russia.nt", "*/*");

        assertEquals(Set.of(
                "</page/entity/russia>; rel=\"alternate\"; type=\"text/html\"",
                "</data/entity/russia.ttl>; rel=\"alternate\"; type=\"text/turtle\"",
                "</data/entity/russia.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"",
                "</data/entity/russia.rdf>; rel=\"alternate\"; type=\"application/rdf+xml\""), links(response));
    }

    @Test
    void everyKindOfResourceTheGraphMintsDereferences() {
        List<String> iris = List.of(
                http.firstIri("SELECT ?x { ?x a <" + CK.Article.getURI() + "> } ORDER BY ?x LIMIT 1"),
                http.firstIri("SELECT ?x { ?x <" + CK.sentenceIndex.getURI() + "> ?n FILTER(?n = 3) } ORDER BY ?x LIMIT 1"),
                http.firstIri("SELECT ?x { ?x a <" + CK.Claim.getURI() + "> } ORDER BY ?x LIMIT 1"),
                http.firstIri("SELECT ?x { ?x a <http://schema.org/Quotation> } ORDER BY ?x LIMIT 1"),
                http.firstIri("SELECT ?x { ?x <" + CK.startDate.getURI() + "> ?d } ORDER BY ?x LIMIT 1"),
                RUSSIA);
        for (String iri : iris) {
            String thing = "/" + iri.substring(UrlSpace.DEFAULT_BASE.length());
            HttpResponse<String> seeOther = http.get(thing, "text/html");
            assertEquals(303, seeOther.statusCode(), thing);
            String page = path(seeOther.headers().firstValue("Location").orElseThrow());
            assertEquals(thing.replaceFirst("^/id/", "/page/"), page);
            HttpResponse<String> html = http.get(page);
            assertEquals(200, html.statusCode(), page);
            assertTrue(html.body().contains("<code>" + iri + "</code>"), page + " shows its IRI");
            HttpResponse<String> turtle = http.get(thing.replaceFirst("^/id/", "/data/") + ".ttl", "text/turtle");
            assertTrue(parse(turtle.body(), Lang.TURTLE).contains(NodeFactory.createURI(iri), null, null), thing);
        }
    }

    @Test
    void theOntologyDereferencesToItsPageAndItsTerms() {
        HttpResponse<String> seeOther = http.get("/ontology", BROWSER_ACCEPT);
        assertEquals(303, seeOther.statusCode());
        assertEquals("/page/ontology", path(seeOther.headers().firstValue("Location").orElseThrow()));
        assertEquals("/data/ontology.ttl", path(http.get("/ontology", "text/turtle").headers().firstValue("Location").orElseThrow()));

        HttpResponse<String> page = http.get("/page/ontology");
        assertTrue(page.body().contains("<dt id=\"memberOf\"><a href=\"#memberOf\">member of</a>"), page.body());

        Graph ontology = parse(http.get("/data/ontology.ttl", "text/turtle").body(), Lang.TURTLE);
        assertTrue(ontology.contains(CK.memberOf.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralLang("member of", "en")));
    }

    private static Set<String> links(HttpResponse<String> response) {
        return response.headers().allValues("Link").stream()
                .flatMap(header -> Arrays.stream(header.split(",\\s*(?=<)")))
                .collect(Collectors.toSet());
    }

    private static String mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "").strip();
    }

    /** The path of a Location: relative, or absolute on this server. */
    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(UTF_8))).lang(lang)
                .base("http://localhost/").parse(graph);
        assertTrue(graph.size() > 0, "nothing parsed as " + lang.getName() + ": " + body);
        return graph;
    }
}
