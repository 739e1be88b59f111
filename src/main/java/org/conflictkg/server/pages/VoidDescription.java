package org.conflictkg.server.pages;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.rdf.CK;
import org.conflictkg.store.ExportFormat;

/**
 * The VoID description of the dataset, served at {@code /.well-known/void} as the VoID recommendation
 * suggests: its size and classes, where its IRIs live, the vocabularies it uses, its SPARQL endpoint, the
 * dumps the server streams and an example resource.
 * <p>
 * The description is about the dataset {@code <base/.well-known/void#dataset>}; the endpoint and dump URLs
 * are those of the server that answered, since a dataset is queried and downloaded where it is served. The
 * endpoint is also described as a SPARQL 1.1 {@code sd:Service}, which Fuseki itself does not serve.
 */
final class VoidDescription {

    static final String NS = "http://rdfs.org/ns/void#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String SD_NS = "http://www.w3.org/ns/sparql-service-description#";

    private final PageQueries queries;
    private final UrlSpace urls;
    private final String datasetName;
    private Model statistics;

    VoidDescription(PageQueries queries, UrlSpace urls, String datasetName) {
        this.queries = queries;
        this.urls = urls;
        this.datasetName = datasetName;
    }

    /** The description, with endpoint and dump URLs under {@code serverRoot} (e.g. {@code http://localhost:3030}). */
    Model describe(String serverRoot) {
        Model model = ModelFactory.createDefaultModel().add(statistics());
        model.setNsPrefixes(statistics().getNsPrefixMap());
        Resource dataset = model.createResource(datasetIri());
        Resource endpoint = model.createResource(serverRoot + "/" + datasetName + "/sparql");
        dataset.addProperty(property(model, "sparqlEndpoint"), endpoint);
        for (ExportFormat format : ExportFormat.values())
            dataset.addProperty(property(model, "dataDump"), model.createResource(serverRoot + DumpServlet.path(format)));
        // The endpoint as a SPARQL 1.1 service (Fuseki serves no service description of its own): what it
        // answers and that its default graph is the union of the named graphs.
        endpoint.addProperty(RDF.type, model.createResource(SD_NS + "Service"))
                .addProperty(model.createProperty(SD_NS, "endpoint"), endpoint)
                .addProperty(model.createProperty(SD_NS, "supportedLanguage"), model.createResource(SD_NS + "SPARQL11Query"))
                .addProperty(model.createProperty(SD_NS, "feature"), model.createResource(SD_NS + "UnionDefaultGraph"))
                .addProperty(model.createProperty(SD_NS, "defaultDataset"), dataset);
        return model;
    }

    private String datasetIri() {
        return urls.base() + ".well-known/void#dataset";
    }

    /**
     * The part of the description that depends only on the data, computed on first use and kept: a served
     * generation never changes, and counting it reads every triple.
     */
    private synchronized Model statistics() {
        if (statistics == null)
            statistics = queries.read(this::computeStatistics);
        return statistics;
    }

    private Model computeStatistics() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", NS);
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("ck", CK.NS);
        model.setNsPrefix("sd", SD_NS);
        Resource document = model.createResource(urls.base() + ".well-known/void");
        Resource dataset = model.createResource(datasetIri());
        document.addProperty(RDF.type, term(model, "DatasetDescription"))
                .addProperty(DCTerms.title, "VoID description of conflict-kg")
                .addProperty(model.createProperty("http://xmlns.com/foaf/0.1/", "primaryTopic"), dataset);
        dataset.addProperty(RDF.type, term(model, "Dataset"))
               .addProperty(RDF.type, model.createResource(SD_NS + "Dataset"))
               .addProperty(DCTerms.title, "conflict-kg")
               .addProperty(DCTerms.description, "What news articles claim about Russia and the conflict between Armenia and "
                       + "Azerbaijan: claims with their polarity, time, evidence sentence and extracting rule, quotations, "
                       + "and the articles they come from.")
               .addProperty(property(model, "uriSpace"), urls.base() + "id/")
               .addProperty(property(model, "rootResource"), model.createResource(urls.base() + "ontology"));
        for (String format : new String[] {"Turtle", "JSON-LD", "N-Triples", "RDF_XML"})
            dataset.addProperty(property(model, "feature"), model.createResource(FORMATS + format));
        queries.selectOne(PageQuery.VOID, Map.of()).ifPresent(row -> {
            dataset.addLiteral(property(model, "triples"), model.createTypedLiteral(row.text("triples"), XSDDatatype.XSDinteger));
            dataset.addLiteral(property(model, "distinctSubjects"), model.createTypedLiteral(row.text("subjects"), XSDDatatype.XSDinteger));
            dataset.addLiteral(property(model, "properties"), model.createTypedLiteral(row.text("properties"), XSDDatatype.XSDinteger));
        });
        TreeSet<String> vocabularies = new TreeSet<>();
        for (QueryRow row : queries.select(PageQuery.PROPERTIES, Map.of()))
            namespace(row.iri("property")).ifPresent(vocabularies::add);
        vocabularies.forEach(ns -> dataset.addProperty(property(model, "vocabulary"), model.createResource(ns)));
        for (QueryRow row : queries.select(PageQuery.CLASSES, Map.of()))
            dataset.addProperty(property(model, "classPartition"), model.createResource()
                    .addProperty(property(model, "class"), model.createResource(row.iri("class")))
                    .addLiteral(property(model, "entities"), model.createTypedLiteral(row.text("members"), XSDDatatype.XSDinteger)));
        queries.select(PageQuery.MEMBERS, Map.of("class", CK.Actor.asNode())).stream().findFirst()
                .ifPresent(row -> dataset.addProperty(property(model, "exampleResource"), model.createResource(row.iri("member"))));
        return model;
    }

    /** The namespace of a property IRI: up to its last '#' or '/'. */
    private static Optional<String> namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? Optional.empty() : Optional.of(iri.substring(0, cut + 1));
    }

    private static Resource term(Model model, String localName) {
        return model.createResource(NS + localName);
    }

    private static Property property(Model model, String localName) {
        return model.createProperty(NS, localName);
    }
}
