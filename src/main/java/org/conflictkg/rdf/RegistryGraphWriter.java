package org.conflictkg.rdf;

import java.io.InputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.extract.registry.EventInfo;

/**
 * Writes the curated registry (actors, places, organisations, events) into {@code graph/registry}
 * and the ontology into {@code graph/ontology}, so that pages and queries find labels and types.
 * <p>
 * An entity is linked to its Wikidata item with {@code skos:exactMatch}, not {@code owl:sameAs}: the
 * two describe the same thing, but sameAs would make every statement of one a statement of the other
 * for a reasoner, and our claims are attributed statements that Wikidata does not make.
 */
public final class RegistryGraphWriter {

    /** Where the ontology is on the classpath (the build copies {@code ontology/} there). */
    public static final String ONTOLOGY_RESOURCE = "/org/conflictkg/ontology/conflict.ttl";

    private final StreamRDF out;

    public RegistryGraphWriter(StreamRDF out) {
        this.out = out;
    }

    public void writeRegistry(EntityRegistry registry) {
        Node g = CK.REGISTRY_GRAPH.asNode();
        for (Entity e : registry.entities()) describe(g, e);
        for (EventInfo ev : registry.events()) {
            Node n = describe(g, ev.entity());
            ev.start().ifPresent(d -> quad(g, n, CK.startDate.asNode(), ArticleGraphWriter.date(d)));
            ev.end().ifPresent(d -> quad(g, n, CK.endDate.asNode(), ArticleGraphWriter.date(d)));
            ev.partOfKey().flatMap(registry::byKey).ifPresent(p -> quad(g, n, CK.partOf.asNode(), Iris.entity(p)));
        }
    }

    /** Type, label, aliases and Wikidata link of a registry entity or event; returns its node. */
    private Node describe(Node g, Entity e) {
        Node n = Iris.entity(e);
        quad(g, n, RDF.type.asNode(), ArticleGraphWriter.type(e.type()));
        quad(g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.label(), "en"));
        for (String alias : e.aliases()) quad(g, n, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, "en"));
        e.wikidata().ifPresent(q -> quad(g, n, SKOS.exactMatch.asNode(), Iris.wikidata(q)));
        return n;
    }

    public void writeOntology() {
        InputStream in = RegistryGraphWriter.class.getResourceAsStream(ONTOLOGY_RESOURCE);
        if (in == null) throw new IllegalStateException("the ontology is missing from the classpath: " + ONTOLOGY_RESOURCE);
        StreamRDF toGraph = StreamRDFLib.extendTriplesToQuads(CK.ONTOLOGY_GRAPH.asNode(), out);
        RDFParser.source(in).lang(Lang.TURTLE).base(CK.NS).parse(new PrefixlessStream(toGraph));
    }

    private void quad(Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }

    /** Passes triples and quads on but not the parser's start/finish/prefix events, which belong to the caller's stream. */
    private static final class PrefixlessStream extends org.apache.jena.riot.system.StreamRDFWrapper {
        PrefixlessStream(StreamRDF other) { super(other); }
        @Override public void start() {}
        @Override public void finish() {}
        @Override public void base(String base) {}
        @Override public void prefix(String prefix, String iri) {}
    }
}
