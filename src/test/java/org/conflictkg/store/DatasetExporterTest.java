package org.conflictkg.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatasetExporterTest {
    private static final String CK = "https://w3id.org/conflict-kg/ontology#";
    private static final String SCHEMA = "http://schema.org/";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String IDS = "https://w3id.org/conflict-kg/id/";
    private static final String GRAPHS = "https://w3id.org/conflict-kg/graph/";
    private static final Node ARTICLE = uri(GRAPHS + "article/001_082d920b4783cabf");
    private static final Node OTHER_ARTICLE = uri(GRAPHS + "article/002_5e1f");
    private static final Node REGISTRY = uri(GRAPHS + "registry");
    private static final Node RUSSIA = uri(IDS + "entity/russia");
    private static final Node CSTO = uri(IDS + "entity/csto");
    private static final Node ARMENIA = uri(IDS + "entity/armenia");
    private static final Node LABEL = uri("http://www.w3.org/2000/01/rdf-schema#label");

    @TempDir
    Path tmp;
    private KgStore store;
    private Dataset kg;

    @BeforeEach
    void buildStore() {
        store = KgStore.open(tmp.resolve("db"));
        Node claim = uri(IDS + "claim/001_082d920b4783cabf/9f2c");
        Node sentence = uri(IDS + "article/001_082d920b4783cabf/sentence/3");
        Node quantity = NodeFactory.createBlankNode();
        Node sharedSpan = NodeFactory.createBlankNode();
        store.rebuild(stream -> Stream.of(
                // Language tags, including a non-Latin script and a region subtag.
                Quad.create(REGISTRY, RUSSIA, LABEL, NodeFactory.createLiteralLang("Russia", "en")),
                Quad.create(REGISTRY, RUSSIA, LABEL, NodeFactory.createLiteralLang("Россия", "ru")),
                Quad.create(REGISTRY, ARMENIA, LABEL, NodeFactory.createLiteralLang("Armenia", "en-GB")),
                Quad.create(REGISTRY, CSTO, LABEL, NodeFactory.createLiteralString("CSTO")),
                // Typed literals of the kinds claims use.
                Quad.create(ARTICLE, claim, uri(CK + "confidence"), typed("0.85", XSDDatatype.XSDdecimal)),
                Quad.create(ARTICLE, claim, uri(CK + "timeStart"), typed("1993", XSDDatatype.XSDgYear)),
                Quad.create(ARTICLE, claim, uri(CK + "timeEnd"), typed("2020-11-10", XSDDatatype.XSDdate)),
                Quad.create(ARTICLE, claim, uri(NIF + "beginIndex"), typed("120", XSDDatatype.XSDnonNegativeInteger)),
                Quad.create(ARTICLE, claim, uri(CK + "quantityValue"), typed("39", XSDDatatype.XSDinteger)),
                Quad.create(ARTICLE, claim, uri(CK + "statedIn"), sentence),
                // Characters the writers must escape.
                Quad.create(ARTICLE, sentence, uri(NIF + "anchorOf"),
                        NodeFactory.createLiteralString("He said: \"we will stay\"\n\tand left \\ early.")),
                // A blank node used twice in one graph, and one shared by two graphs.
                Quad.create(ARTICLE, claim, uri(CK + "quantity"), quantity),
                Quad.create(ARTICLE, quantity, uri(CK + "quantityBound"), NodeFactory.createLiteralString(">=")),
                Quad.create(ARTICLE, quantity, uri(CK + "quantityValue"), typed("39", XSDDatatype.XSDinteger)),
                Quad.create(ARTICLE, claim, uri(CK + "evidence"), sharedSpan),
                Quad.create(OTHER_ARTICLE, sharedSpan, uri(SCHEMA + "text"), NodeFactory.createLiteralString("...")),
                // The same triple in two graphs: once in the Turtle union.
                Quad.create(ARTICLE, RUSSIA, uri(CK + "memberOf"), CSTO),
                Quad.create(OTHER_ARTICLE, RUSSIA, uri(CK + "memberOf"), CSTO))
                .forEach(stream::quad));
        kg = store.openCurrent();
    }

    @AfterEach
    void releaseStore() {
        KgStore.release(store.currentLocation().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NQUADS", "TRIG", "JSONLD"})
    void aDumpWithNamedGraphsReadsBackAsTheSameDataset(ExportFormat format) {
        byte[] dump = export(format);

        DatasetGraph reread = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(dump)).lang(jenaLang(format)).parse(reread);

        DatasetGraph stored = copyOfStore();
        assertEquals(graphNames(stored), graphNames(reread));
        assertTrue(IsoMatcher.isomorphic(stored, reread), () -> format + " dump differs:\n" + new String(dump, UTF_8));
        assertTrue(stored.find(ARTICLE, Node.ANY, Node.ANY, Node.ANY).hasNext(), "the comparison saw the data");
    }

    @Test
    void aTurtleDumpIsTheUnionOfTheNamedGraphs() {
        byte[] dump = export(ExportFormat.TURTLE);

        Graph reread = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(dump)).lang(Lang.TURTLE).parse(reread);

        Graph union = GraphFactory.createDefaultGraph();
        DatasetGraph stored = copyOfStore();
        stored.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        assertEquals(18, Iter.count(stored.find()));
        assertEquals(17, union.size(), "the membership triple is in two graphs");
        assertTrue(IsoMatcher.isomorphic(union, reread), () -> "Turtle dump differs:\n" + new String(dump, UTF_8));
    }

    @Test
    void theNumberOfStatementsWrittenIsReported() {
        long nquads = DatasetExporter.export(kg, ExportFormat.NQUADS, new ByteArrayOutputStream());
        long turtle = DatasetExporter.export(kg, ExportFormat.TURTLE, new ByteArrayOutputStream());

        assertEquals(18, nquads);
        assertEquals(17, turtle, "each distinct triple of the union once");
    }

    @Test
    void literalsAndGraphsAreWrittenAsExpected() {
        String nquads = new String(export(ExportFormat.NQUADS), UTF_8);

        assertTrue(nquads.contains("<" + RUSSIA.getURI() + "> <" + LABEL.getURI() + "> \"Россия\"@ru <"
                + REGISTRY.getURI() + "> ."), nquads);
        assertTrue(nquads.contains("\"0.85\"^^<http://www.w3.org/2001/XMLSchema#decimal> <" + ARTICLE.getURI() + ">"),
                nquads);
        assertTrue(nquads.contains("<" + CSTO.getURI() + "> <" + LABEL.getURI() + "> \"CSTO\" <"
                + REGISTRY.getURI() + "> ."), "xsd:string literals are written plain:\n" + nquads);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "TURTLE"})
    void turtleFamilyDumpsDeclareTheProjectPrefixes(ExportFormat format) {
        String dump = new String(export(format), UTF_8);

        DatasetExporter.PREFIXES.forEach((prefix, namespace) -> assertTrue(
                dump.contains("@prefix " + prefix + ": <" + namespace + ">"), () -> prefix + " missing:\n" + dump));
        assertTrue(dump.contains("ck:memberOf"), "the prefixes are used:\n" + dump);
    }

    @Test
    void aJsonLdDumpCarriesThePrefixesInItsContext() {
        String dump = new String(export(ExportFormat.JSONLD), UTF_8);

        assertTrue(dump.contains("\"@context\""), dump);
        assertTrue(dump.contains("\"ck\"") && dump.contains("\"" + CK + "\""), dump);
    }

    @Test
    void exportingToAFileLeavesNoPartialFileBehind() throws IOException {
        Path file = tmp.resolve("dumps/conflict-kg.nq");

        long written = DatasetExporter.export(kg, ExportFormat.NQUADS, file);

        assertEquals(18, written);
        assertEquals(18, Files.readAllLines(file, UTF_8).stream().filter(line -> !line.isBlank()).count());
        assertFalse(Files.exists(tmp.resolve("dumps/conflict-kg.nq.part")));
    }

    @Test
    void formatsKnowTheirFileExtensionAndMediaType() {
        assertEquals("nq", ExportFormat.NQUADS.fileExtension());
        assertEquals("application/n-quads", ExportFormat.NQUADS.mediaType());
        assertEquals("trig", ExportFormat.TRIG.fileExtension());
        assertEquals("application/trig", ExportFormat.TRIG.mediaType());
        assertEquals("jsonld", ExportFormat.JSONLD.fileExtension());
        assertEquals("application/ld+json", ExportFormat.JSONLD.mediaType());
        assertEquals("ttl", ExportFormat.TURTLE.fileExtension());
        assertEquals("text/turtle", ExportFormat.TURTLE.mediaType());
        assertFalse(ExportFormat.TURTLE.holdsNamedGraphs());
        assertTrue(ExportFormat.TRIG.holdsNamedGraphs());
    }

    private byte[] export(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetExporter.export(kg, format, out);
        return out.toByteArray();
    }

    private DatasetGraph copyOfStore() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        DatasetGraph dsg = kg.asDatasetGraph();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
        return copy;
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> Iter.asStream(dsg.listGraphNodes())
                .sorted(Comparator.comparing(Node::getURI)).toList());
    }

    private static Lang jenaLang(ExportFormat format) {
        return switch (format) {
            case NQUADS -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case TURTLE -> Lang.TURTLE;
        };
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node typed(String lexicalForm, XSDDatatype datatype) {
        return NodeFactory.createLiteralDT(lexicalForm, datatype);
    }
}
