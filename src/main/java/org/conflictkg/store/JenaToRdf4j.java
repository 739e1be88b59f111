package org.conflictkg.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * A converter from Jena terms, triples and quads to RDF4J values and statements, for one export.
 * <p>
 * Literals keep their lexical form, datatype and language tag. Blank nodes get fresh short labels
 * ({@code b0}, {@code b1}, ...), the same label for the same Jena blank node throughout the export, so
 * a blank node shared by two statements, or two graphs, stays shared in the dump. An instance therefore
 * serves exactly one export.
 */
final class JenaToRdf4j {
    private final ValueFactory values = SimpleValueFactory.getInstance();
    private final Map<Node, BNode> blankNodes = new HashMap<>();

    /** The statement for a quad; a quad in the default graph gets no context. */
    Statement statement(Quad quad) {
        Resource context = quad.isDefaultGraph() ? null : resource(quad.getGraph());
        return values.createStatement(resource(quad.getSubject()), iri(quad.getPredicate()),
                value(quad.getObject()), context);
    }

    /** The statement for a triple, without context. */
    Statement statement(Triple triple) {
        return values.createStatement(resource(triple.getSubject()), iri(triple.getPredicate()),
                value(triple.getObject()));
    }

    private Value value(Node node) {
        if (node.isLiteral())
            return literal(node);
        return resource(node);
    }

    private Resource resource(Node node) {
        if (node.isBlank())
            return blankNodes.computeIfAbsent(node, n -> values.createBNode("b" + blankNodes.size()));
        return iri(node);
    }

    private IRI iri(Node node) {
        if (!node.isURI())
            throw new IllegalArgumentException("Cannot write " + node + " in a dump: expected an IRI, a blank "
                    + "node or a literal in its place");
        return values.createIRI(node.getURI());
    }

    private Value literal(Node node) {
        String lexicalForm = node.getLiteralLexicalForm();
        if (node.getLiteralBaseDirection() != null)
            // RDF 1.2 directional language strings have no RDF4J counterpart yet.
            throw new IllegalArgumentException("Cannot write the directional literal " + node + " in a dump");
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty())
            return values.createLiteral(lexicalForm, language);
        String datatype = node.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI()))
            return values.createLiteral(lexicalForm);
        if (datatype.equals(RDF.dtLangString.getURI()))
            throw new IllegalArgumentException("Language string without a language tag: " + node);
        return values.createLiteral(lexicalForm, values.createIRI(datatype));
    }
}
