package org.conflictkg.server.pages;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.rdf.CK;
import org.conflictkg.server.KgServer;
import org.conflictkg.testing.CorpusGraph;
import org.conflictkg.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VoID description at /.well-known/void, and the dumps and endpoint it points to. */
class VoidTest {

    private static final String VOID = "http://rdfs.org/ns/void#";

    private static KgServer server;
    private static PagesHttp http;
    private static Model description;
    private static Resource dataset;

    @BeforeAll
    static void startServer() {
        server = KgServer.builder().database(CorpusGraph.database()).port(0).build().start();
        http = new PagesHttp(server);
        HttpResponse<String> response = http.get("/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        description = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(UTF_8))).lang(Lang.TURTLE).parse(description);
        List<Resource> datasets = description.listSubjectsWithProperty(RDF.type, description.createResource(VOID + "Dataset")).toList();
        assertEquals(1, datasets.size(), response.body());
        dataset = datasets.get(0);
    }

    @AfterAll
    static void stopServer() {
        TestServers.stop(server);
    }

    @Test
    void theDatasetIsDescribedAtTheBaseIri() {
        assertEquals("https://w3id.org/conflict-kg/.well-known/void#dataset", dataset.getURI());
        assertEquals("https://w3id.org/conflict-kg/id/", value("uriSpace").asLiteral().getLexicalForm());
    }

    @Test
    void itsSizeIsThatOfTheUnionGraph() {
        long triples = http.select("SELECT ?s ?p ?o { ?s ?p ?o }").size();

        assertEquals(triples, value("triples").asLiteral().getLong());
    }

    @Test
    void itsSparqlEndpointAnswersQueries() {
        String endpoint = value("sparqlEndpoint").asResource().getURI();

        assertEquals(server.datasetUrl() + "/sparql", endpoint);
        assertTrue(description.contains(description.createResource(endpoint), RDF.type,
                description.createResource("http://www.w3.org/ns/sparql-service-description#Service")));
    }

    @Test
    void itListsTheVocabulariesItUses() {
        Set<String> vocabularies = description.listObjectsOfProperty(dataset, property("vocabulary"))
                .mapWith(node -> node.asResource().getURI()).toSet();

        assertTrue(vocabularies.containsAll(Set.of(CK.NS, "http://schema.org/",
                "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
                "http://www.w3.org/2004/02/skos/core#")), vocabularies.toString());
    }

    @Test
    void itsClassPartitionsCountTheClaims() {
        long claims = http.select("SELECT ?c { ?c a <" + CK.Claim.getURI() + "> }").size();
        Set<Long> claimCounts = description.listObjectsOfProperty(dataset, property("classPartition")).toList().stream()
                .map(RDFNode::asResource)
                .filter(partition -> partition.hasProperty(property("class"), CK.Claim))
                .map(partition -> partition.getProperty(property("entities")).getLong())
                .collect(Collectors.toSet());

        assertEquals(Set.of(claims), claimCounts);
    }

    @Test
    void itsDumpsDownloadAndHoldEveryQuad() {
        Set<String> dumps = description.listObjectsOfProperty(dataset, property("dataDump"))
                .mapWith(node -> node.asResource().getURI()).toSet();
        assertEquals(4, dumps.size(), dumps.toString());
        String nquads = dumps.stream().filter(d -> d.endsWith(".nq")).findFirst().orElseThrow();

        HttpResponse<String> response = http.get(nquads.substring(http.root().length()), "*/*");

        assertEquals(200, response.statusCode());
        assertEquals("application/n-quads", response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        DatasetGraph dump = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(UTF_8))).lang(Lang.NQUADS).parse(dump);
        long quads = http.select("SELECT * { GRAPH ?g { ?s ?p ?o } }").size();
        assertEquals(quads, dump.stream().count());
    }

    @Test
    void itIsAlsoServedAsJsonLd() {
        HttpResponse<String> response = http.get("/.well-known/void", "application/ld+json");

        assertEquals("application/ld+json", response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(UTF_8))).lang(Lang.JSONLD).parse(model);
        assertTrue(model.contains(dataset, RDF.type, model.createResource(VOID + "Dataset")));
    }

    private static RDFNode value(String localName) {
        return dataset.getProperty(property(localName)).getObject();
    }

    private static Property property(String localName) {
        return description.createProperty(VOID, localName);
    }
}
