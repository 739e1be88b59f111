package org.conflictkg.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database being served is untouched until a build completes: a build that fails, before loading or
 * halfway through, leaves {@code CURRENT}, the generations on disk and the served answers as they were.
 */
class FailedBuildTest {

    private static final Path GOOD = Path.of("corpus/004_5ad66889d93a5044.txt");
    private static final Path BAD = Path.of("src/test/files/bad-input/bad-malformed-front-matter.md");

    @TempDir
    Path tmp;
    private Path corpus;
    private Path db;
    private KgServer server;
    private List<String> served;

    @BeforeEach
    void serveAGoodBuild() throws IOException {
        corpus = Files.createDirectory(tmp.resolve("corpus"));
        db = tmp.resolve("db");
        Files.copy(GOOD, corpus.resolve(GOOD.getFileName()));
        KgRun build = KgRun.kg("build", "--corpus", corpus.toString(), "--db", db.toString());
        assertEquals(0, build.exitCode(), build.toString());
        server = KgServer.builder().database(db).port(0).build().start();
        served = Answers.of(server);
    }

    @AfterEach
    void stopServing() throws IOException {
        server.stop();
        try (Stream<Path> generations = Files.list(db)) {
            generations.filter(Files::isDirectory).forEach(KgStore::release);
        }
    }

    @Test
    void aStrictBuildStoppedByABadFileChangesNothing() throws IOException {
        Files.copy(BAD, corpus.resolve(BAD.getFileName()));

        KgRun strict = KgRun.kg("build", "--strict", "--corpus", corpus.toString(), "--db", db.toString());

        assertEquals(1, strict.exitCode(), strict.toString());
        assertEquals(List.of("kg build: " + corpus.resolve(BAD.getFileName()) + ": malformed front matter at line 6: "
                + "found unexpected end of stream, while scanning a quoted scalar that starts on line 3"), strict.errLines());
        assertUntouched();
    }

    @Test
    void aBuildFailingHalfwayThroughLoadingChangesNothing() throws IOException {
        KgStore store = KgStore.open(db);
        Dataset live = store.openCurrent();
        List<Quad> quads = Txn.calculateRead(live, () -> live.asDatasetGraph().stream().toList());
        IllegalStateException failure = new IllegalStateException("the producer failed halfway");

        // The same graph again, sent into a new generation, but the producer fails after half of it.
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.rebuild(stream -> {
            Iterator<Quad> it = quads.iterator();
            for (int n = 0; n < quads.size() / 2; n++) stream.quad(it.next());
            throw failure;
        }));

        assertSame(failure, thrown);
        assertUntouched();
    }

    private void assertUntouched() throws IOException {
        assertEquals("gen-000001", Files.readString(db.resolve(KgStore.CURRENT), UTF_8).strip(), "CURRENT");
        try (Stream<Path> entries = Files.list(db)) {
            assertEquals(List.of("gen-000001"), entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList(),
                    "no generation left from the failed build");
        }
        assertEquals(served, Answers.of(server), "the server answers as before");
    }
}
