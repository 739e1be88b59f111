package org.conflictkg.server.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The mapping between the server's own URL space and the IRIs of the graph: the server's root stands for
 * the base IRI, so the request path {@code /id/entity/russia} is about
 * {@code <https://w3id.org/conflict-kg/id/entity/russia>} with the default base.
 * <pre>
 *   UrlSpace urls = new UrlSpace("https://w3id.org/conflict-kg/");
 *   urls.iri(path)                                   // the IRI a checked request path stands for
 *   urls.href("https://w3id.org/conflict-kg/id/entity/russia")   // "/page/entity/russia"
 * </pre>
 * Links to resources under the base are written as root-relative paths to their pages, so browsing stays on
 * the server whatever host name it is reached by: {@code localhost} by default, or the public host when the
 * base IRI is configured to the server's public URL. Links to Wikidata entities go to their Wikidata pages;
 * other IRIs are linked as they are, but only with the http and https schemes, so an IRI in the data such as
 * {@code javascript:...} never becomes a link.
 */
public final class UrlSpace {

    /** The IRIs the graph mints. */
    public static final String DEFAULT_BASE = "https://w3id.org/conflict-kg/";

    private static final Pattern WIKIDATA_ENTITY = Pattern.compile("https?://www\\.wikidata\\.org/entity/(Q[1-9][0-9]*)");
    private static final Set<String> LINKABLE_SCHEMES = Set.of("http", "https");

    private final String base;

    /**
     * @param base an absolute http or https IRI ending in {@code /}, with no query or fragment
     * @throws IllegalArgumentException naming the base and what is wrong with it
     */
    public UrlSpace(String base) {
        this.base = checkBase(base);
    }

    public String base() {
        return base;
    }

    /** The IRI that {@code path} stands for. */
    public Node iri(ResourcePath path) {
        return NodeFactory.createURI(base + path.relative());
    }

    /** The resource an IRI names, if it lies in this space and has the shape of a resource the graph mints. */
    public Optional<ResourcePath> resource(String iri) {
        if (iri == null || !iri.startsWith(base))
            return Optional.empty();
        return ResourcePath.parse(iri.substring(base.length()));
    }

    /**
     * Where a link to {@code iri} should go: the page of a resource in this space (keeping a fragment, as for
     * the ontology's terms), the Wikidata page of a Wikidata entity, the IRI itself if it is http or https;
     * otherwise nothing.
     */
    public Optional<String> href(String iri) {
        if (iri == null)
            return Optional.empty();
        int hash = iri.indexOf('#');
        String document = hash < 0 ? iri : iri.substring(0, hash);
        String fragment = hash < 0 ? "" : iri.substring(hash);
        Optional<ResourcePath> local = resource(document);
        if (local.isPresent())
            return Optional.of(local.get().pagePath() + fragment);
        Matcher wikidata = WIKIDATA_ENTITY.matcher(iri);
        if (wikidata.matches())
            return Optional.of("https://www.wikidata.org/wiki/" + wikidata.group(1));
        return isLinkable(iri) ? Optional.of(iri) : Optional.empty();
    }

    /** Whether {@code iri} is one the server serves (so a link to it stays on the server). */
    public boolean isLocal(String iri) {
        return iri != null && iri.startsWith(base);
    }

    private static boolean isLinkable(String iri) {
        try {
            URI uri = new URI(iri);
            return uri.getScheme() != null && LINKABLE_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String checkBase(String base) {
        if (base == null)
            throw new IllegalArgumentException("No base IRI given");
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The base IRI '" + base + "' is not an IRI: " + e.getMessage(), e);
        }
        if (uri.getScheme() == null || !LINKABLE_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null)
            throw new IllegalArgumentException("The base IRI '" + base + "' must be an absolute http or https IRI");
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || !base.endsWith("/"))
            throw new IllegalArgumentException("The base IRI '" + base + "' must end with '/' and have no query or fragment");
        return base;
    }
}
