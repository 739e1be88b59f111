package org.conflictkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * A Fuseki module that answers 404 Not Found, before any servlet, filter or security check runs, to every
 * request whose URI Jetty finds ambiguous or suspicious: an encoded {@code /} or {@code .} ({@code %2F},
 * {@code %2e%2e}), an empty segment ({@code //}), a path parameter ({@code ;x}), an encoded {@code %} or
 * a backslash, a control character, bad UTF-8.
 * <p>
 * Jetty 12 refuses such URIs with 400 Bad Request by default (its {@link UriCompliance#DEFAULT} mode, and
 * Servlet 6's rule against suspicious paths). For this server no such address names anything, so 404 is
 * the truthful answer, and the one a crawler or a probe treats as final. The module therefore lets the
 * connectors accept them ({@link UriCompliance#UNSAFE}) and stops each of them itself, in a handler in front
 * of everything else, so no servlet ever sees a path whose decoded form could differ in meaning from its
 * raw form. Two kinds of path Jetty's parser refuses in every compliance mode, before any handler runs,
 * and they stay 400: a dot segment that climbs above the root ({@code /a/../../b}) and an encoded NUL
 * ({@code %00}).
 */
final class FMod_AmbiguousUris implements FusekiModule {

    @Override
    public String name() {
        return "conflict-kg ambiguous URIs";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        Server jetty = server.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null)
                http.getHttpConfiguration().setUriCompliance(UriCompliance.UNSAFE);
        }
        jetty.setHandler(new NotFoundIfAmbiguous(jetty.getHandler()));
    }

    /** Answers 404 to a request whose URI has any compliance violation; passes on every other. */
    private static final class NotFoundIfAmbiguous extends Handler.Wrapper {

        NotFoundIfAmbiguous(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (!request.getHttpURI().hasViolations())
                return super.handle(request, response, callback);
            Response.writeError(request, response, callback, 404);
            return true;
        }
    }
}
