package org.conflictkg.wikidata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.rdf.CK;

/**
 * Fills a Wikidata snapshot from a live endpoint, for the items the registry links to: their labels and
 * the facts users join on, the statements (rank and dates) of the properties that hold for a time, the
 * members of the linked organisations, and the labels of everything those facts point to.
 * <pre>
 *   WikidataClient client = new WikidataClient(WD.QUERY_SERVICE, Duration.ofMinutes(10));
 *   WikidataSnapshot snapshot = new SnapshotRefresh(client).fetch(List.of("Q159", "Q399"));
 *   snapshot.write(WikidataSnapshot.defaultFile(Path.of("db")));
 * </pre>
 * Every query asks about one batch of items ({@code VALUES}), and they run one after the other through
 * the client's gate. The snapshot records when it was retrieved and from which endpoint on the graph's
 * IRI. The queries are in {@code queries/} beside this class.
 */
public final class SnapshotRefresh {

    private final WikidataClient client;

    public SnapshotRefresh(WikidataClient client) {
        this.client = client;
    }

    /** The Wikidata ids the registry links its entities and events to. */
    public static Set<String> linkedItems(EntityRegistry registry) {
        Set<String> ids = new TreeSet<>();
        registry.entities().forEach(e -> e.wikidata().ifPresent(ids::add));
        registry.events().forEach(ev -> ev.entity().wikidata().ifPresent(ids::add));
        return ids;
    }

    /**
     * The snapshot of these items.
     *
     * @throws WikidataException when the endpoint cannot be reached or asked within the client's budget, or
     *                           knows nothing of any of the items (a wrong endpoint, most likely)
     */
    public WikidataSnapshot fetch(Collection<String> qids) {
        List<Node> items = new TreeSet<>(qids).stream().map(WD::item).toList();
        Graph graph = GraphFactory.createDefaultGraph();
        for (String query : List.of("items.rq", "statements.rq"))
            for (List<Node> batch : Queries.batches(items))
                GraphUtil.addInto(graph, client.construct(Queries.withValues(query, "item", batch)));
        if (graph.isEmpty())
            throw new WikidataException(client.endpoint() + " returned nothing about any of the " + items.size() + " items");
        for (List<Node> batch : Queries.batches(items))
            GraphUtil.addInto(graph, client.construct(Queries.withValues("members.rq", "org", batch)));
        for (List<Node> batch : Queries.batches(unlabelled(graph)))
            GraphUtil.addInto(graph, client.construct(Queries.withValues("labels.rq", "item", batch)));

        Node snapshot = CK.WIKIDATA_GRAPH.asNode();
        graph.add(snapshot, RDF.type.asNode(), WD.prov_Entity);
        graph.add(snapshot, WD.prov_generatedAtTime, NodeFactory.createLiteralDT(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        graph.add(snapshot, WD.prov_wasDerivedFrom, NodeFactory.createURI(client.endpoint()));
        graph.add(snapshot, RDFS.comment.asNode(), NodeFactory.createLiteralString(
                "Retrieved from " + client.endpoint() + " by kg wikidata refresh, for the " + items.size()
                        + " Wikidata items the conflict-kg registry links to."));
        return WikidataSnapshot.of(graph, client.endpoint());
    }

    /** The items the facts point to that have no label yet, in id order. */
    private static List<Node> unlabelled(Graph graph) {
        Set<Node> labelled = graph.find(Node.ANY, RDFS.label.asNode(), Node.ANY)
                .mapWith(Triple::getSubject).toSet();
        return graph.find().mapWith(Triple::getObject)
                .filterKeep(o -> WD.qid(o).isPresent() && !labelled.contains(o))
                .toSet().stream()
                .sorted(Comparator.comparing(Node::getURI))
                .toList();
    }
}
