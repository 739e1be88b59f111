package org.conflictkg.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits a query meets on the real server: the configured timeout, the cap on results, and a parse
 * error for a malformed query. The server runs the project's configuration with only its timeout
 * shortened, over a store of {@value #TRIPLES} triples, whose cross products are as large as wanted.
 */
class QueryLimitsTest {

    private static final int TRIPLES = 200;
    private static final String PRODUCTION_TIMEOUT = "\"30000,60000\"";
    /** Half a second to the first result: the cut comes quickly, and no query of the tests needs more. */
    private static final String SHORT_TIMEOUT = "\"500,10000\"";
    private static final String TSV = "text/tab-separated-values";

    @TempDir
    static Path tmp;
    private static KgServer server;
    private static SparqlHttp http;

    @BeforeAll
    static void startServer() throws IOException {
        Node graph = NodeFactory.createURI("https://w3id.org/conflict-kg/graph/article/test");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        // A store of its own: TDB2 shares one dataset object, and so one context, per location, and this
        // server's short timeout must not reach the servers of other tests.
        KgStore.open(tmp.resolve("db")).rebuild(stream -> IntStream.range(0, TRIPLES).forEach(i -> stream.quad(
                Quad.create(graph, NodeFactory.createURI("https://w3id.org/conflict-kg/id/entity/e" + i), label,
                        NodeFactory.createLiteralString("entity " + i)))));
        String config = Files.readString(KgServer.DEFAULT_CONFIG, UTF_8);
        assertEquals(1, config.split(PRODUCTION_TIMEOUT, -1).length - 1, "the timeout occurs once in the configuration");
        Path shortTimeout = Files.writeString(tmp.resolve("short-timeout.ttl"), config.replace(PRODUCTION_TIMEOUT, SHORT_TIMEOUT));
        server = KgServer.builder().database(tmp.resolve("db")).config(shortTimeout).port(0).build().start();
        http = new SparqlHttp(server);
    }

    @AfterAll
    static void stopServer() {
        TestServers.stop(server);
    }

    @Test
    void anExpensiveQueryIsCutByTheTimeoutAndTheServerGoesOnServing() {
        // 200^4 = 1.6 billion combinations to count before the first (and only) result.
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

        long start = System.nanoTime();
        var cut = http.send(http.query(crossProduct, TSV));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(503, cut.statusCode(), cut.body());
        assertTrue(seconds < 5, "cut after " + seconds + " s");
        var next = http.send(http.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", TSV));
        assertEquals(200, next.statusCode());
        assertEquals(String.valueOf(TRIPLES), next.body().lines().skip(1).findFirst().orElse("").strip());
    }

    @Test
    void aQueryAskingForMoreThanTheCapGetsTheCapAndIsToldSo() {
        // 200 x 200 = 40,000 solutions, more than the configured cap.
        for (String query : new String[] {"SELECT * { ?a ?b ?c . ?d ?e ?f }", "SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 30000"}) {
            var response = http.send(http.query(query, TSV));

            assertEquals(200, response.statusCode(), query);
            Optional<String> cap = response.headers().firstValue(CappedQueryService.CAPPED_HEADER);
            assertTrue(cap.isPresent(), query + ": no " + CappedQueryService.CAPPED_HEADER + " header");
            long rows = response.body().lines().count() - 1;
            assertEquals(Long.parseLong(cap.get()), rows, query);
            assertTrue(rows > 0 && rows < TRIPLES * TRIPLES, query + " gave " + rows + " rows");
        }
    }

    @Test
    void aQueryWithinTheCapIsAnsweredInFullWithoutTheHeader() {
        var response = http.send(http.query("SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 7", TSV));

        assertEquals(200, response.statusCode());
        assertEquals(7, response.body().lines().count() - 1);
        assertFalse(response.headers().firstValue(CappedQueryService.CAPPED_HEADER).isPresent());
    }

    @Test
    void aMalformedQueryIsABadRequestWithTheParsersMessage() {
        var response = http.send(http.query("SELECT ?s WHERE { ?s ?p ", TSV));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Encountered") && response.body().contains("line 1, column"), response.body());
    }
}
