package org.conflictkg.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random strings into page paths and into the SPARQL {@code query} parameter of the corpus graph's server:
 * never a 5xx, never an exception's text, and the server answers ordinary requests afterwards. Each run
 * uses the seed {@value #DEFAULT_SEED}, or {@code -Dfuzz.seed=N}; a failure names the seed, the iteration
 * and the input, so it can be replayed.
 */
class HttpFuzzTest {

    private static final long DEFAULT_SEED = 20261128L;
    private static final int ITERATIONS = 500;
    private static final long SEED = Long.getLong("fuzz.seed", DEFAULT_SEED);

    /** Where pages live, and the query strings of the site's pages: fuzz is appended to one of these. */
    private static final List<String> PAGE_PREFIXES = List.of("/page/entity/", "/page/article/", "/page/claim/",
            "/id/entity/", "/id/event/", "/data/entity/", "/data/quote/", "/browse/", "/assets/", "/dumps/", "/ontology",
            "/", "/search?q=", "/timeline?entity=");
    /** Pieces that have broken servers before: traversal, encoded separators, quoting, SPARQL and markup. */
    private static final List<String> HOSTILE_PIECES = List.of("..", "/", "//", "%2F", "%2f", "%2e", "%2E%2E", "%5C",
            "%25", "%0A", "%0D", "%09", "'", "\"", "\"\"\"", ">", "<", "}", "{", "#", "?", ";", "\\", "\\u0000", "SELECT",
            "UNION", "INSERT", "DELETE", "SERVICE", "FILTER", "LIMIT 1", "?s ?p ?o", "<script>", "${x}", "%{", "\u00e9",
            "\u4e2d", "\ud83d\ude00", "\u202e", ".ttl", ".html", ".jsonld", "sentence/", "russia", "001_082d920b4783cabf");

    private static KgServer server;
    private static SparqlHttp http;
    private static List<String> queries;

    @BeforeAll
    static void startServer() throws IOException {
        server = KgServer.builder().database(CorpusGraph.database()).port(0).build().start();
        http = new SparqlHttp(server);
        try (Stream<Path> files = Files.list(Path.of("ontology", "queries"))) {
            queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().map(HttpFuzzTest::read).toList();
        }
    }

    @AfterAll
    static void stopServer() {
        TestServers.stop(server);
    }

    @Test
    void randomPagePathsAreNeverAServerError() {
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            String path = PAGE_PREFIXES.get(random.nextInt(PAGE_PREFIXES.size())) + fuzz(random);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(root() + path))
                    .header("Accept", random.nextBoolean() ? "text/html" : "text/turtle").GET());

            assertNoServerError(i, path, response);
        }
        assertStillServing();
    }

    @Test
    void randomAndTruncatedQueriesAreNeverAServerError() {
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            // Alternately random text and a competency query cut anywhere: a prefix of a query never joins
            // less than the query did, so none of these can grow into a costly one and meet the timeout.
            String query = i % 2 == 0 ? fuzz(random) : truncated(queries.get(random.nextInt(queries.size())), random);
            if (query.isBlank() || queryCallsService(query))
                continue;
            HttpResponse<String> response = http.send(http.query(query, "application/sparql-results+json"));

            assertNoServerError(i, query, response);
        }
        assertStillServing();
    }

    /**
     * Up to eight pieces, each a hostile piece or a random character of any kind, percent-encoded but for the
     * pieces that are encodings or slashes already.
     */
    private static String fuzz(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(9);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(3) == 0) {
                String piece = HOSTILE_PIECES.get(random.nextInt(HOSTILE_PIECES.size()));
                text.append(piece.matches("(%\\p{XDigit}{2})+|/+") ? piece : encode(piece));
            } else {
                text.append(encode(randomCharacter(random)));
            }
        }
        return text.toString();
    }

    /** Printable ASCII mostly, then control characters, then any code point outside the surrogates. */
    private static String randomCharacter(Random random) {
        int kind = random.nextInt(10);
        int codePoint = kind < 7 ? 0x20 + random.nextInt(0x5f) : kind < 8 ? random.nextInt(0x20) : random.nextInt(0x10000);
        return Character.isSurrogate((char) codePoint) ? "?" : new String(Character.toChars(codePoint));
    }

    private static String truncated(String query, Random random) {
        return query.substring(0, random.nextInt(query.length() + 1));
    }

    /** Percent-encoding of everything but letters and digits, so that any text makes a valid URI. */
    private static String encode(String text) {
        return URLEncoder.encode(text, UTF_8).replace("+", "%20");
    }

    /** Whether the text calls SERVICE: the Wikidata queries would leave the machine, which a test never does. */
    private static boolean queryCallsService(String query) {
        return query.toUpperCase(Locale.ROOT).contains("SERVICE");
    }

    private static void assertNoServerError(int iteration, String input, HttpResponse<String> response) {
        String where = "seed " + SEED + " (-Dfuzz.seed=" + SEED + "), iteration " + iteration + ", input " + input;
        assertTrue(response.statusCode() < 500, where + " answered " + response.statusCode() + ": " + response.body());
        for (String symptom : new String[] {"Exception", "at org.", "Error 500"})
            assertFalse(response.body().contains(symptom), where + " shows " + symptom + ": " + response.body());
    }

    private static void assertStillServing() {
        assertTrue(http.ask("ASK { ?s ?p ?o }"));
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(root() + "/browse")).GET()).statusCode());
    }

    private static String root() {
        return "http://localhost:" + server.port();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
