package org.conflictkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.conflictkg.extract.ArticleClaims;
import org.conflictkg.rdf.ArticleGraphWriter;
import org.conflictkg.rdf.ContradictionFinder;
import org.conflictkg.rdf.RegistryGraphWriter;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.SharedNlp;
import org.conflictkg.wikidata.WikidataSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed build: articles annotated on several workers and written one by one as they are extracted
 * give the graph that extracting every article first, on one thread, and writing them afterwards gives.
 */
class PipelineStreamingTest {

    @Test
    void theStreamedBuildIsTheGraphOfExtractingEverythingFirst(@TempDir Path dir) {
        Pipeline oneThread = Pipeline.builder().nlp(SharedNlp.nlp()).registry(SharedNlp.registry()).threads(1).build();
        Pipeline.CorpusExtraction all = oneThread.extract(CorpusGraph.CORPUS);
        // Written through TDB2 too, which keeps values (a decimal 0.80 is read back as 0.8), not spellings.
        KgStore reference = KgStore.open(dir);
        reference.rebuild(stream -> {
            RegistryGraphWriter registry = new RegistryGraphWriter(stream);
            registry.writeOntology();
            registry.writeRegistry(SharedNlp.registry());
            WikidataSnapshot.shipped().writeTo(stream);
            ArticleGraphWriter articles = new ArticleGraphWriter(stream);
            ContradictionFinder contradictions = new ContradictionFinder();
            for (ArticleClaims ac : all.articles()) {
                articles.write(ac);
                contradictions.observe(ac);
            }
            contradictions.write(stream);
        });

        DatasetGraph expected = inMemory(reference);
        DatasetGraph streamed = inMemory(KgStore.open(CorpusGraph.database()));
        KgStore.release(reference.currentLocation().orElseThrow());

        assertTrue(IsoMatcher.isomorphic(expected, streamed), "the streamed build differs from extracting everything first");
        assertEquals(all.articles().size(), CorpusGraph.report().articles());
        assertEquals(all.articles().stream().mapToInt(a -> a.claims().size()).sum(), CorpusGraph.report().claims());
    }

    @Test
    void aBuildReportsWhereItsTimeWent() {
        Pipeline.BuildReport report = CorpusGraph.report();
        Pipeline.Timings t = report.timings();
        long sentences = sentencesInGraph();

        assertEquals(report.articles(), t.articles());
        assertEquals(sentences, t.sentences());
        assertTrue(t.annotation().toNanos() > 0 && t.extraction().toNanos() > 0 && t.reading().toNanos() > 0
                && t.writing().toNanos() > 0, t::toString);
        assertTrue(t.annotation().compareTo(t.extraction()) > 0, () -> "CoreNLP should take longer than our rules: " + t);
        assertTrue(t.ourShare() > 0 && t.ourShare() < 1, t::toString);
        assertTrue(t.sentencesPerSecond() > 0, t::toString);
    }

    /** Sentences of the corpus's canonical articles, as the graph records them. */
    private static long sentencesInGraph() {
        Dataset built = KgStore.open(CorpusGraph.database()).openCurrent();
        return Txn.calculateRead(built, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(
                    "SELECT (COUNT(?s) AS ?n) { ?s a <https://w3id.org/conflict-kg/ontology#Sentence> }", built)) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static DatasetGraph inMemory(KgStore store) {
        Dataset stored = store.openCurrent();
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(stored, () -> Txn.executeWrite(copy, () -> stored.asDatasetGraph().find().forEachRemaining(copy::add)));
        return copy;
    }
}
