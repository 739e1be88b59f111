package org.conflictkg.server.pages;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the pages that are not about one resource ({@link SitePages}): {@code /browse},
 * {@code /browse/actors} and the other lists, {@code /search?q=...} and {@code /timeline[?entity=...][&page=N][&size=N]}.
 */
final class SiteServlet extends HttpServlet {

    /** Longer searches are cut to this many characters. */
    static final int MAX_SEARCH_LENGTH = 200;

    private static final Pattern LIST_NAME = Pattern.compile("[a-z]{1,20}");

    private final transient LinkedDataSite site;

    SiteServlet(LinkedDataSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = LinkedDataSite.rawPathBelow(request, "/").orElse("");
        Optional<Page> page;
        if (path.equals("browse"))
            page = Optional.of(site.site().home());
        else if (path.startsWith("browse/") && LIST_NAME.matcher(path.substring("browse/".length())).matches())
            page = site.site().list(path.substring("browse/".length()));
        else if (path.equals("search"))
            page = Optional.of(site.site().search(truncate(request.getParameter("q"))));
        else if (path.equals("timeline"))
            page = site.site().timeline(request.getParameter("entity"),
                    number(request.getParameter("page"), 1), number(request.getParameter("size"), SitePages.TIMELINE_PAGE_SIZE));
        else
            page = Optional.empty();
        if (page.isEmpty())
            site.sendNotFound(response);
        else
            site.sendPage(response, HttpServletResponse.SC_OK, page.get());
    }

    /** A positive page number or size from the query string; anything else is the default. */
    private static int number(String value, int fallback) {
        if (value == null || !value.matches("[0-9]{1,6}")) return fallback;
        int n = Integer.parseInt(value);
        return n > 0 ? n : fallback;
    }

    private static String truncate(String typed) {
        return typed == null || typed.length() <= MAX_SEARCH_LENGTH ? typed : typed.substring(0, MAX_SEARCH_LENGTH);
    }
}
