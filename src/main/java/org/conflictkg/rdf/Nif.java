package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The few NIF 2.0 Core terms conflict-kg uses to place sentences, claims and quotations in an article's cleaned
 * text (Jena has no NIF vocabulary class). Offsets are typed xsd:nonNegativeInteger, which
 * {@code Model.addLiteral(s, p, long)} would not give (it types xsd:long):
 * <pre>
 *   model.add(sentence, Nif.beginIndex,
 *             ResourceFactory.createTypedLiteral(Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger))
 *        .add(sentence, Nif.anchorOf, text);
 * </pre>
 */
public final class Nif {

    /** The namespace of the vocabulary as a string. */
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() { return NS; }

    /** A sentence of a text; {@link CK#Sentence} is a subclass. */
    public static final Resource Sentence = resource("Sentence");

    /** Offset of the first character of a span in the text, counting from 0 (xsd:nonNegativeInteger). */
    public static final Property beginIndex = property("beginIndex");

    /** Offset just past the last character of a span in the text (xsd:nonNegativeInteger). */
    public static final Property endIndex = property("endIndex");

    /** The characters of a span: the text between its begin and end index. */
    public static final Property anchorOf = property("anchorOf");

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    private Nif() {}
}
