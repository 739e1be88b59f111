package org.conflictkg.wikidata;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Wikidata's RDF vocabulary as the Wikidata Query Service serves it, for the terms the snapshot and its
 * queries use: items ({@code wd:}), direct ("truthy") properties ({@code wdt:}), statement nodes
 * ({@code p:}, {@code ps:}, {@code pq:}), ranks ({@code wikibase:}) and coordinates ({@code geo:}).
 * <pre>
 *   Node armenia = WD.item("Q399");                       // http://www.wikidata.org/entity/Q399
 *   graph.add(armenia, WD.direct("P1082"), population);    // wdt:P1082
 * </pre>
 * Keeping these exactly as Wikidata spells them is what lets a query written for the query service run
 * unchanged on the snapshot graph.
 */
public final class WD {

    /** The public Wikidata Query Service, the endpoint {@code kg wikidata refresh} and federation use. */
    public static final String QUERY_SERVICE = "https://query.wikidata.org/sparql";

    /** {@code wd:}, items. */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** {@code wdt:}, the best-ranked simple value of a property. */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    /** {@code p:}, from an item to its statement nodes. */
    public static final String CLAIM = "http://www.wikidata.org/prop/";
    /** {@code ps:}, the value of a statement node. */
    public static final String STATEMENT = "http://www.wikidata.org/prop/statement/";
    /** {@code pq:}, a qualifier of a statement node. */
    public static final String QUALIFIER = "http://www.wikidata.org/prop/qualifier/";
    /** {@code wikibase:}, Wikibase's ontology (ranks). */
    public static final String WIKIBASE = "http://wikiba.se/ontology#";
    /** {@code geo:}, GeoSPARQL, whose {@code wktLiteral} carries coordinates. */
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    /** {@code schema:}, which Wikidata uses for descriptions, sitelinks and item revisions. */
    public static final String SCHEMA = "http://schema.org/";
    /** {@code prov:}, for where the snapshot and each of its values came from. */
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** The rank of a statement node: wikibase:PreferredRank, NormalRank or DeprecatedRank. */
    public static final Node rank = NodeFactory.createURI(WIKIBASE + "rank");
    /** The rank of a statement Wikidata keeps but marks as wrong; queries leave such statements out. */
    public static final Node DeprecatedRank = NodeFactory.createURI(WIKIBASE + "DeprecatedRank");
    /** Datatype of a coordinate literal, {@code "Point(longitude latitude)"}. */
    public static final String wktLiteral = GEO + "wktLiteral";

    /** When the snapshot's values were retrieved. */
    public static final Node prov_generatedAtTime = NodeFactory.createURI(PROV + "generatedAtTime");
    /** Where the snapshot, or one of its statements, came from: an endpoint or a described source. */
    public static final Node prov_wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    /** The class of the snapshot and of the sources it names. */
    public static final Node prov_Entity = NodeFactory.createURI(PROV + "Entity");

    /** The prefixes a snapshot file is written with, as the query service declares them. */
    public static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("wd", ENTITY), Map.entry("wds", ENTITY + "statement/"), Map.entry("wdt", DIRECT),
            Map.entry("p", CLAIM), Map.entry("ps", STATEMENT), Map.entry("pq", QUALIFIER),
            Map.entry("wikibase", WIKIBASE), Map.entry("geo", GEO), Map.entry("schema", SCHEMA),
            Map.entry("prov", PROV), Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"));

    private WD() {}

    /** The item with this id ({@code Q159}). */
    public static Node item(String qid) {
        return NodeFactory.createURI(ENTITY + qid);
    }

    /** The id of an item IRI ({@code Q159}), or empty when the node is not a Wikidata item. */
    public static Optional<String> qid(Node node) {
        if (!node.isURI() || !node.getURI().startsWith(ENTITY)) return Optional.empty();
        String id = node.getURI().substring(ENTITY.length());
        return id.matches("Q[1-9][0-9]*") ? Optional.of(id) : Optional.empty();
    }

    /** {@code wdt:P…}. */
    public static Node direct(String pid) {
        return NodeFactory.createURI(DIRECT + pid);
    }
}
