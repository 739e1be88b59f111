package org.conflictkg.server.pages;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the dataset's {@link VoidDescription VoID description} at {@code /.well-known/void}, in the RDF
 * format the Accept header prefers (Turtle by default).
 */
final class VoidServlet extends HttpServlet {

    static final String PATH = "/.well-known/void";

    private final transient LinkedDataSite site;

    VoidServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Representation format = LinkedDataSite.negotiate(request, Representation.RDF);
        String url = request.getRequestURL().toString();
        String serverRoot = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        response.setHeader("Vary", "Accept");
        LinkedDataSite.sendRdf(response, site.voidDescription().describe(serverRoot).getGraph(), format);
    }
}
