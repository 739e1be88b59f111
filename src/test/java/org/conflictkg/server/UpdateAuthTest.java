package org.conflictkg.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server given a password file: {@code /kg/update} takes updates from its users, authenticated, and from
 * no one else; the other endpoints still take none. (A server without one has no update endpoint at all:
 * {@link KgServerTest}.)
 */
class UpdateAuthTest {

    private static final String EDITS = "https://w3id.org/conflict-kg/graph/edits";
    private static final String TRIPLE = "<https://w3id.org/conflict-kg/id/entity/russia> "
            + "<https://w3id.org/conflict-kg/ontology#memberOf> <https://w3id.org/conflict-kg/id/entity/csto>";
    private static final String INSERT = "INSERT DATA { GRAPH <" + EDITS + "> { " + TRIPLE + " } }";
    private static final String ASK = "ASK { " + TRIPLE + " }";

    @TempDir
    static Path tmp;
    private static KgServer server;
    private static SparqlHttp http;

    @BeforeAll
    static void startServer() throws IOException {
        KgStore.open(tmp.resolve("db")).rebuild(stream -> stream.quad(Quad.create(
                NodeFactory.createURI("https://w3id.org/conflict-kg/graph/registry"),
                NodeFactory.createURI("https://w3id.org/conflict-kg/id/entity/russia"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString("Russia"))));
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: correct-horse\n", UTF_8);
        server = KgServer.builder().database(tmp.resolve("db")).updatePasswordFile(passwords).port(0).build().start();
        http = new SparqlHttp(server);
    }

    @AfterAll
    static void stopServer() {
        TestServers.stop(server);
    }

    @Test
    void anUpdateWithoutRightCredentialsIsUnauthorizedAndChangesNothing() {
        String update = http.endpoint(KgServer.UPDATE_ENDPOINT);
        HttpResponse<String> anonymous = http.send(http.update(update, INSERT));
        HttpResponse<String> wrongPassword = http.send(http.update(update, INSERT)
                .header("Authorization", SparqlHttp.basic("editor", "battery-staple")));
        HttpResponse<String> unknownUser = http.send(http.update(update, INSERT)
                .header("Authorization", SparqlHttp.basic("mallory", "correct-horse")));

        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                anonymous.headers().map().toString());
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownUser.statusCode());
        assertFalse(http.ask(ASK));
    }

    @Test
    void anUpdateByAUserOfTheFileIsAppliedAndSeenByQueries() {
        HttpResponse<String> response = http.send(http.update(http.endpoint(KgServer.UPDATE_ENDPOINT), INSERT)
                .header("Authorization", SparqlHttp.basic("editor", "correct-horse")));

        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response.statusCode() + " " + response.body());
        assertTrue(http.ask(ASK));
        // Removed again, so the order of the tests does not matter.
        http.send(http.update(http.endpoint(KgServer.UPDATE_ENDPOINT), "CLEAR SILENT GRAPH <" + EDITS + ">")
                .header("Authorization", SparqlHttp.basic("editor", "correct-horse")));
        assertFalse(http.ask(ASK));
    }

    @Test
    void anUpdateSentAsAFormIsRefusedEvenWithCredentials() {
        // What a page elsewhere can make a browser send, with the credentials the browser holds.
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.endpoint(KgServer.UPDATE_ENDPOINT)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", SparqlHttp.basic("editor", "correct-horse"))
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(INSERT, UTF_8))));

        assertEquals(415, response.statusCode(), response.body());
        assertFalse(http.ask(ASK));
    }

    @Test
    void theQueryEndpointsTakeNoUpdateEvenWithCredentials() {
        for (String endpoint : new String[] {http.endpoint(""), http.endpoint("sparql")}) {
            HttpResponse<String> response = http.send(http.update(endpoint, INSERT)
                    .header("Authorization", SparqlHttp.basic("editor", "correct-horse")));

            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, endpoint + " answered " + response.statusCode());
        }
        assertFalse(http.ask(ASK));
    }

    @Test
    void noPreflightLetsAnotherSiteUseTheUpdateEndpoint() {
        HttpRequest.Builder preflight = HttpRequest.newBuilder(URI.create(http.endpoint(KgServer.UPDATE_ENDPOINT)))
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());

        HttpResponse<String> response = http.send(preflight);

        assertFalse(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers().map().toString());
        assertFalse(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void aMissingPasswordFileIsReported() {
        Path missing = tmp.resolve("no-such-passwords");

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> KgServer.builder().database(tmp.resolve("db")).updatePasswordFile(missing).port(0).build());

        assertEquals("Password file not found: " + missing, thrown.getMessage());
    }
}
