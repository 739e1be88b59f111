package org.conflictkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A writer of the whole knowledge graph as one dump, through RDF4J Rio's writers.
 * <pre>
 *   Dataset kg = KgStore.open(Path.of("db")).openCurrent();
 *   DatasetExporter.export(kg, ExportFormat.TRIG, Path.of("dumps/conflict-kg.trig"));
 * </pre>
 * Quads are read inside one read transaction and handed to the writer one at a time, so this class
 * never copies the dataset into memory. What the writer itself holds depends on the format: the N-Quads
 * writer holds nothing, the Turtle and TriG writers a bounded buffer, but RDF4J's JSON-LD writer collects the whole
 * document before writing it, so a JSON-LD dump needs memory for the whole dataset.
 * <p>
 * Turtle holds a single graph, so a Turtle dump is the <em>union of the named graphs</em>, each distinct
 * triple once: the graph that SPARQL queries see as the default graph. It loses which article or registry
 * graph a triple came from; the other formats keep every named graph (and any triples stored in the
 * default graph, which {@link KgStore} never writes).
 * <p>
 * Every dump declares the project's prefixes ({@link #PREFIXES}); JSON-LD is written in compact form so
 * that they appear in its context.
 */
public final class DatasetExporter {

    /** The prefixes every dump declares, in declaration order. */
    public static final Map<String, String> PREFIXES = prefixes();

    private static final Logger LOG = LoggerFactory.getLogger(DatasetExporter.class);

    private DatasetExporter() {
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("ck", "https://w3id.org/conflict-kg/ontology#");
        prefixes.put("schema", "http://schema.org/");
        prefixes.put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.put("owl", "http://www.w3.org/2002/07/owl#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.put("wd", "http://www.wikidata.org/entity/");
        prefixes.put("prov", "http://www.w3.org/ns/prov#");
        return Collections.unmodifiableMap(prefixes);
    }

    /**
     * Writes {@code dataset} to {@code out} in {@code format}; {@code out} is flushed, not closed.
     *
     * @return the number of statements written
     */
    public static long export(Dataset dataset, ExportFormat format, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        RDFWriter writer = Rio.createWriter(format.rioFormat(), out);
        if (format == ExportFormat.JSONLD)
            writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        return Txn.calculateRead(dsg, () -> {
            JenaToRdf4j convert = new JenaToRdf4j();
            writer.startRDF();
            PREFIXES.forEach(writer::handleNamespace);
            long written = format.holdsNamedGraphs()
                    ? write(dsg.find(), convert::statement, writer)
                    : write(dsg.getUnionGraph().find(), convert::statement, writer);
            writer.endRDF();
            return written;
        });
    }

    /**
     * Writes {@code dataset} to {@code file} in {@code format}, creating parent directories. The dump is
     * written beside the file and renamed into place when complete, so a failed export leaves any earlier
     * file as it was.
     *
     * @return the number of statements written
     */
    public static long export(Dataset dataset, ExportFormat format, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            long written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                written = export(dataset, format, out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + format + " dump " + target, e);
        } finally {
            deleteIfPresent(partial);
        }
    }

    private static <T> long write(Iterator<T> items, Function<T, Statement> convert, RDFWriter writer) {
        long written = 0;
        try {
            while (items.hasNext()) {
                writer.handleStatement(convert.apply(items.next()));
                written++;
            }
        } finally {
            Iter.close(items);
        }
        return written;
    }

    private static void deleteIfPresent(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // Only reached after a failure, which is already propagating and matters more.
            LOG.warn("Cannot remove the unfinished dump {}: {}", partial, e.toString());
        }
    }
}
