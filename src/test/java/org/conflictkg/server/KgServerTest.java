package org.conflictkg.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server on a free port over a real TDB2 store, spoken to over HTTP. */
class KgServerTest {
    private static final String GRAPHS = "https://w3id.org/conflict-kg/graph/";
    private static final String IDS = "https://w3id.org/conflict-kg/id/entity/";
    private static final String CK = "https://w3id.org/conflict-kg/ontology#";
    private static final Node ARTICLE = NodeFactory.createURI(GRAPHS + "article/001");
    private static final Node REGISTRY = NodeFactory.createURI(GRAPHS + "registry");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node MEMBER_OF = NodeFactory.createURI(CK + "memberOf");
    private static final Node RUSSIA = NodeFactory.createURI(IDS + "russia");
    private static final Node CSTO = NodeFactory.createURI(IDS + "csto");
    private static final List<Quad> QUADS = List.of(
            Quad.create(REGISTRY, RUSSIA, LABEL, NodeFactory.createLiteralLang("Russia", "en")),
            Quad.create(REGISTRY, CSTO, LABEL, NodeFactory.createLiteralString("CSTO")),
            Quad.create(ARTICLE, RUSSIA, MEMBER_OF, CSTO));

    @TempDir
    static Path tmp;
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        KgStore.open(tmp.resolve("db")).rebuild(stream -> QUADS.forEach(stream::quad));
        server = KgServer.builder()
                .database(tmp.resolve("db"))
                .config(KgServer.DEFAULT_CONFIG)
                .port(0)
                .build()
                .start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        // The configuration's server-wide settings went into ARQ's global context; later test classes in
        // this JVM should see ARQ's defaults.
        ARQ.getContext().remove(ARQ.httpServiceAllowed);
    }

    @Test
    void theDatasetUrlIsOnLocalhostAtThePortChosen() {
        assertTrue(server.port() > 0);
        assertEquals("http://localhost:" + server.port() + "/kg", server.datasetUrl());
    }

    @Test
    void aQueryWithoutGraphSeesTheUnionOfTheNamedGraphs() throws Exception {
        // The membership is in the article's graph, the label in the registry's.
        String query = "SELECT ?label { <" + RUSSIA.getURI() + "> <" + MEMBER_OF.getURI() + "> ?org . ?org <"
                + LABEL.getURI() + "> ?label }";

        for (String endpoint : List.of(server.datasetUrl() + "/sparql", server.datasetUrl())) {
            HttpResponse<byte[]> response = get(endpoint + "?query=" + encode(query),
                    "application/sparql-results+json");
            assertEquals(200, response.statusCode(), endpoint);
            ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
            List<String> labels = ResultSetFormatter.toList(results).stream()
                    .map(row -> row.getLiteral("label").getLexicalForm())
                    .toList();
            assertEquals(List.of("CSTO"), labels, endpoint);
        }
    }

    @Test
    void updatesAndUploadsAreRefusedAndChangeNothing() throws Exception {
        String insert = "INSERT DATA { GRAPH <" + ARTICLE.getURI() + "> { <" + CSTO.getURI() + "> <"
                + MEMBER_OF.getURI() + "> <" + RUSSIA.getURI() + "> } }";
        String turtle = "<" + CSTO.getURI() + "> <" + MEMBER_OF.getURI() + "> <" + RUSSIA.getURI() + "> .";
        String graphParam = "?graph=" + encode(ARTICLE.getURI());
        List<HttpRequest> attempts = List.of(
                send("POST", server.datasetUrl() + "/update", "application/sparql-update", insert),
                send("POST", server.datasetUrl(), "application/sparql-update", insert),
                send("POST", server.datasetUrl(), "application/x-www-form-urlencoded", "update=" + encode(insert)),
                send("POST", server.datasetUrl() + "/sparql", "application/sparql-update", insert),
                send("POST", server.datasetUrl() + "/sparql", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                send("POST", server.datasetUrl() + "/upload", "text/turtle", turtle),
                send("PUT", server.datasetUrl() + "/get" + graphParam, "text/turtle", turtle),
                send("POST", server.datasetUrl() + graphParam, "text/turtle", turtle),
                send("DELETE", server.datasetUrl() + "/get" + graphParam, "text/plain", ""));

        for (HttpRequest attempt : attempts) {
            // each refused write on a connection of its own: the server may close one after refusing a body
            int status = HttpClient.newHttpClient().send(attempt, BodyHandlers.discarding()).statusCode();
            // 400 is Fuseki's answer to an update sent to a dataset URL that offers no update operation, 415
            // that of a query endpoint to a body that is not a query.
            assertTrue(Set.of(400, 403, 404, 405, 415).contains(status),
                    attempt.method() + " " + attempt.uri() + " answered " + status);
        }
        String ask = "ASK { <" + CSTO.getURI() + "> <" + MEMBER_OF.getURI() + "> ?any }";
        HttpResponse<byte[]> response = get(server.datasetUrl() + "/sparql?query=" + encode(ask),
                "application/sparql-results+json");
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON));
    }

    @Test
    void aCrossOriginQueryByGetMayBeReadByThePageThatSentIt() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                        + encode("ASK { ?s ?p ?o }")))
                .header("Origin", "https://elsewhere.example")
                .header("Accept", "application/sparql-results+json")
                .GET().build();

        HttpResponse<byte[]> response = HTTP.send(request, BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        // Fuseki's filter names the origin it allows (and varies on it) rather than answering '*'.
        assertEquals("https://elsewhere.example", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                response.headers().map().toString());
        // Never the visitor's credentials for this server on another site's behalf.
        assertFalse(response.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @Test
    void aPreflightAllowsCrossOriginReadsAndNoWrites() throws Exception {
        HttpResponse<byte[]> read = HTTP.send(preflight(server.datasetUrl() + "/sparql", "GET", "accept"),
                BodyHandlers.ofByteArray());
        assertEquals("https://elsewhere.example", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                read.headers().map().toString());

        for (String endpoint : List.of(server.datasetUrl() + "/update", server.datasetUrl(), server.datasetUrl() + "/sparql")) {
            HttpResponse<byte[]> write = HTTP.send(preflight(endpoint, "POST", "content-type"), BodyHandlers.ofByteArray());
            assertFalse(write.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                    endpoint + ": " + write.headers().map());
        }
    }

    @Test
    void aNamedGraphCanBeReadWithTheGraphStoreProtocol() throws Exception {
        HttpResponse<byte[]> response = get(server.datasetUrl() + "/get?graph=" + encode(REGISTRY.getURI()),
                "text/turtle");

        assertEquals(200, response.statusCode());
        Graph served = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).parse(served);
        Graph expected = GraphFactory.createDefaultGraph();
        QUADS.stream().filter(quad -> quad.getGraph().equals(REGISTRY)).map(Quad::asTriple).forEach(expected::add);
        assertTrue(served.isIsomorphicWith(expected), new String(response.body(), UTF_8));
        assertFalse(served.contains(Triple.create(RUSSIA, MEMBER_OF, CSTO)), "only the registry graph");
    }

    @Test
    void aServiceClauseIsNotExecuted() throws Exception {
        String query = "SELECT * { SERVICE <" + server.datasetUrl() + "/sparql> { ?s ?p ?o } }";

        HttpResponse<byte[]> response = get(server.datasetUrl() + "/sparql?query=" + encode(query),
                "application/sparql-results+json");

        assertTrue(response.statusCode() >= 400, "answered " + response.statusCode());
        assertTrue(new String(response.body(), UTF_8).contains("SERVICE"), new String(response.body(), UTF_8));
    }

    @Test
    void theServedDatasetCarriesTheConfiguredQueryTimeout() {
        // TDB2 shares one dataset object per location, so this is the one the server answers from.
        DatasetGraph served = DatabaseMgr.connectDatasetGraph(Location.create(server.generation()));

        assertEquals("30000,60000", served.getContext().get(ARQ.queryTimeout).toString());
    }

    @Test
    void theUiIsServedAtTheRoot() throws Exception {
        HttpResponse<byte[]> response = get(serverRoot(), "text/html");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(new String(response.body(), UTF_8).contains("<title>Apache Jena Fuseki UI</title>"));
    }

    @Test
    void theUiCanListTheDatasetButNotManageDatasets() throws Exception {
        HttpResponse<byte[]> status = get(serverRoot() + "$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(new String(status.body(), UTF_8).contains("\"/kg\""), new String(status.body(), UTF_8));
        assertEquals(200, get(serverRoot() + "$/ping", "text/plain").statusCode());

        HttpRequest createDataset = send("POST", serverRoot() + "$/datasets", "application/x-www-form-urlencoded",
                "dbName=other&dbType=mem");
        int created = HTTP.send(createDataset, BodyHandlers.discarding()).statusCode();
        // No admin servlet there: the UI's static files answer, and they take no POST.
        assertTrue(Set.of(404, 405).contains(created), "creating a dataset answered " + created);
    }

    private static String serverRoot() {
        return "http://localhost:" + server.port() + "/";
    }

    private static HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
        return HTTP.send(request, BodyHandlers.ofByteArray());
    }

    private static HttpRequest send(String method, String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .method(method, BodyPublishers.ofString(body, UTF_8))
                .build();
    }

    /** A browser's question before a cross-origin request of {@code method} with {@code headers}. */
    private static HttpRequest preflight(String url, String method, String headers) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .method("OPTIONS", BodyPublishers.noBody())
                .build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, UTF_8);
    }
}
