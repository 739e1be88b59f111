package org.conflictkg.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the pages' static files, {@code /assets/pages.css}: a fixed list, from {@code assets/} beside this class. */
final class AssetServlet extends HttpServlet {

    static final String PREFIX = "/assets/";

    /** The files there are, with their media types. */
    private static final Map<String, String> ASSETS = Map.of("pages.css", "text/css");

    private final transient LinkedDataSite site;

    AssetServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = LinkedDataSite.rawPathBelow(request, PREFIX).orElse("");
        String mediaType = ASSETS.get(name);
        InputStream in = mediaType == null ? null : AssetServlet.class.getResourceAsStream("assets/" + name);
        if (in == null) {
            site.sendNotFound(response);
            return;
        }
        try (in) {
            response.setContentType(mediaType);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
