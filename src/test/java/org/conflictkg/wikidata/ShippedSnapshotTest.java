package org.conflictkg.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.rdf.CK;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snapshot shipped in the jar holds exactly the values of the shared {@code wikidata/facts.tsv}, the
 * values public datasets copied from Wikidata, each with its source; nothing else claims to be Wikidata's.
 */
class ShippedSnapshotTest {

    private static final Path FACTS = Path.of("../shared/wikidata/facts.tsv");

    /** facts.tsv as the truthy triples it gives, each with its source note. */
    private static final Map<Triple, String> facts = new HashMap<>();
    private static final Graph shipped = WikidataSnapshot.shipped().graph();

    @BeforeAll
    static void readFacts() throws IOException {
        assumeTrue(Files.exists(FACTS), "no shared facts file at " + FACTS.toAbsolutePath());
        for (String line : Files.readAllLines(FACTS)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("qid\t")) continue;
            String[] c = line.split("\t", -1);
            String qid = c[0], property = c[1], value = c[2], source = c[3];
            switch (property) {
                case "P1082" -> facts.put(Triple.create(WD.item(qid), WD.direct("P1082"),
                        NodeFactory.createLiteralDT(value, XSDDatatype.XSDdecimal)), source);
                case "P625" -> facts.put(Triple.create(WD.item(qid), WD.direct("P625"),
                        NodeFactory.createLiteralDT(value, TypeMapper.getInstance().getSafeTypeByName(WD.wktLiteral))), source);
                case "P463-members" -> {
                    for (String member : value.split(" "))
                        facts.put(Triple.create(WD.item(member), WD.direct("P463"), WD.item(qid)), source);
                }
                default -> throw new AssertionError("facts.tsv has a property this test does not know: " + line);
            }
        }
    }

    @Test
    void everyFactIsThereAsATruthyTripleAndAStatementNamingItsSource() {
        assertEquals(10, facts.size());
        facts.forEach((truthy, source) -> {
            assertTrue(shipped.contains(truthy), "missing " + truthy);
            Node ps = NodeFactory.createURI(WD.STATEMENT + truthy.getPredicate().getLocalName());
            Node pClaim = NodeFactory.createURI(WD.CLAIM + truthy.getPredicate().getLocalName());
            Set<String> sources = new HashSet<>();
            shipped.find(truthy.getSubject(), pClaim, Node.ANY)
                    .filterKeep(st -> shipped.contains(st.getObject(), ps, truthy.getObject()))
                    .forEachRemaining(st -> sources.addAll(sourcesOf(st.getObject())));
            assertEquals(Set.of(source), sources, "the statement of " + truthy + " names its source");
        });
    }

    @Test
    void nothingElseIsGivenAsWikidatasValue() {
        Set<Triple> truthy = new HashSet<>();
        shipped.find().filterKeep(t -> t.getPredicate().getURI().startsWith(WD.DIRECT)).forEachRemaining(truthy::add);
        assertEquals(facts.keySet(), truthy);
        // Every statement value has its truthy twin, so statements add no value of their own.
        shipped.find().filterKeep(t -> t.getPredicate().getURI().startsWith(WD.STATEMENT)).forEachRemaining(st -> {
            Node item = shipped.find(Node.ANY, Node.ANY, st.getSubject()).next().getSubject();
            assertTrue(shipped.contains(item, WD.direct(st.getPredicate().getLocalName()), st.getObject()), st.toString());
        });
        assertFalse(shipped.find(Node.ANY, RDFS.label.asNode(), Node.ANY)
                .filterKeep(t -> WD.qid(t.getSubject()).isPresent()).hasNext(), "no labels: none came from Wikidata");
        assertFalse(shipped.find(Node.ANY, WD.rank, Node.ANY).hasNext(), "no ranks: the sources recorded none");
    }

    @Test
    void theSnapshotSaysWhereItCameFromButNotWhenItWasRetrieved() {
        WikidataSnapshot snapshot = WikidataSnapshot.shipped();
        assertTrue(snapshot.retrievedAt().isEmpty());
        Set<String> sources = new HashSet<>();
        shipped.find(CK.WIKIDATA_GRAPH.asNode(), WD.prov_wasDerivedFrom, Node.ANY)
                .forEachRemaining(t -> sources.addAll(commentsOf(t.getObject())));
        assertEquals(new HashSet<>(facts.values()), sources);
    }

    private static Set<String> sourcesOf(Node statement) {
        Set<String> out = new HashSet<>();
        shipped.find(statement, WD.prov_wasDerivedFrom, Node.ANY).forEachRemaining(t -> out.addAll(commentsOf(t.getObject())));
        return out;
    }

    private static Set<String> commentsOf(Node node) {
        Set<String> out = new HashSet<>();
        shipped.find(node, RDFS.comment.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }
}
