package org.conflictkg.server.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * A form in which the server sends a document: an HTML page, or an RDF description in one of four syntaxes,
 * each with its media type and its file suffix.
 */
public enum Representation {
    HTML("HTML", WebContent.contentTypeHTML, "html", null),
    TURTLE("Turtle", WebContent.contentTypeTurtle, "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("JSON-LD", WebContent.contentTypeJSONLD, "jsonld", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("N-Triples", WebContent.contentTypeNTriples, "nt", RDFFormat.NTRIPLES),
    RDFXML("RDF/XML", WebContent.contentTypeRDFXML, "rdf", RDFFormat.RDFXML_PRETTY);

    /** The RDF representations, Turtle first: the one sent when a client accepts any. */
    public static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    /** Every representation, HTML first: what a thing's IRI offers. */
    public static final List<Representation> ALL = List.of(HTML, TURTLE, JSONLD, NTRIPLES, RDFXML);

    private final String label;
    private final String mediaType;
    private final String suffix;
    private final RDFFormat rdfFormat;

    Representation(String label, String mediaType, String suffix, RDFFormat rdfFormat) {
        this.label = label;
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdfFormat = rdfFormat;
    }

    /** The format's usual name, e.g. "JSON-LD". */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file suffix without the dot. */
    public String suffix() {
        return suffix;
    }

    /** The Jena writer format; absent for HTML. */
    public Optional<RDFFormat> rdfFormat() {
        return Optional.ofNullable(rdfFormat);
    }

    public boolean isRdf() {
        return rdfFormat != null;
    }

    public Lang lang() {
        return rdfFormat == null ? null : rdfFormat.getLang();
    }

    /** The representation whose suffix is {@code suffix} (without the dot), if any. */
    public static Optional<Representation> ofSuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }

    /** The representation of {@code mediaType} among {@code offers}, if any. */
    static Optional<Representation> ofMediaType(MediaType mediaType, List<Representation> offers) {
        return offers.stream().filter(r -> r.mediaType.equals(mediaType.getContentTypeStr())).findFirst();
    }

    /** The offers as an accept list in order of preference, for Jena's content negotiation. */
    static AcceptList acceptList(List<Representation> offers) {
        return AcceptList.create(offers.stream().map(r -> r.mediaType).toArray(String[]::new));
    }
}
