package org.conflictkg.server.pages;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the RDF description of a resource: {@code /data/entity/russia.ttl} (or {@code .jsonld}, {@code .nt},
 * {@code .rdf}) in that format, or {@code /data/entity/russia} in the format the Accept header prefers,
 * Turtle by default, naming the chosen document in {@code Content-Location}. Either way a {@code Link}
 * header names the other formats and the HTML page.
 */
final class DataServlet extends HttpServlet {

    static final String PREFIX = "/data/";

    private final transient LinkedDataSite site;

    DataServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SuffixedPath> requested = LinkedDataSite.rawPathBelow(request, PREFIX).map(SuffixedPath::parse)
                .filter(p -> p.suffix().isEmpty() || p.suffix().get().isRdf());
        Optional<ResourcePath> path = requested.flatMap(p -> ResourcePath.fromDocumentPath(p.stem()))
                .filter(site.resources()::exists);
        if (path.isEmpty()) {
            site.sendNotFound(response);
            return;
        }
        Representation format;
        if (requested.get().suffix().isPresent()) {
            format = requested.get().suffix().get();
        } else {
            format = LinkedDataSite.negotiate(request, Representation.RDF);
            response.setHeader("Vary", "Accept");
            response.setHeader("Content-Location", path.get().dataPath(format));
        }
        LinkedDataSite.linkAlternates(response, path.get(), format);
        LinkedDataSite.sendRdf(response, site.description(path.get()), format);
    }
}
