package org.conflictkg.wikidata;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.rdf.CK;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.QueryRows;

/** The Wikidata graph of a built database, and comparing it with a snapshot. */
final class SnapshotGraphs {

    private SnapshotGraphs() {}

    /** A copy of the {@code graph/wikidata} of the live generation in {@code dbDir}. */
    static Graph loaded(Path dbDir) {
        Dataset ds = KgStore.open(dbDir).openCurrent();
        return Txn.calculateRead(ds, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(CK.WIKIDATA_GRAPH.asNode()).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /**
     * Whether the two graphs say the same, literals compared by value: TDB2 stores numbers in canonical
     * form, so "2976566"^^xsd:decimal comes back as "2976566.0".
     */
    static boolean sameValues(Graph a, Graph b) {
        return canonical(a).isIsomorphicWith(canonical(b));
    }

    private static Graph canonical(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(), QueryRows.canonical(t.getObject()))));
        return out;
    }
}
