package org.conflictkg.rdf;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** The ontology files and the test fixtures of this package, and the loaders the tests share. */
final class Fixtures {

    static final Path ONTOLOGY = Path.of("ontology/conflict.ttl");
    static final Path SHAPES = Path.of("ontology/shapes.ttl");
    static final Path QUERIES = Path.of("ontology/queries");
    static final Path DIR = Path.of("src/test/files/rdf");
    /** Registry and two disagreeing article graphs; valid, and the data the query tests check answers on. */
    static final Path VALID_DATASET = DIR.resolve("valid-dataset.trig");

    /** Parses a Turtle or TriG file with Jena in strict mode, as a graph (a TriG file's default graph). */
    static Graph parse(Path file) {
        return RDFParser.source(file).strict(true).toGraph();
    }

    static Graph ontology() {
        return RDFParser.source(ONTOLOGY).lang(Lang.TURTLE).strict(true).toGraph();
    }

    static Shapes shapes() {
        return Shapes.parse(RDFParser.source(SHAPES).lang(Lang.TURTLE).strict(true).toGraph());
    }

    /**
     * Loads the valid dataset, and the ontology into its named graph, into a TDB2 database in {@code dir}, with
     * the union of the named graphs as the default graph: the store as the server answers queries from it.
     */
    static Dataset loadValidDataset(Path dir) {
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dir));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            RDFParser.source(VALID_DATASET).strict(true).parse(dataset);
            dataset.asDatasetGraph().addGraph(CK.ONTOLOGY_GRAPH.asNode(), ontology());
        });
        return dataset;
    }

    private Fixtures() {}
}
