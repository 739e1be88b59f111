package org.conflictkg.store;

import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * A serialisation the knowledge graph can be dumped in, with its usual file extension and media type.
 * <p>
 * N-Quads, TriG and JSON-LD keep every named graph; Turtle holds a single graph, so a Turtle dump is the
 * union of the named graphs (see {@link DatasetExporter}).
 */
public enum ExportFormat {
    NQUADS(RDFFormat.NQUADS),
    TRIG(RDFFormat.TRIG),
    JSONLD(RDFFormat.JSONLD),
    TURTLE(RDFFormat.TURTLE);

    private final RDFFormat rioFormat;

    ExportFormat(RDFFormat rioFormat) {
        this.rioFormat = rioFormat;
    }

    /** The file extension without the dot, e.g. {@code nq}. */
    public String fileExtension() {
        return rioFormat.getDefaultFileExtension();
    }

    /** The media type, e.g. {@code application/n-quads}. */
    public String mediaType() {
        return rioFormat.getDefaultMIMEType();
    }

    /** Whether a dump in this format keeps named graphs apart. */
    public boolean holdsNamedGraphs() {
        return rioFormat.supportsContexts();
    }

    RDFFormat rioFormat() {
        return rioFormat;
    }
}
