package org.conflictkg.server.pages;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.conflictkg.server.KgServer;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths that name nothing answer 404 with the site's not-found page, whatever they hold: unknown
 * resources, wrong shapes, dot segments, injection attempts. None reaches SPARQL.
 */
class NotFoundTest {

    private static final String NOT_FOUND_PAGE = "Nothing in the knowledge graph has this address";

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
    @ValueSource(strings = {
            // Unknown resources of every kind.
            "/id/entity/atlantis", "/page/entity/atlantis", "/data/entity/atlantis.ttl", "/data/entity/atlantis",
            "/id/event/the-war-of-the-worlds", "/page/article/999_0000000000000000",
            "/page/article/001_082d920b4783cabf/sentence/99999", "/page/claim/001_082d920b4783cabf/0000000000000000",
            "/data/quote/001_082d920b4783cabf/0000000000000000.jsonld",
            // Wrong shapes: case, trailing slash, suffix on the wrong document, empty, unknown spaces.
            "/page/entity/Russia", "/page/entity/russia/", "/page/entity/russia.ttl", "/data/entity/russia.html",
            "/page/entity/russia.php", "/id/entity/russia.exe", "/page/claim/x/y", "/page/article/001/sentence/01",
            "/id", "/id/", "/page", "/page/", "/data", "/data/", "/page/id/entity/russia", "/browse/", "/browse/nothing",
            "/browse/Actors", "/dumps/", "/dumps/other.nq", "/dumps/conflict-kg.zip", "/assets/", "/assets/x.css",
            "/assets/pages.css.bak",
            // Dot segments that stay inside the page space, and encodings of ordinary characters.
            "/page/entity/../entity/atlantis", "/page/entity/%72ussia", "/assets/../page/entity/atlantis",
            // Injection attempts in the path.
            "/id/entity/russia%3E%20%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D", "/page/entity/russia'",
            "/page/entity/russia%22", "/id/entity/russia;drop", "/page/entity/%3Cscript%3Ealert(1)%3C/script%3E",
            "/data/entity/russia%20.ttl", "/page/entity/russia%3E%20%7D", "/page/entity/%7D%20DELETE%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo",
            "/page/entity/SELECT%20*%20WHERE%20%7B%7D", "/id/entity/%22%22%22%20.%20%3Cx%3E",
            "/page/entity/russia%20FILTER(true)", "/data/entity/%3E%20%7D%20LIMIT%201.ttl",
            // Timelines of nothing, or of something that is not an entity or event.
            "/timeline?entity=atlantis", "/timeline?entity=https%3A%2F%2Fw3id.org%2Fconflict-kg%2Fid%2Fentity%2Fatlantis",
            "/timeline?entity=%27%20OR%201%3D1", "/timeline?entity=https%3A%2F%2Fw3id.org%2Fconflict-kg%2Fontology",
            "/timeline?entity=https%3A%2F%2Fw3id.org%2Fconflict-kg%2Fid%2Fentity%2Frussia%3E%20%7D",
            "/timeline?entity=https%3A%2F%2Fw3id.org%2Fconflict-kg%2Fid%2Farticle%2F001_082d920b4783cabf"})
    void aPathThatNamesNothingIsTheNotFoundPage(String path) {
        HttpResponse<String> response = http.get(path, "text/html");

        assertEquals(404, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(response.body().contains(NOT_FOUND_PAGE), path + ": " + response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page/entity/..%2F..%2Fkg%2Fsparql", "/id/entity%2Frussia", "/page/entity/%2e%2e/%2e%2e/kg/sparql",
            "/page//entity/russia", "/page/entity/russia%0A", "/page/entity/%2F%2Fevil.example",
            "/kg%2Fsparql?query=ASK%7B%7D", "/page/entity/russia;jsessionid=1", "/page/entity/%252e%252e", "/page/entity/%C0%AE",
            "/page/entity/%E2%82", "/page/entity/%5C%5Cu003E", "/id/entity/russia%0D%3E%20%7D%20INSERT%20DATA%20%7B"})
    void anAmbiguousPathIsNotFoundBeforeAnyServletRuns(String path) {
        // Encoded '/' or '.', empty segments, path parameters, encoded '%', control characters, bad UTF-8:
        // FMod_AmbiguousUris answers them before any servlet (Jetty alone would answer 400).
        HttpResponse<String> response = http.get(path, "text/html");

        assertEquals(404, response.statusCode(), path + ": " + response.body());
        assertNoQueryError(path, response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page/../../etc/passwd", "/../kg/sparql", "/id/entity/../../../kg", "/page/entity/russia%00",
            "/id/entity/russia%00%3E%20%7D%20INSERT%20DATA%20%7B"})
    void aPathJettyCannotParseIsABadRequest(String path) {
        // A dot segment above the root, or an encoded NUL, is no URI path to Jetty: its parser refuses it in
        // every compliance mode, before any handler, so the answer stays 400.
        HttpResponse<String> response = http.get(path, "text/html");

        assertEquals(400, response.statusCode(), path);
        assertNoQueryError(path, response.body());
    }

    @Test
    void aVeryLongPathIsNotFound() {
        // Fuseki takes request headers up to 512 KB; a path of 100,000 characters is well within them.
        for (String prefix : new String[] {"/page/entity/", "/id/entity/", "/data/entity/"}) {
            String path = prefix + "russia".repeat(100_000 / 6);

            HttpResponse<String> response = http.get(path, "text/html");

            assertEquals(404, response.statusCode(), prefix);
            assertNoQueryError(prefix, response.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\") } UNION { ?s ?p ?o } #", "*:*", "title:russia", "russia~2", "\\", "[a TO z]", "<script>",
            "' OR '1'='1", "SELECT * WHERE { ?s ?p ?o }", "((((((((((", "%00", "\u0000", "AND", "NOT"})
    void aSearchForAnyStringIsAnsweredWithoutAQueryError(String typed) {
        HttpResponse<String> response = http.get("/search?q=" + URLEncoder.encode(typed, UTF_8));

        assertEquals(200, response.statusCode(), typed);
        assertNoQueryError(typed, response.body());
        assertFalse(response.body().contains("<script>"), typed);
    }

    @Test
    void onlyGetAndHeadAreAnswered() {
        HttpRequest post = HttpRequest.newBuilder(URI.create(http.root() + "/page/entity/russia"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        HttpRequest head = HttpRequest.newBuilder(URI.create(http.root() + "/page/entity/russia"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();

        assertEquals(405, http.send(post).statusCode());
        assertEquals(200, http.send(head).statusCode());
    }

    private static void assertNoQueryError(String what, String body) {
        for (String symptom : new String[] {"QueryParseException", "Lexical error", "Encountered \"", "Exception",
                "Parse error", "Error 500"})
            assertFalse(body.contains(symptom), what + " shows " + symptom + ": " + body);
    }
}
