package org.conflictkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The few schema.org terms conflict-kg uses, for articles and quotations, in the {@code http://schema.org/}
 * namespace the ontology aligns to (Jena has no schema.org vocabulary class).
 * <pre>
 *   model.add(quote, RDF.type, SchemaOrg.Quotation)
 *        .add(quote, SchemaOrg.text, "exact words");
 * </pre>
 */
public final class SchemaOrg {

    /** The namespace of the vocabulary as a string. */
    public static final String NS = "http://schema.org/";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() { return NS; }

    /** A news article; {@link CK#Article} is a subclass. */
    public static final Resource NewsArticle = resource("NewsArticle");

    /** A specific, factually-oriented claim; {@link CK#Claim} is a subclass. */
    public static final Resource Claim = resource("Claim");

    /** A quotation of someone's words, the node a quote claim points to with {@link CK#quotation}. */
    public static final Resource Quotation = resource("Quotation");

    /** The headline of an article. */
    public static final Property headline = property("headline");

    /** The address of an article on the web, as an IRI. */
    public static final Property url = property("url");

    /** When an article was published, typed at the precision known (xsd:gYear, xsd:gYearMonth or xsd:date). */
    public static final Property datePublished = property("datePublished");

    /** The text of a creative work: an article's cleaned text, or a quotation's exact words. */
    public static final Property text = property("text");

    /** Who made a creative work: the speaker of a quotation. */
    public static final Property creator = property("creator");

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    private SchemaOrg() {}
}
