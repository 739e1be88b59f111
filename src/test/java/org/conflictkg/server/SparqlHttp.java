package org.conflictkg.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** HTTP for the server tests: SPARQL queries and updates sent to a running {@link KgServer}, answers as text. */
final class SparqlHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final KgServer server;

    SparqlHttp(KgServer server) {
        this.server = server;
    }

    /** The URL of an endpoint of the dataset, e.g. {@code endpoint("sparql")}; "" for the dataset itself. */
    String endpoint(String name) {
        return server.datasetUrl() + (name.isEmpty() ? "" : "/" + name);
    }

    /** A GET of {@code query} on {@code /kg/sparql}, asking for {@code accept}. */
    HttpRequest.Builder query(String query, String accept) {
        return HttpRequest.newBuilder(URI.create(endpoint("sparql") + "?query=" + URLEncoder.encode(query, UTF_8)))
                .header("Accept", accept)
                .GET();
    }

    /** A POST of {@code update} as {@code application/sparql-update} to {@code endpoint}. */
    HttpRequest.Builder update(String endpoint, String update) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update, UTF_8));
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            // A refused write may leave the server closing the connection after its answer; a pooled
            // connection reused by the next request would then read nothing. Writes go on a connection of their own.
            HttpClient client = built.method().equals("GET") ? HTTP : HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            return client.send(built, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code ask} (an ASK query) is true on the server. */
    boolean ask(String ask) {
        HttpResponse<String> response = send(query(ask, "application/sparql-results+json"));
        if (response.statusCode() != 200)
            throw new IllegalStateException("ASK answered " + response.statusCode() + ": " + response.body());
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body().getBytes(UTF_8)), ResultSetLang.RS_JSON);
    }
}
