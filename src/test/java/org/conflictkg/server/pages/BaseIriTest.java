package org.conflictkg.server.pages;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.CK;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graph whose IRIs were minted under the server's public URL, served with that base: its IRIs resolve,
 * its pages link within the server, and answers do not depend on the host name the server is reached by.
 */
class BaseIriTest {

    private static final String BASE = "http://kg.example.test/";
    private static final Node GRAPH = NodeFactory.createURI(BASE + "graph/registry");
    private static final Node ALPHA = NodeFactory.createURI(BASE + "id/entity/alpha");
    private static final Node BETA = NodeFactory.createURI(BASE + "id/entity/beta");
    private static final Node RUSSIA = NodeFactory.createURI("https://w3id.org/conflict-kg/id/entity/russia");

    @TempDir
    static Path tmp;
    private static KgServer server;
    private static PagesHttp http;

    @BeforeAll
    static void startServer() {
        List<Quad> quads = List.of(
                Quad.create(GRAPH, ALPHA, RDFS.label.asNode(), NodeFactory.createLiteralLang("Alpha", "en")),
                Quad.create(GRAPH, BETA, RDFS.label.asNode(), NodeFactory.createLiteralLang("Beta", "en")),
                Quad.create(GRAPH, ALPHA, CK.supports.asNode(), BETA),
                Quad.create(GRAPH, ALPHA, CK.supports.asNode(), RUSSIA));
        KgStore.open(tmp.resolve("db")).rebuild(stream -> quads.forEach(stream::quad));
        server = KgServer.builder().database(tmp.resolve("db")).baseIri(BASE).port(0).build().start();
        http = new PagesHttp(server);
    }

    @AfterAll
    static void stopServer() {
        TestServers.stop(server);
    }

    @Test
    void theIrisUnderTheBaseResolveAndTheirPagesLinkWithinTheServer() {
        assertEquals("/page/entity/alpha", http.get("/id/entity/alpha", "text/html").headers().firstValue("Location")
                .orElseThrow().replaceFirst("^https?://[^/]+", ""));

        String page = http.get("/page/entity/alpha").body();

        assertTrue(page.contains("<h1>Alpha</h1>"), page);
        assertTrue(page.contains("<code>" + ALPHA.getURI() + "</code>"), page);
        assertTrue(page.contains("<a href=\"/page/entity/beta\">Beta</a>"), page);
        // An IRI outside the base is not served here: it is linked where it is.
        assertTrue(page.contains("<a href=\"" + RUSSIA.getURI() + "\" class=\"external\""), page);
    }

    @Test
    void theRdfKeepsTheGraphsOwnIris() {
        String turtle = http.get("/data/entity/alpha.nt", "*/*").body();

        assertTrue(turtle.contains("<" + ALPHA.getURI() + "> <" + CK.supports.getURI() + "> <" + BETA.getURI() + ">"), turtle);
    }

    @Test
    void aPathUnderAnotherBaseIsNotFound() {
        assertEquals(404, http.get("/id/entity/russia", "text/html").statusCode());
    }

    @Test
    void theAnswerIsTheSameWhateverHostTheServerIsReachedBy() throws IOException {
        String response = rawGet("/id/entity/alpha", "kg.example.test");

        assertTrue(response.startsWith("HTTP/1.1 303"), response);
        String location = response.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .findFirst().orElseThrow().substring(9).strip();
        assertTrue(location.equals("/page/entity/alpha") || location.equals("http://kg.example.test/page/entity/alpha"), location);
    }

    /** A GET with a Host header of our choosing (Java's HTTP client will not send one). */
    private static String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), US_ASCII);
        }
    }
}
