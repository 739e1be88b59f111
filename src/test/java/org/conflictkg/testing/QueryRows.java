package org.conflictkg.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.conflictkg.store.KgStore;

/**
 * The answers of a query file of {@code ontology/queries/} on the corpus graph ({@link CorpusGraph}), as
 * strings that a test can compare with rows read off the articles by hand: the chosen variables joined
 * by {@code " | "}, IRIs shortened to their last segment, unbound values as {@code -}.
 */
public final class QueryRows {

    private QueryRows() {}

    public static Set<String> of(String queryFile, String... vars) {
        String query;
        try {
            query = Files.readString(Path.of("ontology/queries", queryFile), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dataset ds = KgStore.open(CorpusGraph.database()).openCurrent();
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (String v : vars) cells.add(show(s.get(v)));
                    out.add(String.join(" | ", cells));
                }
            }
            return out;
        });
    }

    private static String show(RDFNode n) {
        if (n == null) return "-";
        if (n.isURIResource()) return n.asResource().getURI().replaceAll(".*[/#]", "");
        // TDB2 gives decimals back in canonical form ("2976566.0"); show them as written.
        return canonical(n.asNode()).getLiteralLexicalForm();
    }

    /** A decimal as its shortest numeral, so that "2976566" and "2976566.0" compare equal; other nodes as they are. */
    public static Node canonical(Node n) {
        if (!n.isLiteral() || !XSDDatatype.XSDdecimal.equals(n.getLiteralDatatype())) return n;
        return NodeFactory.createLiteralDT(new BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
