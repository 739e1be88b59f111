package org.conflictkg.server.pages;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers requests for things ({@code /id/...} and {@code /ontology}) as "Cool URIs for the Semantic Web"
 * describes: a thing is not a document, so its IRI answers 303 See Other to a document about it, the HTML
 * page or an RDF description, as the Accept header (or a suffix, {@code /id/entity/russia.ttl}) asks.
 * Anything the graph does not know is 404.
 */
final class ThingServlet extends HttpServlet {

    private final transient LinkedDataSite site;

    ThingServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SuffixedPath> requested = LinkedDataSite.rawPathBelow(request, "/").map(SuffixedPath::parse);
        Optional<ResourcePath> path = requested.flatMap(p -> ResourcePath.parse(p.stem()))
                .filter(site.resources()::exists);
        if (path.isEmpty()) {
            site.sendNotFound(response);
            return;
        }
        Representation format = requested.get().suffix()
                .orElseGet(() -> LinkedDataSite.negotiate(request, Representation.ALL));
        LinkedDataSite.sendSeeOther(response,
                format == Representation.HTML ? path.get().pagePath() : path.get().dataPath(format));
    }
}
