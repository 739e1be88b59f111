package org.conflictkg.server.pages;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the HTML page about a resource, {@code /page/entity/russia} (or {@code .html}), with a {@code Link}
 * header naming its RDF alternates.
 */
final class PageServlet extends HttpServlet {

    static final String PREFIX = "/page/";

    private final transient LinkedDataSite site;

    PageServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ResourcePath> path = LinkedDataSite.rawPathBelow(request, PREFIX)
                .map(SuffixedPath::parse)
                .filter(p -> p.suffix().isEmpty() || p.suffix().get() == Representation.HTML)
                .flatMap(p -> ResourcePath.fromDocumentPath(p.stem()));
        Optional<Page> page = path.flatMap(site.resources()::page);
        if (page.isEmpty()) {
            site.sendNotFound(response);
            return;
        }
        LinkedDataSite.linkAlternates(response, path.get(), Representation.HTML);
        site.sendPage(response, HttpServletResponse.SC_OK, page.get());
    }
}
