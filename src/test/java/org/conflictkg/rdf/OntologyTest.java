package org.conflictkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.conflictkg.extract.Relation;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the ontology files against each other and against the code: the {@link CK} constants against
 * {@code conflict.ttl} both ways, the relation keys of {@link Relation} against the ontology's properties,
 * both files with two independent strict parsers, the competency queries, and the SHACL shapes against a
 * valid dataset and a set of fixtures each broken in one named way.
 */
class OntologyTest {

    private static final Set<Resource> DECLARATION_TYPES =
            Set.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.NamedIndividual);
    private static final Set<Resource> PROPERTY_TYPES = Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty);
    private static final String SHAPES_NS = "https://w3id.org/conflict-kg/shapes#";
    private static final Pattern CK_TERM = Pattern.compile("\\bck:([A-Za-z_][A-Za-z0-9_]*)");

    private static Model ontology;

    @BeforeAll
    static void loadOntology() {
        ontology = ModelFactory.createModelForGraph(Fixtures.ontology());
    }

    // ---- The Java vocabulary against the ontology ----

    @Test
    void everyConstantOfCkIsAnOntologyTermWithEnglishLabelAndComment() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Field field : ckTermFields()) {
            Resource term = (Resource) field.get(null);
            String name = term.getLocalName();
            if (!field.getName().equals(name))
                problems.add("CK." + field.getName() + " names ck:" + name);
            Set<Resource> types = declarationTypes(term);
            if (types.isEmpty()) {
                problems.add("ck:" + name + " is not declared in " + Fixtures.ONTOLOGY);
                continue;
            }
            boolean declaredProperty = types.stream().anyMatch(PROPERTY_TYPES::contains);
            if (declaredProperty != Property.class.isAssignableFrom(field.getType()))
                problems.add("CK." + name + " is a " + field.getType().getSimpleName() + " but ck:" + name + " is " + types);
            if (!hasEnglish(term, RDFS.label)) problems.add("ck:" + name + " has no English rdfs:label");
            if (!hasEnglish(term, RDFS.comment)) problems.add("ck:" + name + " has no English rdfs:comment");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTermDeclaredInTheOntologyHasAConstantInCk() throws IllegalAccessException {
        Set<String> declared = ontology.listSubjects().toList().stream()
                .filter(s -> s.isURIResource() && s.getURI().startsWith(CK.NS))
                .filter(s -> !declarationTypes(s).isEmpty())
                .map(Resource::getLocalName)
                .collect(Collectors.toCollection(TreeSet::new));
        for (Field field : ckTermFields()) declared.remove(((Resource) field.get(null)).getLocalName());
        assertEquals(Set.of(), declared, "terms of " + Fixtures.ONTOLOGY + " without a constant in CK");
    }

    /** The public constants of {@link CK} that stand for terms of its namespace (not the namespace itself). */
    private static List<Field> ckTermFields() throws IllegalAccessException {
        List<Field> fields = new ArrayList<>();
        for (Field field : CK.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType())) continue;
            String uri = ((Resource) field.get(null)).getURI();
            if (uri.startsWith(CK.NS) && uri.length() > CK.NS.length()) fields.add(field);
        }
        return fields;
    }

    private static Set<Resource> declarationTypes(Resource term) {
        return ontology.listObjectsOfProperty(term, RDF.type).toList().stream()
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .filter(DECLARATION_TYPES::contains)
                .collect(Collectors.toSet());
    }

    private static boolean hasEnglish(Resource term, Property annotation) {
        return ontology.listObjectsOfProperty(term, annotation).toList().stream()
                .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en")
                        && !o.asLiteral().getLexicalForm().isBlank());
    }

    // ---- Relation keys against the ontology and the shapes ----

    @ParameterizedTest
    @EnumSource(Relation.class)
    void everyRelationKeyIsAPropertyOfItsKind(Relation relation) {
        Resource property = ontology.getResource(CK.NS + relation.name());
        boolean valued = relation.takesQuantity() || relation == Relation.quote;
        Resource kind = valued ? OWL2.DatatypeProperty : OWL2.ObjectProperty;
        assertTrue(ontology.contains(property, RDF.type, kind), "ck:" + relation + " is not an " + kind.getLocalName());
        assertEquals(relation.symmetric(), ontology.contains(property, RDF.type, OWL2.SymmetricProperty),
                "symmetry of ck:" + relation);
        assertEquals(property, CK.relation(relation.name()));
    }

    @Test
    void relationPropertiesAreTheRelationKeysInOrder() {
        List<String> keys = Arrays.stream(Relation.values()).map(Relation::name).toList();
        assertEquals(keys, CK.RELATIONS.stream().map(Property::getLocalName).toList());
    }

    @Test
    void shapesAllowExactlyTheRelationProperties() {
        Model shapes = ModelFactory.createModelForGraph(Fixtures.shapes().getGraph());
        Resource claimShape = shapes.getResource(SHAPES_NS + "ClaimShape");
        Resource relationShape = claimShape.listProperties(SHACLM.property).mapWith(st -> st.getResource()).toList().stream()
                .filter(s -> s.hasProperty(SHACLM.path, CK.relation))
                .findFirst().orElseThrow(() -> new AssertionError("cks:ClaimShape has no property shape for ck:relation"));
        List<RDFNode> allowed = relationShape.getPropertyResourceValue(SHACLM.in).as(RDFList.class).asJavaList();
        assertEquals(CK.RELATIONS, allowed);
    }

    @Test
    void relationRejectsAnUnknownKeyByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CK.relation("likes"));
        assertTrue(e.getMessage().contains("'likes'"), e.getMessage());
    }

    // ---- Two strict parsers ----

    static Stream<Path> ontologyFiles() {
        return Stream.of(Fixtures.ONTOLOGY, Fixtures.SHAPES);
    }

    @ParameterizedTest
    @MethodSource("ontologyFiles")
    void jenaAndStrictRioReadTheSameGraph(Path file) throws IOException {
        Graph jena = Fixtures.parse(file);
        Graph rio = parseWithStrictRio(file);
        assertFalse(jena.isEmpty(), file + " is empty");
        assertEquals(jena.size(), rio.size(), "triples in " + file);
        assertTrue(jena.isIsomorphicWith(rio), file + " reads differently with Jena and RDF4J Rio");
    }

    /** Parses Turtle with RDF4J Rio, failing on any URI, datatype value or language tag Rio can check. */
    private static Graph parseWithStrictRio(Path file) throws IOException {
        org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(RDFFormat.TURTLE);
        parser.getParserConfig()
                .set(BasicParserSettings.VERIFY_URI_SYNTAX, true)
                .set(BasicParserSettings.VERIFY_RELATIVE_URIS, true)
                .set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true)
                .set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, true)
                .set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true)
                .set(BasicParserSettings.FAIL_ON_UNKNOWN_LANGUAGES, true);
        Graph graph = GraphFactory.createDefaultGraph();
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                graph.add(Triple.create(toJena(st.getSubject()), toJena(st.getPredicate()), toJena(st.getObject())));
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, file.toUri().toString());
        }
        return graph;
    }

    private static Node toJena(Value value) {
        if (value instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (value instanceof BNode bnode) return NodeFactory.createBlankNode(bnode.getID());
        if (value instanceof Literal literal) {
            return literal.getLanguage()
                    .map(lang -> NodeFactory.createLiteralLang(literal.getLabel(), lang))
                    .orElseGet(() -> NodeFactory.createLiteralDT(literal.getLabel(),
                            TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue())));
        }
        throw new IllegalArgumentException("not an IRI, blank node or literal: " + value);
    }

    // ---- Competency queries ----

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void queryStatesItsQuestionAndIsBounded(Path file) throws IOException {
        String text = Files.readString(file);
        String firstLine = text.lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("# ") && firstLine.endsWith("?"),
                file + " does not open with its question as a comment: " + firstLine);
        Query query = QueryFactory.create(text);
        assertTrue(query.hasLimit(), file + " has no LIMIT");
        assertTrue(query.hasOrderBy(), file + " has no ORDER BY");
    }

    /** The ontology itself, the shapes, the queries and the fixtures name no ck: term the ontology does not declare. */
    static Stream<Path> filesUsingTheVocabulary() throws IOException {
        List<Path> files = new ArrayList<>(queryFiles().toList());
        files.add(Fixtures.ONTOLOGY);
        files.add(Fixtures.SHAPES);
        try (Stream<Path> fixtures = Files.list(Fixtures.DIR)) {
            fixtures.sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("filesUsingTheVocabulary")
    void usesOnlyDeclaredTerms(Path file) throws IOException {
        Set<String> undeclared = new TreeSet<>();
        Matcher m = CK_TERM.matcher(Files.readString(file));
        while (m.find()) {
            if (declarationTypes(ontology.getResource(CK.NS + m.group(1))).isEmpty()) undeclared.add(m.group());
        }
        assertEquals(Set.of(), undeclared, "terms not in the ontology used in " + file);
    }

    // ---- SHACL shapes ----

    @Test
    void everyNamedShapeParsesAndEveryTargetIsRead() {
        Shapes shapes = Fixtures.shapes();
        Graph graph = shapes.getGraph();
        List<Node> named = graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getSubject)
                .filter(s -> s.isURI() && s.getURI().startsWith(SHAPES_NS))
                .distinct().toList();
        assertFalse(named.isEmpty());
        for (Node shape : named) assertNotNull(shapes.getShape(shape), "not parsed as a shape: " + shape);
        long targeted = named.stream()
                .filter(s -> graph.contains(s, SHACL.targetClass, Node.ANY) || graph.contains(s, SHACL.targetSubjectsOf, Node.ANY))
                .count();
        assertEquals(targeted, shapes.getTargetShapes().size());
    }

    @Test
    void validDatasetConformsGraphByGraphAndAsAUnion(@TempDir Path dir) {
        Shapes shapes = Fixtures.shapes();
        Dataset dataset = Fixtures.loadValidDataset(dir);
        try {
            Txn.executeRead(dataset, () -> {
                List<String> graphs = new ArrayList<>();
                dataset.listModelNames().forEachRemaining(name -> graphs.add(name.getURI()));
                assertEquals(4, graphs.size(), "named graphs: " + graphs);
                for (String name : graphs) assertConforms(shapes, dataset.getNamedModel(name).getGraph(), name);
                assertConforms(shapes, dataset.getUnionModel().getGraph(), "the union graph");
            });
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private static void assertConforms(Shapes shapes, Graph data, String what) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        assertTrue(report.conforms(), () -> what + " does not conform:\n" + describe(report));
    }

    static Stream<Path> badFixtures() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.DIR)) {
            return files.filter(f -> f.getFileName().toString().startsWith("bad-")).sorted().toList().stream();
        }
    }

    /**
     * Each bad fixture names its defect in its first line and breaks exactly one constraint; when that constraint
     * is on a property, the defect line names the property, so a fixture cannot drift from its comment.
     */
    @ParameterizedTest
    @MethodSource("badFixtures")
    void badFixtureViolatesOneConstraint(Path file) throws IOException {
        String defect = Files.readAllLines(file).get(0);
        assertTrue(defect.startsWith("# Defect: "), file + " does not open with '# Defect: '");
        Shapes shapes = Fixtures.shapes();
        ValidationReport report = ShaclValidator.get().validate(shapes, Fixtures.parse(file));
        assertFalse(report.conforms(), file + " conforms; expected: " + defect);
        assertEquals(1, report.getEntries().size(),
                () -> file + " (" + defect + ") breaks other than one constraint:\n" + describe(report));
        if (report.getEntries().iterator().next().resultPath() instanceof P_Link path) {
            String property = shapes.getPrefixMap().abbreviate(path.getNode().getURI());
            assertTrue(defect.contains(property), file + " breaks a constraint on " + property + ", not: " + defect);
        }
    }

    private static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
