package org.conflictkg.wikidata;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.rdf.CK;
import org.conflictkg.store.KgStore;

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
        g.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(), canonical(t.getObject()))));
        return out;
    }

    /** A decimal as its shortest numeral, so that "2976566" and "2976566.0" compare equal. */
    static Node canonical(Node n) {
        if (!n.isLiteral() || !XSDDatatype.XSDdecimal.equals(n.getLiteralDatatype())) return n;
        return NodeFactory.createLiteralDT(new BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
