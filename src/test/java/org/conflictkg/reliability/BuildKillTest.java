package org.conflictkg.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with {@code kill -9} in the middle of loading loses nothing: the previous generation still
 * opens and answers as before, in this JVM and through the server, and the next build succeeds and deletes
 * what the killed one left. The killed build runs in a process of its own ({@link SlowBuild}), and is
 * killed while it streams quads into the new generation, or while the loader builds its indexes.
 */
class BuildKillTest {

    private static final Path GOOD = Path.of("corpus/004_5ad66889d93a5044.txt");

    @TempDir
    Path tmp;
    private Path corpus;
    private Path db;

    @BeforeEach
    void buildAGoodCorpus() throws IOException {
        corpus = Files.createDirectory(tmp.resolve("corpus"));
        db = tmp.resolve("db");
        Files.copy(GOOD, corpus.resolve(GOOD.getFileName()));
        KgRun first = KgRun.kg("build", "--corpus", corpus.toString(), "--db", db.toString());
        assertEquals(0, first.exitCode(), first.toString());
    }

    @AfterEach
    void releaseGenerations() throws IOException {
        try (Stream<Path> generations = Files.list(db)) {
            generations.filter(Files::isDirectory).forEach(KgStore::release);
        }
    }

    @ParameterizedTest(name = "killed while {0}")
    @ValueSource(strings = {SlowBuild.LOADING, SlowBuild.INDEXING})
    void aBuildKilledMidLoadLeavesTheLiveGenerationServingAndTheNextBuildCleansUp(String stage) throws Exception {
        KgStore store = KgStore.open(db);
        List<String> before = Answers.of(store.openCurrent());
        KgStore.release(store.currentLocation().orElseThrow());

        killBuildWhile(stage);

        assertEquals("gen-000001", current(), "CURRENT still names the generation built before");
        assertEquals(List.of("gen-000001", "gen-000002"), generations(), "the killed build left its generation behind");
        assertEquals(before, Answers.of(store.openCurrent()), "the live generation opens and answers as before");
        KgStore.release(store.currentLocation().orElseThrow());
        KgServer server = KgServer.builder().database(db).port(0).build().start();
        try {
            assertEquals(before, Answers.of(server), "the server answers as before");

            KgRun next = KgRun.kg("build", "--corpus", corpus.toString(), "--db", db.toString());

            assertEquals(0, next.exitCode(), next.toString());
            assertEquals("gen-000002", current(), "the next build took the leftover's number after deleting it");
            assertEquals(before, Answers.of(server), "the server still answers from the generation it opened");
        } finally {
            server.stop();
        }
        Dataset rebuilt = store.openCurrent();
        assertEquals(before, Answers.of(rebuilt), "the same corpus built again: the same answers");
        assertFalse(Txn.calculateRead(rebuilt, () -> rebuilt.asDatasetGraph().containsGraph(NodeFactory.createURI(SlowBuild.GRAPH))),
                "nothing of the killed build's data survived");
        KgStore.release(store.currentLocation().orElseThrow());
        KgRun.kg("build", "--corpus", corpus.toString(), "--db", db.toString());
        assertEquals(List.of("gen-000003"), generations(), "once the server let go, the old generation was deleted too");
    }

    /** Runs {@link SlowBuild} on the database in a new JVM and kills it ({@code SIGKILL}) once it reports {@code stage}. */
    private void killBuildWhile(String stage) throws IOException, InterruptedException {
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowBuild.class.getName(), db.toString(),
                stage.equals(SlowBuild.LOADING) ? "streaming" : "indexing")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader reports = new BufferedReader(new InputStreamReader(build.getInputStream(), UTF_8))) {
            assertEquals(stage, reports.readLine(), "the build reports reaching the stage to be killed in");
            assertTrue(Files.isDirectory(db.resolve("gen-000002")), "the new generation exists");
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the build is dead");
            assertEquals(137, build.exitValue(), "killed by SIGKILL (128 + 9), not finished");
        } finally {
            build.destroyForcibly();
        }
    }

    private String current() throws IOException {
        return Files.readString(db.resolve(KgStore.CURRENT), UTF_8).strip();
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> entries = Files.list(db)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
