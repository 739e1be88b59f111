package org.conflictkg.server.pages;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.conflictkg.server.KgServer;

/** HTTP for the page tests: requests that do not follow redirects, and SPARQL to find resources to ask for. */
final class PagesHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String root;
    private final String sparql;

    PagesHttp(KgServer server) {
        this.root = "http://localhost:" + server.port();
        this.sparql = server.datasetUrl() + "/sparql";
    }

    String root() {
        return root;
    }

    /** GET {@code path} (raw: sent exactly as given) with an Accept header, body as text. */
    HttpResponse<String> get(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).GET().build();
        return send(request);
    }

    HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The solutions of a SELECT query on the server's SPARQL endpoint. */
    List<QuerySolution> select(String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(query, UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200)
            throw new IllegalStateException("SPARQL answered " + response.statusCode() + ": " + response.body());
        return ResultSetFormatter.toList(ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(UTF_8)),
                ResultSetLang.RS_JSON));
    }

    /** The IRI bound to {@code ?x} in the first solution of {@code query}. */
    String firstIri(String query) {
        return select(query).get(0).getResource("x").getURI();
    }
}
