package org.conflictkg.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.extract.Entity;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.rdf.CK;
import org.conflictkg.rdf.Iris;
import org.conflictkg.store.KgStore;
import org.conflictkg.testing.CorpusGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Wikidata links of the built corpus graph, checked against the shared reference file
 * {@code ../shared/wikidata/entities.tsv}: every confirmed id the registry uses is on its entity and
 * nowhere else, and nothing else in the graph links to Wikidata.
 */
class WikidataLinksTest {

    private static final Path SHARED = Path.of("../shared/wikidata/entities.tsv");

    private static final Map<String, String> confirmed = new HashMap<>();
    private static final List<String> unconfirmed = new ArrayList<>();
    /** Every skos:exactMatch to a Wikidata item in the built dataset: subject IRI to item ids. */
    private static final Map<String, Set<String>> links = new TreeMap<>();
    private static final EntityRegistry registry = EntityRegistry.fromClasspath();

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(Files.exists(SHARED), "no shared Wikidata reference file at " + SHARED.toAbsolutePath());
        for (String line : Files.readAllLines(SHARED)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("qid\t")) continue;
            String[] cells = line.split("\t", -1);
            if (cells[0].isEmpty()) unconfirmed.add(cells[1]);
            else confirmed.put(cells[0], cells[1]);
        }
        Dataset ds = KgStore.open(CorpusGraph.database()).openCurrent();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find(Node.ANY, Node.ANY, SKOS.exactMatch.asNode(), Node.ANY)
                .forEachRemaining((Quad q) -> {
                    // The ontology aligns classes (ck:Person with human); those are not entity links.
                    if (q.getGraph().equals(CK.ONTOLOGY_GRAPH.asNode())) return;
                    if (!q.getObject().isURI() || !q.getObject().getURI().startsWith(WD.ENTITY)) return;
                    assertEquals(CK.REGISTRY_GRAPH.asNode(), q.getGraph(), "Wikidata links live in the registry graph: " + q);
                    links.computeIfAbsent(q.getSubject().getURI(), s -> new TreeSet<>())
                            .add(WD.qid(q.getObject()).orElseThrow(() -> new AssertionError("not an item: " + q)));
                }));
    }

    @Test
    void everyConfirmedIdTheRegistryUsesIsOnItsEntityAlone() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String qid : confirmed.keySet()) {
            Entity e = registry.byWikidata(qid).orElse(null);
            if (e != null) expected.put(Iris.entity(e).getURI(), Set.of(qid));
        }
        assertEquals(confirmed.size(), expected.size(), "the registry uses every confirmed id");
        // Equal maps: the right entity has the id, it has no other, and no other node has any.
        assertEquals(expected, links);
    }

    @Test
    void entriesWithoutAConfirmedIdHaveNoWikidataLink() {
        assertFalse(unconfirmed.isEmpty());
        for (String label : unconfirmed) {
            Entity e = registry.byName(label).orElseThrow(() -> new AssertionError("registry lacks " + label));
            String iri = Iris.entity(e).getURI();
            assertFalse(links.containsKey(iri), label + " (" + iri + ") is linked to " + links.get(iri));
        }
    }

    @Test
    void linksUseExactMatchNotSameAs() {
        Dataset ds = KgStore.open(CorpusGraph.database()).openCurrent();
        boolean sameAs = Txn.calculateRead(ds, () -> ds.asDatasetGraph()
                .find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.OWL.sameAs.asNode(), Node.ANY).hasNext());
        assertFalse(sameAs, "no owl:sameAs: our claims are not Wikidata's statements");
        assertTrue(links.size() > 40, links.toString());
    }
}
