package org.conflictkg.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.conflictkg.rdf.CK;

/**
 * A snapshot of Wikidata facts about the registry's linked items, in Wikidata's own RDF vocabulary,
 * which a build loads into the named graph {@code graph/wikidata}.
 * <pre>
 *   WikidataSnapshot snapshot = WikidataSnapshot.forDatabase(Path.of("db"));   // db/wikidata-snapshot.ttl, or the shipped one
 *   snapshot.writeTo(stream);                                                  // quads into graph/wikidata
 * </pre>
 * Where a snapshot comes from:
 * <ul>
 *   <li>the shipped one, {@value #SHIPPED_RESOURCE} on the classpath: only values that public datasets
 *       copied from Wikidata, each with its source, and no labels (see the file);</li>
 *   <li>{@code kg wikidata refresh}, which writes {@value #FILE_NAME} into the database directory, where
 *       the next {@code kg build} with that {@code --db} picks it up;</li>
 *   <li>any Turtle file given to {@code kg build --wikidata FILE}.</li>
 * </ul>
 * The snapshot describes itself on the graph's IRI: {@code prov:generatedAtTime} (when it was retrieved)
 * and {@code prov:wasDerivedFrom} (the endpoint, or the sources of the shipped values).
 */
public final class WikidataSnapshot {

    /** The snapshot in the jar, used when the database directory holds no refreshed one. */
    public static final String SHIPPED_RESOURCE = "/org/conflictkg/wikidata/snapshot.ttl";

    /** The name of a refreshed snapshot inside the database directory. */
    public static final String FILE_NAME = "wikidata-snapshot.ttl";

    private final Graph graph;
    private final String source;

    private WikidataSnapshot(Graph graph, String source) {
        this.graph = graph;
        this.source = source;
    }

    /** A snapshot of these triples (a refresh's result), described as coming from {@code source}. */
    public static WikidataSnapshot of(Graph graph, String source) {
        return new WikidataSnapshot(Objects.requireNonNull(graph, "graph"), source);
    }

    /** The snapshot shipped in the jar. */
    public static WikidataSnapshot shipped() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = WikidataSnapshot.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the Wikidata snapshot is missing from the classpath: " + SHIPPED_RESOURCE);
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped Wikidata snapshot", e);
        }
        return new WikidataSnapshot(graph, "the shipped snapshot (" + SHIPPED_RESOURCE + ")");
    }

    /**
     * A snapshot read from a Turtle file.
     *
     * @throws IllegalArgumentException naming the file when it is missing or not Turtle
     */
    public static WikidataSnapshot read(Path file) {
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException("Wikidata snapshot not found: " + file.toAbsolutePath());
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(graph);
        } catch (RiotException e) {
            throw new IllegalArgumentException("Wikidata snapshot " + file.toAbsolutePath() + " is not Turtle: " + e.getMessage(), e);
        }
        return new WikidataSnapshot(graph, file.toAbsolutePath().toString());
    }

    /** Where a refresh writes by default, and a build looks first: {@value #FILE_NAME} in the database directory. */
    public static Path defaultFile(Path dbDir) {
        return dbDir.resolve(FILE_NAME);
    }

    /** The refreshed snapshot of this database directory if there is one, else the shipped one. */
    public static WikidataSnapshot forDatabase(Path dbDir) {
        Path refreshed = defaultFile(dbDir);
        return Files.isRegularFile(refreshed) ? read(refreshed) : shipped();
    }

    public Graph graph() {
        return graph;
    }

    /** Where this snapshot was read from, for messages. */
    public String source() {
        return source;
    }

    /** When the snapshot's values were retrieved from Wikidata, as recorded in it; empty when not recorded. */
    public Optional<String> retrievedAt() {
        return graph.find(CK.WIKIDATA_GRAPH.asNode(), WD.prov_generatedAtTime, Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm())
                .nextOptional();
    }

    /** Sends the snapshot's triples as quads of {@code graph/wikidata}. */
    public void writeTo(StreamRDF out) {
        Node g = CK.WIKIDATA_GRAPH.asNode();
        graph.find().forEachRemaining((Triple t) -> out.quad(Quad.create(g, t)));
    }

    /**
     * Writes the snapshot as Turtle to {@code file}, replacing it only once the new file is complete, so
     * a failure leaves the old one as it was.
     */
    public void write(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
            try {
                Graph out = GraphFactory.createDefaultGraph();
                WD.PREFIXES.forEach(out.getPrefixMapping()::setNsPrefix);
                graph.find().forEachRemaining(out::add);
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    RDFDataMgr.write(os, out, RDFFormat.TURTLE_PRETTY);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Wikidata snapshot " + file.toAbsolutePath(), e);
        }
    }

    /** The number of triples. */
    public int size() {
        return graph.size();
    }
}
