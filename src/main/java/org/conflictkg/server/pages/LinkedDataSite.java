package org.conflictkg.server.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.text.TextIndex;

/**
 * Everything the linked-data servlets share: the URL space, the page builders, the renderer, and the ways
 * of answering (a page, RDF, 303 See Other, 404). The servlets only read the request, pick the answer and
 * call these.
 */
final class LinkedDataSite {

    /**
     * What pages may load: their stylesheet, nothing else. They have no scripts, so none may run, even one
     * injected into the data; forms go only to this server.
     */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final UrlSpace urls;
    private final PageQueries queries;
    private final ResourcePages resources;
    private final SitePages site;
    private final VoidDescription voidDescription;
    private final PageRenderer renderer;

    private LinkedDataSite(UrlSpace urls, PageQueries queries, ResourcePages resources, SitePages site,
                           VoidDescription voidDescription, PageRenderer renderer) {
        this.renderer = renderer;
        this.urls = urls;
        this.queries = queries;
        this.resources = resources;
        this.site = site;
        this.voidDescription = voidDescription;
    }

    /** The site over {@code dataset}, served as {@code /datasetName}, its IRIs mapped by {@code urls}. */
    static LinkedDataSite create(DatasetGraph dataset, TextIndex textIndex, UrlSpace urls, String datasetName) {
        PageQueries queries = new PageQueries(dataset, textIndex);
        Views views = new Views(urls, Names.load(queries, urls));
        ResourcePages resources = new ResourcePages(queries, views);
        SitePages site = new SitePages(queries, views, resources, ExampleQuery.load(datasetName), datasetName);
        return new LinkedDataSite(urls, queries, resources, site, new VoidDescription(queries, urls, datasetName),
                new PageRenderer(datasetName));
    }

    ResourcePages resources() {
        return resources;
    }

    SitePages site() {
        return site;
    }

    VoidDescription voidDescription() {
        return voidDescription;
    }

    /** The RDF description of a resource: the ontology graph for the ontology, else its statements both ways. */
    Graph description(ResourcePath path) {
        return path.kind() == ResourceKind.ONTOLOGY
                ? queries.construct(PageQuery.ONTOLOGY, Map.of())
                : queries.construct(PageQuery.DESCRIPTION, Map.of("this", urls.iri(path)));
    }

    /** The representation among {@code offers} that the request's Accept header prefers; the first if none fits. */
    static Representation negotiate(HttpServletRequest request, List<Representation> offers) {
        MediaType chosen = ConNeg.chooseContentType(request, Representation.acceptList(offers),
                MediaType.create(offers.get(0).mediaType()));
        return Representation.ofMediaType(chosen, offers).orElse(offers.get(0));
    }

    /** Sends a page, with {@code status}. */
    void sendPage(HttpServletResponse response, int status, Page page) throws IOException {
        byte[] html = renderer.render(page).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(Representation.HTML.mediaType() + ";charset=utf-8");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }

    /** Sends the 404 page: the path names nothing here. */
    void sendNotFound(HttpServletResponse response) throws IOException {
        sendPage(response, HttpServletResponse.SC_NOT_FOUND,
                new Page("notfound.ftlh", PageRenderer.model("title", "Not found")));
    }

    /** Sends 303 See Other to {@code location}, a path on this server, chosen by the Accept header. */
    static void sendSeeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Vary", "Accept");
    }

    /** Sends {@code graph} in {@code format}, with the project's prefixes. */
    static void sendRdf(HttpServletResponse response, Graph graph, Representation format) throws IOException {
        Names.prefixMap().forEach(graph.getPrefixMapping()::setNsPrefix);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = response.getOutputStream()) {
            RDFWriter.source(graph).format(format.rdfFormat().orElseThrow()).output(out);
        }
    }

    /**
     * Adds a {@code Link} header naming the other representations of the document about {@code path}: its
     * page and its descriptions in each RDF format, all but {@code current}.
     */
    static void linkAlternates(HttpServletResponse response, ResourcePath path, Representation current) {
        List<String> links = Representation.ALL.stream()
                .filter(format -> format != current)
                .map(format -> "<" + (format == Representation.HTML ? path.pagePath() : path.dataPath(format))
                        + ">; rel=\"alternate\"; type=\"" + format.mediaType() + "\"")
                .toList();
        response.setHeader("Link", String.join(", ", links));
    }

    /** The path of a request below {@code prefix} as sent (not decoded), if it starts with {@code prefix}. */
    static Optional<String> rawPathBelow(HttpServletRequest request, String prefix) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        return raw.startsWith(prefix) ? Optional.of(raw.substring(prefix.length())) : Optional.empty();
    }
}
