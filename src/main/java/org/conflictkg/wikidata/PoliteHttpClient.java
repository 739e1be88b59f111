package org.conflictkg.wikidata;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.apache.jena.Jena;
import org.apache.jena.http.HttpEnv;
import org.conflictkg.extract.ClaimExtractor;

/**
 * The HTTP client every request to a Wikidata endpoint goes through: Jena's client, with our descriptive
 * {@code User-Agent} in place of Jena's, and an ear for HTTP 429 that puts the endpoint's
 * {@link EndpointGate} on hold until the {@code Retry-After} time.
 * <pre>
 *   HttpClient http = PoliteHttpClient.forEndpoint(WD.QUERY_SERVICE);
 *   QueryExecHTTP.newBuilder().endpoint(WD.QUERY_SERVICE).httpClient(http).query(query).build();
 * </pre>
 * It is an {@link HttpClient} so that Jena's own SPARQL client ({@code QueryExecHTTP}, and the
 * {@code SERVICE} executor through {@code arq:httpQueryClient}) can use it unchanged: the refresh and
 * federation send the same requests live and in the tests. It does not wait or retry itself; callers
 * take turns at the gate.
 */
final class PoliteHttpClient extends HttpClient {

    /**
     * Who we are, as the Wikimedia User-Agent policy asks: name and version, a way to reach the operator,
     * and the library. Operators of a public deployment should put their own contact here.
     */
    static final String USER_AGENT = "conflict-kg/" + ClaimExtractor.VERSION
            + " (https://w3id.org/conflict-kg; conflict-kg@example.org) Jena/" + Jena.VERSION;

    private final HttpClient delegate;
    private final EndpointGate gate;

    private PoliteHttpClient(HttpClient delegate, EndpointGate gate) {
        this.delegate = delegate;
        this.gate = gate;
    }

    /** The client for one endpoint, reporting 429s to that endpoint's gate. */
    static PoliteHttpClient forEndpoint(String endpoint) {
        return new PoliteHttpClient(HttpEnv.getDftHttpClient(), EndpointGate.of(endpoint));
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) throws IOException, InterruptedException {
        return delegate.send(polite(request), listening(handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler) {
        return delegate.sendAsync(polite(request), listening(handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler,
                                                            PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(polite(request), listening(handler), pushPromiseHandler);
    }

    private static HttpRequest polite(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("User-Agent"))
                .header("User-Agent", USER_AGENT)
                .build();
    }

    /** Hears the status and headers before the body is read, so a 429 holds the gate whoever reads it. */
    private <T> BodyHandler<T> listening(BodyHandler<T> handler) {
        return info -> {
            if (info.statusCode() == 429) gate.holdFor(info.headers());
            return handler.apply(info);
        };
    }

    // ---- The rest is the delegate's configuration ----

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }
}
