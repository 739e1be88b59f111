package org.conflictkg.server;

import static org.apache.jena.riot.WebContent.contentTypeSPARQLUpdate;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL update service, taking an update only as the body of a POST of type
 * {@code application/sparql-update}, never as an HTML form field ({@code update=} in a form-encoded body):
 * that is refused with 415 Unsupported Media Type.
 * <p>
 * Any web page can make its visitor's browser post a form to any address without asking, and the browser
 * sends along the HTTP Basic credentials it has cached for that address. A form could thus make a logged-in
 * user's browser update the graph (cross-site request forgery). A body of type
 * {@code application/sparql-update} from another site needs the server's permission first (a CORS
 * preflight), which {@code fuseki-config/cors.properties} does not give.
 */
final class BodyOnlyUpdateService extends SPARQL_Update {

    @Override
    public void validate(HttpAction action) {
        String header = action.getRequest().getContentType();
        if (header == null || !contentTypeSPARQLUpdate.equals(ContentType.create(header).getContentTypeStr()))
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "An update is accepted only as the body of a POST of type "
                    + contentTypeSPARQLUpdate + ", not as the '" + HttpNames.paramUpdate + "' field of a form");
        super.validate(action);
    }
}
