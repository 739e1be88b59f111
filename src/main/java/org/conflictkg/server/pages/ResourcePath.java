package org.conflictkg.server.pages;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where one dereferenceable resource lives, as its path below the base IRI: {@code id/entity/russia}, or
 * {@code ontology}. From it follow the server's three URLs for the resource:
 * <pre>
 *   /id/entity/russia               the thing itself: answers 303 See Other
 *   /page/entity/russia             its HTML page (also with .html)
 *   /data/entity/russia.ttl         its RDF description (.ttl, .jsonld, .nt, .rdf, or negotiated without one)
 * </pre>
 * The ontology, whose terms are hash IRIs, is the thing {@code /ontology} with the documents
 * {@code /page/ontology} and {@code /data/ontology.ttl}.
 *
 * @param kind     what sort of resource it is
 * @param relative the path below the base IRI, without a leading slash
 */
public record ResourcePath(ResourceKind kind, String relative) {

    private static final String THING_PREFIX = "id/";

    /**
     * The resource at {@code relative} (below the base IRI, no leading slash), or empty if no resource the
     * graph mints has that shape.
     */
    public static Optional<ResourcePath> parse(String relative) {
        return Arrays.stream(ResourceKind.values())
                .filter(kind -> kind.matches(relative))
                .findFirst()
                .map(kind -> new ResourcePath(kind, relative));
    }

    /** The resource whose documents are at {@code /page/<documentPath>} and {@code /data/<documentPath>}. */
    public static Optional<ResourcePath> fromDocumentPath(String documentPath) {
        return ResourceKind.ONTOLOGY.matches(documentPath)
                ? parse(documentPath)
                : parse(THING_PREFIX + documentPath);
    }

    /** The path of the thing on the server, {@code /id/entity/russia}. */
    public String thingPath() {
        return "/" + relative;
    }

    /** The path of the HTML page about the thing, {@code /page/entity/russia}. */
    public String pagePath() {
        return "/page/" + documentPath();
    }

    /** The path of the thing's description in {@code format}, {@code /data/entity/russia.ttl}. */
    public String dataPath(Representation format) {
        return "/data/" + documentPath() + "." + format.suffix();
    }

    /** The part the document URLs share: {@code entity/russia}, {@code ontology}. */
    public String documentPath() {
        return relative.startsWith(THING_PREFIX) ? relative.substring(THING_PREFIX.length()) : relative;
    }
}
