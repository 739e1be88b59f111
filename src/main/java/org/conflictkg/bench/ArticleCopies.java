package org.conflictkg.bench;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.rdf.CK;
import org.conflictkg.rdf.Iris;

/**
 * Passes a knowledge graph on with every article repeated: the quads of each article graph, and the
 * contradiction links between claims, are sent {@code copies} times, copy {@code c > 0} under article id
 * {@code {id}-copy{c}} (its graph, article, sentence, claim and quote IRIs renamed). The registry, ontology and
 * Wikidata graphs are sent once. It turns a small corpus graph into a large one of the same shape, for load and
 * query benchmarks.
 * <pre>
 *   StreamRDF larger = new ArticleCopies(writer, 250);
 * </pre>
 */
final class ArticleCopies extends StreamRDFWrapper {

    /** The IRI spaces named after an article id; an IRI in one of them is {@code prefix + id [+ "/" + rest]}. */
    private static final List<String> PER_ARTICLE = List.of(CK.ARTICLE_GRAPH_BASE, CK.ARTICLE_BASE, CK.CLAIM_BASE, CK.QUOTE_BASE);

    private final int copies;
    private final Node derivedGraph = Iris.derivedGraph();

    ArticleCopies(StreamRDF out, int copies) {
        super(out);
        if (copies < 1) throw new IllegalArgumentException("At least one copy, not " + copies);
        this.copies = copies;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        boolean perArticle = g.equals(derivedGraph) || g.isURI() && g.getURI().startsWith(CK.ARTICLE_GRAPH_BASE);
        super.quad(quad);
        if (!perArticle) return;
        for (int c = 1; c < copies; c++) {
            super.quad(Quad.create(rename(g, c), rename(quad.getSubject(), c), quad.getPredicate(), rename(quad.getObject(), c)));
        }
    }

    private static Node rename(Node node, int copy) {
        if (!node.isURI()) return node;
        String iri = node.getURI();
        for (String prefix : PER_ARTICLE) {
            if (!iri.startsWith(prefix)) continue;
            int idEnd = iri.indexOf('/', prefix.length());
            if (idEnd < 0) idEnd = iri.length();
            return NodeFactory.createURI(iri.substring(0, idEnd) + "-copy" + copy + iri.substring(idEnd));
        }
        return node;
    }
}
