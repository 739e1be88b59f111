package org.conflictkg.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.cmds.FusekiMain;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's Fuseki configuration file: usable by stock Fuseki, and bad variants reported clearly. */
class KgServerConfigTest {
    /** The placeholder as the documented sed command matches it, quotes included. */
    private static final String PLACEHOLDER = "\"db/CURRENT\"";

    @TempDir
    Path tmp;
    private Path dbDir;
    private Path generation;

    @BeforeEach
    void buildStore() {
        dbDir = tmp.resolve("db");
        KgStore store = KgStore.open(dbDir);
        store.rebuild(stream -> stream.quad(Quad.create(
                NodeFactory.createURI("https://w3id.org/conflict-kg/graph/registry"),
                NodeFactory.createURI("https://w3id.org/conflict-kg/id/entity/russia"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralString("Russia"))));
        generation = store.currentLocation().orElseThrow();
    }

    @AfterEach
    void releaseStore() {
        KgStore.release(generation);
        // Server-wide settings from the configuration go into ARQ's global context; restore ARQ's default.
        ARQ.getContext().remove(ARQ.httpServiceAllowed);
    }

    @Test
    void stockFusekiRunsTheConfigurationOnceThePlaceholderIsReplaced() throws Exception {
        String config = Files.readString(KgServer.DEFAULT_CONFIG, UTF_8);
        long placeholdersOutsideComments = config.lines()
                .filter(line -> !line.strip().startsWith("#"))
                .filter(line -> line.contains(PLACEHOLDER))
                .count();
        assertEquals(1, placeholdersOutsideComments, "the sed in the file's comments rewrites exactly one value");
        // What the documented sed command does, with an absolute path instead of db/<generation>.
        Path replaced = write("stock.ttl", config.replace(PLACEHOLDER, "\"" + generation + "\""));

        // The command-line entry of stock Fuseki main, given the arguments a user would type.
        FusekiServer stock = FusekiMain.build("--localhost", "--port=0", "--config=" + replaced,
                "--cors=" + KgServer.DEFAULT_CORS_POLICY);
        stock.start();
        try {
            String query = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(stock.datasetURL("kg") + "/sparql?query=" + URLEncoder.encode(query, UTF_8)))
                    .header("Accept", "application/sparql-results+json")
                    .header("Origin", "https://elsewhere.example")
                    .build();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, BodyHandlers.ofByteArray());

            assertEquals(200, response.statusCode());
            assertEquals("false", response.headers().firstValue("Access-Control-Allow-Credentials").orElse("false"),
                    "the CORS policy file, read by stock Fuseki");
            assertEquals("https://elsewhere.example", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            int count = ResultSetFormatter.toList(ResultSetMgr.read(new ByteArrayInputStream(response.body()),
                    ResultSetLang.RS_JSON)).get(0).getLiteral("n").getInt();
            assertEquals(1, count, "the union default graph holds the registry's one triple");
        } finally {
            stock.stop();
        }
    }

    @Test
    void aStoreWithNothingBuiltIsReported() {
        KgServer.Builder builder = KgServer.builder().database(tmp.resolve("empty")).port(0);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, builder::build);

        assertTrue(thrown.getMessage().contains(tmp.resolve("empty").toString()), thrown.getMessage());
    }

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
                Arguments.of("no-location", "has 0 tdb2:location values", (UnaryOperator<String>)
                        config -> config.replace("tdb2:location " + PLACEHOLDER + " ;", "")),
                Arguments.of("two-locations", "has 2 tdb2:location values", (UnaryOperator<String>)
                        config -> config + "\n:second rdf:type tdb2:DatasetTDB2 ; tdb2:location \"db/other\" .\n"),
                Arguments.of("no-kg-service", "no fuseki:Service named \"kg\"", (UnaryOperator<String>)
                        config -> config.replace("fuseki:name \"kg\"", "fuseki:name \"claims\"")),
                Arguments.of("not-turtle", "Cannot read the Fuseki configuration file", (UnaryOperator<String>)
                        config -> config + "\nthis line is not Turtle\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigurations")
    void aBadConfigurationIsReportedWithItsFileName(String name, String problem, UnaryOperator<String> defect)
            throws IOException {
        String original = Files.readString(KgServer.DEFAULT_CONFIG, UTF_8);
        String broken = defect.apply(original);
        assertTrue(!broken.equals(original), "the defect changed the file");
        Path config = write("bad-" + name + ".ttl", broken);

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> KgServer.builder().database(dbDir).config(config).port(0).build());

        assertTrue(thrown.getMessage().contains(config.toString()), thrown.getMessage());
        assertTrue(thrown.getMessage().contains(problem), thrown.getMessage());
    }

    @Test
    void aMissingConfigurationFileIsNamed() {
        Path missing = tmp.resolve("no-such-config.ttl");

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> KgServer.builder().database(dbDir).config(missing).port(0).build());

        assertEquals("Fuseki configuration file not found: " + missing, thrown.getMessage());
    }

    private Path write(String fileName, String content) throws IOException {
        return Files.writeString(tmp.resolve(fileName), content, UTF_8);
    }
}
