package org.conflictkg.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgStoreTest {
    private static final String GRAPHS = "https://w3id.org/conflict-kg/graph/";
    private static final String IDS = "https://w3id.org/conflict-kg/id/entity/";
    private static final Node ARTICLE_1 = uri(GRAPHS + "article/001");
    private static final Node ARTICLE_2 = uri(GRAPHS + "article/002");
    private static final Node REGISTRY = uri(GRAPHS + "registry");
    private static final Node LABEL = uri("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node MEMBER_OF = uri("https://w3id.org/conflict-kg/ontology#memberOf");
    private static final Node ARMENIA = uri(IDS + "armenia");
    private static final Node CSTO = uri(IDS + "csto");
    private static final Node RUSSIA = uri(IDS + "russia");

    @TempDir
    Path tmp;
    private Path dbDir;
    private KgStore store;

    @BeforeEach
    void openStore() {
        dbDir = tmp.resolve("db");
        store = KgStore.open(dbDir);
    }

    @AfterEach
    void releaseGenerations() throws IOException {
        // TDB2 keeps a JVM-wide connection per location; close ours before the temporary directory goes.
        for (Path generation : generationDirectories())
            KgStore.release(generation);
    }

    @Test
    void aRebuildReplacesTheLiveGenerationAndDeletesThePreviousOne() throws IOException {
        BuildResult first = store.rebuild(quads(
                Quad.create(ARTICLE_1, ARMENIA, MEMBER_OF, CSTO),
                Quad.create(REGISTRY, ARMENIA, LABEL, literal("Armenia"))));
        assertEquals(dbDir.resolve("gen-000001").toAbsolutePath(), first.location());
        assertEquals("gen-000001", currentFileContent());

        BuildResult second = store.rebuild(quads(
                Quad.create(REGISTRY, RUSSIA, LABEL, literal("Russia")),
                Quad.create(REGISTRY, RUSSIA, LABEL, literal("Russia")), // a duplicate is stored once
                Quad.create(ARTICLE_2, RUSSIA, MEMBER_OF, CSTO)));

        assertEquals(dbDir.resolve("gen-000002").toAbsolutePath(), second.location());
        assertEquals("gen-000002", currentFileContent());
        assertEquals(2, second.quadCount());
        assertEquals(2, second.graphCount());
        assertEquals(List.of("gen-000002"), generationNames());
        Set<Quad> live = liveQuads();
        assertEquals(Set.of(Quad.create(REGISTRY, RUSSIA, LABEL, literal("Russia")),
                Quad.create(ARTICLE_2, RUSSIA, MEMBER_OF, CSTO)), live);
    }

    @Test
    void aProducerThatThrowsLeavesTheLiveDataAndNoStrayGeneration() throws IOException {
        Quad kept = Quad.create(REGISTRY, ARMENIA, LABEL, literal("Armenia"));
        store.rebuild(quads(kept));
        IllegalStateException failure = new IllegalStateException("extraction failed half-way");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.rebuild(stream -> {
            stream.quad(Quad.create(REGISTRY, RUSSIA, LABEL, literal("Russia")));
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals("gen-000001", currentFileContent());
        assertEquals(List.of("gen-000001"), generationNames());
        assertEquals(Set.of(kept), liveQuads());
    }

    @Test
    void aGenerationLeftByAKilledBuildIsDeletedByTheNextBuild() throws IOException {
        store.rebuild(quads(Quad.create(REGISTRY, ARMENIA, LABEL, literal("Armenia"))));
        // What a build killed mid-load leaves: a loaded, unreferenced generation that nothing has open.
        DatasetGraph abandoned = DatabaseMgr.connectDatasetGraph(Location.create(dbDir.resolve("gen-000002")));
        Txn.executeWrite(abandoned, () -> abandoned.add(Quad.create(REGISTRY, RUSSIA, LABEL, literal("Russia"))));
        TDBInternal.expel(abandoned);

        BuildResult next = store.rebuild(quads(Quad.create(REGISTRY, CSTO, LABEL, literal("CSTO"))));

        // The leftover was deleted before the new generation took the next free number, so none of its
        // data can reappear.
        assertEquals("gen-000002", next.location().getFileName().toString());
        assertEquals(List.of("gen-000002"), generationNames());
        assertEquals(Set.of(Quad.create(REGISTRY, CSTO, LABEL, literal("CSTO"))), liveQuads());
    }

    @Test
    void aGenerationOpenInThisJvmSurvivesRebuildsUntilReleased() throws IOException {
        Quad old = Quad.create(REGISTRY, ARMENIA, LABEL, literal("Armenia"));
        store.rebuild(quads(old));
        Dataset served = store.openCurrent();

        store.rebuild(quads(Quad.create(REGISTRY, RUSSIA, LABEL, literal("Russia"))));

        assertEquals(List.of("gen-000001", "gen-000002"), generationNames());
        assertTrue(Txn.calculateRead(served, () -> served.asDatasetGraph().contains(old)),
                "the open generation still answers with the data it had");

        KgStore.release(dbDir.resolve("gen-000001"));
        store.rebuild(quads(Quad.create(REGISTRY, CSTO, LABEL, literal("CSTO"))));
        assertEquals(List.of("gen-000003"), generationNames());
    }

    @Test
    void aGenerationAnotherProcessHasOpenSurvivesARebuild() throws Exception {
        store.rebuild(quads(Quad.create(REGISTRY, ARMENIA, LABEL, literal("Armenia"))));
        Path served = store.currentLocation().orElseThrow();
        // Another JVM, as `kg serve` would be, opens the live generation and keeps it open.
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldGeneration.class.getName(), served.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader fromServer = new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8))) {
            assertEquals(HoldGeneration.READY, fromServer.readLine());

            store.rebuild(quads(Quad.create(REGISTRY, RUSSIA, LABEL, literal("Russia"))));
            assertEquals(List.of("gen-000001", "gen-000002"), generationNames());

            server.getOutputStream().close(); // tells it to exit, which ends its lock
            assertEquals(0, server.waitFor());
            store.rebuild(quads(Quad.create(REGISTRY, CSTO, LABEL, literal("CSTO"))));
            assertEquals(List.of("gen-000003"), generationNames());
        } finally {
            server.destroyForcibly();
        }
    }

    /** A process that opens a TDB2 database and keeps it open until its standard input closes. */
    static final class HoldGeneration {
        static final String READY = "open";

        public static void main(String[] args) throws IOException {
            DatabaseMgr.connectDatasetGraph(Location.create(Path.of(args[0])));
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() != -1) {
                // Hold the database until the test closes our input.
            }
        }
    }

    @Test
    void theDefaultGraphOfAQueryIsTheUnionOfTheNamedGraphs() {
        store.rebuild(quads(
                Quad.create(REGISTRY, ARMENIA, LABEL, literal("Armenia")),
                Quad.create(ARTICLE_1, ARMENIA, MEMBER_OF, CSTO)));
        Dataset kg = store.openCurrent();

        // The join spans two graphs and names neither.
        String query = "SELECT ?label { ?member <" + MEMBER_OF.getURI() + "> ?org ; <" + LABEL.getURI()
                + "> ?label }";
        List<String> labels = Txn.calculateRead(kg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(kg).query(query).build()) {
                return ResultSetFormatter.toList(exec.execSelect()).stream()
                        .map(row -> row.getLiteral("label").getLexicalForm())
                        .toList();
            }
        });

        assertEquals(List.of("Armenia"), labels);
    }

    @Test
    void replacingAnArticleGraphChangesThatGraphOnly() {
        Quad registryLabel = Quad.create(REGISTRY, ARMENIA, LABEL, literal("Armenia"));
        Quad otherArticle = Quad.create(ARTICLE_2, RUSSIA, MEMBER_OF, CSTO);
        store.rebuild(quads(
                registryLabel, otherArticle,
                Quad.create(ARTICLE_1, ARMENIA, MEMBER_OF, CSTO),
                Quad.create(ARTICLE_1, ARMENIA, LABEL, literal("Armenia"))));

        store.replaceArticleGraph(ARTICLE_1.getURI(), stream -> {
            stream.triple(Triple.create(RUSSIA, MEMBER_OF, CSTO));
            stream.quad(Quad.create(ARTICLE_1, RUSSIA, LABEL, literal("Russia")));
        });

        assertEquals(Set.of(registryLabel, otherArticle,
                Quad.create(ARTICLE_1, RUSSIA, MEMBER_OF, CSTO),
                Quad.create(ARTICLE_1, RUSSIA, LABEL, literal("Russia"))), liveQuads());
    }

    @Test
    void aFailedReplacementLeavesTheGraphAsItWas() {
        Set<Quad> before = Set.of(
                Quad.create(ARTICLE_1, ARMENIA, MEMBER_OF, CSTO),
                Quad.create(ARTICLE_2, RUSSIA, MEMBER_OF, CSTO));
        store.rebuild(stream -> before.forEach(stream::quad));

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> store.replaceArticleGraph(ARTICLE_1.getURI(), stream -> {
                    stream.triple(Triple.create(RUSSIA, MEMBER_OF, CSTO));
                    stream.quad(Quad.create(ARTICLE_2, ARMENIA, MEMBER_OF, CSTO));
                }));

        assertTrue(thrown.getMessage().contains(ARTICLE_2.getURI()), thrown.getMessage());
        assertEquals(before, liveQuads(), "the deletion and the first triple were rolled back");
    }

    @Test
    void dataForTheDefaultGraphIsRefusedAndNothingBecomesLive() throws IOException {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> store.rebuild(stream -> stream.triple(Triple.create(ARMENIA, MEMBER_OF, CSTO))));

        assertTrue(thrown.getMessage().contains("named graphs only"), thrown.getMessage());
        assertTrue(store.currentLocation().isEmpty());
        assertEquals(List.of(), generationNames());
    }

    @Test
    void aSecondRebuildOfTheSameDirectoryFailsWhileOneRuns() throws IOException {
        Quad kept = Quad.create(REGISTRY, ARMENIA, LABEL, literal("Armenia"));
        store.rebuild(quads(kept));
        KgStore sameDirectory = KgStore.open(dbDir);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.rebuild(stream ->
                sameDirectory.rebuild(quads(Quad.create(REGISTRY, RUSSIA, LABEL, literal("Russia"))))));

        assertTrue(thrown.getMessage().startsWith("Another rebuild of " + dbDir.toAbsolutePath()), thrown.getMessage());
        assertEquals(List.of("gen-000001"), generationNames());
        assertEquals(Set.of(kept), liveQuads());
    }

    @Test
    void openingBeforeAnyBuildNamesTheDirectory() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, store::openCurrent);

        assertTrue(thrown.getMessage().contains(dbDir.toAbsolutePath().toString()), thrown.getMessage());
    }

    @Test
    void aCurrentFileNamingNoGenerationIsReported() throws IOException {
        Files.createDirectories(dbDir);
        Files.writeString(dbDir.resolve(KgStore.CURRENT), "gen-000007\n", UTF_8);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, store::currentLocation);

        assertTrue(thrown.getMessage().contains("gen-000007"), thrown.getMessage());
    }

    private static Consumer<StreamRDF> quads(Quad... quads) {
        return stream -> Stream.of(quads).forEach(stream::quad);
    }

    private Set<Quad> liveQuads() {
        DatasetGraph dsg = store.openCurrent().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> Set.copyOf(dsg.stream().toList()));
    }

    private String currentFileContent() throws IOException {
        return Files.readString(dbDir.resolve(KgStore.CURRENT), UTF_8).strip();
    }

    private List<String> generationNames() throws IOException {
        return generationDirectories().stream().map(path -> path.getFileName().toString()).sorted().toList();
    }

    private List<Path> generationDirectories() throws IOException {
        if (!Files.isDirectory(dbDir))
            return List.of();
        try (Stream<Path> entries = Files.list(dbDir)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> path.getFileName().toString().startsWith("gen-"))
                    .collect(Collectors.toList());
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
