package org.conflictkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.conflictkg.store.DatasetExporter;
import org.conflictkg.store.ExportFormat;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.CorpusGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The graph built from the real corpus: shapes, dumps and rebuilds. */
class BuiltGraphTest {

    private static DatasetGraph copyOfStore() {
        Dataset ds = KgStore.open(CorpusGraph.database()).openCurrent();
        return Txn.calculateRead(ds, () -> copy(ds.asDatasetGraph()));
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> dsg.find().forEachRemaining(mem::add));
        return mem;
    }

    @Test
    void everyGraphAndTheirUnionSatisfyTheShapes() {
        Shapes shapes = Shapes.parse(RDFParser.source(Path.of("ontology/shapes.ttl")).lang(Lang.TURTLE).toGraph());
        DatasetGraph dsg = copyOfStore();
        Txn.executeRead(dsg, () -> {
            ValidationReport union = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
            if (!union.conforms()) ShLib.printReport(union);
            assertTrue(union.conforms(), "the union graph violates the shapes");
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (g.getURI().endsWith("/ontology")) continue; // the ontology describes terms, not data
                ValidationReport r = ShaclValidator.get().validate(shapes, dsg.getGraph(g));
                if (!r.conforms()) ShLib.printReport(r);
                assertTrue(r.conforms(), g + " violates the shapes");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NQUADS", "TRIG", "JSONLD"})
    void rioDumpsReadBackByJenaAreIsomorphicToTheStore(ExportFormat format) {
        Dataset ds = KgStore.open(CorpusGraph.database()).openCurrent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetExporter.export(ds, format, out);
        DatasetGraph reread = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), jenaLang(format)).parse(reread);
        DatasetGraph stored = copyOfStore();
        assertTrue(IsoMatcher.isomorphic(stored, reread), format + " dump differs from the store");
    }

    @Test
    void aRebuildOfTheSameCorpusIsIsomorphic(@TempDir Path dir) {
        KgStore second = KgStore.open(dir.resolve("db"));
        CorpusGraph.pipeline().build(CorpusGraph.CORPUS, second);
        DatasetGraph a = copyOfStore();
        Dataset b = second.openCurrent();
        DatasetGraph bCopy = Txn.calculateRead(b, () -> copy(b.asDatasetGraph()));
        assertTrue(IsoMatcher.isomorphic(a, bCopy), "two builds of one corpus differ");
        assertEquals(count(a), count(bCopy));
        KgStore.release(second.currentLocation().orElseThrow());
    }

    private static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> { long n = 0; for (var it = dsg.find(); it.hasNext(); it.next()) n++; return n; });
    }

    private static Lang jenaLang(ExportFormat f) {
        return switch (f) {
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case TURTLE -> Lang.TURTLE;
        };
    }
}
