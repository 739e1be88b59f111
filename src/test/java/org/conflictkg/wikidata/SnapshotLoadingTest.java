package org.conflictkg.wikidata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.conflictkg.Pipeline;
import org.conflictkg.cli.Kg;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.SharedNlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Which snapshot a build loads, and snapshot files that cannot be read. */
class SnapshotLoadingTest {

    /** A refreshed snapshot in miniature: one fact and the record of its retrieval. */
    private static final String REFRESHED = """
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX wd:   <http://www.wikidata.org/entity/>
            PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            <https://w3id.org/conflict-kg/graph/wikidata> a prov:Entity ;
                prov:generatedAtTime "2026-11-01T12:00:00Z"^^xsd:dateTime ;
                prov:wasDerivedFrom <https://query.wikidata.org/sparql> .
            wd:Q399 wdt:P1082 "2976566"^^xsd:decimal .
            """;

    @TempDir
    Path tmp;

    @Test
    void aDatabaseWithoutARefreshedSnapshotUsesTheShippedOne() {
        WikidataSnapshot snapshot = WikidataSnapshot.forDatabase(tmp.resolve("db"));

        assertTrue(snapshot.source().startsWith("the shipped snapshot"), snapshot.source());
        assertTrue(snapshot.graph().isIsomorphicWith(WikidataSnapshot.shipped().graph()));
    }

    @Test
    void aRefreshedSnapshotInTheDatabaseDirectoryIsPreferred() throws IOException {
        Path db = Files.createDirectories(tmp.resolve("db"));
        Path file = Files.writeString(db.resolve(WikidataSnapshot.FILE_NAME), REFRESHED, UTF_8);

        WikidataSnapshot snapshot = WikidataSnapshot.forDatabase(db);

        assertEquals(file.toAbsolutePath().toString(), snapshot.source());
        assertEquals("2026-11-01T12:00:00Z", snapshot.retrievedAt().orElseThrow());
    }

    @Test
    void aSnapshotFileThatIsNotTurtleIsReportedWithItsName() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad-snapshot.ttl"), "wd:Q399 this is not Turtle", UTF_8);

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> WikidataSnapshot.read(bad));

        assertTrue(thrown.getMessage().startsWith("Wikidata snapshot " + bad.toAbsolutePath() + " is not Turtle"), thrown.getMessage());
    }

    @Test
    void aMissingSnapshotFileIsReportedWithItsName() {
        Path missing = tmp.resolve("no-such-snapshot.ttl");

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> WikidataSnapshot.read(missing));

        assertEquals("Wikidata snapshot not found: " + missing.toAbsolutePath(), thrown.getMessage());
    }

    @Test
    void writingReplacesTheFileWithTheSnapshotAndItsPrefixes() throws IOException {
        Path file = Files.writeString(tmp.resolve("out.ttl"), "# old\n", UTF_8);
        WikidataSnapshot written = WikidataSnapshot.read(Files.writeString(tmp.resolve("in.ttl"), REFRESHED, UTF_8));

        written.write(file);

        assertTrue(WikidataSnapshot.read(file).graph().isIsomorphicWith(written.graph()));
        assertTrue(Files.readString(file, UTF_8).contains("wd:Q399"), "written with Wikidata's prefixes");
        try (var left = Files.list(tmp)) {
            assertEquals(2, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void kgBuildLoadsTheSnapshotItIsGiven() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("one.txt"),
                "Armenia is a member of the Collective Security Treaty Organization, the officials said.\n", UTF_8);
        Path snapshotFile = Files.writeString(tmp.resolve("refreshed.ttl"), REFRESHED, UTF_8);
        Path db = tmp.resolve("db");
        StringWriter out = new StringWriter();
        CommandLine cl = Kg.commandLine(() -> Pipeline.builder().nlp(SharedNlp.nlp()).registry(SharedNlp.registry()));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));

        int status = cl.execute("build", "--corpus", corpus.toString(), "--db", db.toString(), "--wikidata", snapshotFile.toString());

        assertEquals(0, status, out.toString());
        assertTrue(out.toString().startsWith("Wikidata snapshot: " + snapshotFile.toAbsolutePath() + ", retrieved 2026-11-01T12:00:00Z"),
                out.toString());
        Graph loaded = SnapshotGraphs.loaded(db);
        KgStore.release(KgStore.open(db).currentLocation().orElseThrow());
        assertTrue(SnapshotGraphs.sameValues(loaded, WikidataSnapshot.read(snapshotFile).graph()));
    }
}
