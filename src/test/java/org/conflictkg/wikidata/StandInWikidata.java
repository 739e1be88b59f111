package org.conflictkg.wikidata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A local stand-in for the Wikidata Query Service: a second Fuseki on a free loopback port serving
 * {@code src/test/files/wikidata/fixture.ttl} read-only, which records every request it receives and can
 * be told to answer the next ones with HTTP 429 and a {@code Retry-After}, as the real service does when a
 * client uses more than its query time.
 * <pre>
 *   try (StandInWikidata wikidata = StandInWikidata.start()) {
 *       wikidata.answerTooManyRequests(1, "1");
 *       new WikidataClient(wikidata.sparqlUrl(), Duration.ofSeconds(30)).construct(query);
 *       wikidata.requests();   // two: the 429 and the retry
 *   }
 * </pre>
 */
final class StandInWikidata implements AutoCloseable {

    static final Path FIXTURE = Path.of("src/test/files/wikidata/fixture.ttl");

    /** One HTTP request as the stand-in received it; {@code tooMany} when it was answered 429. */
    record Request(Instant at, String userAgent, String query, boolean tooMany) {}

    private final FusekiServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger tooManyLeft = new AtomicInteger();
    private volatile String retryAfter;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    private StandInWikidata() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        RDFParser.source(FIXTURE).parse(data);
        server = FusekiServer.create()
                .port(0)
                .loopback(true)
                .add("/wikidata", data, false)
                .addFilter("/*", new Recorder())
                .build()
                .start();
    }

    static StandInWikidata start() {
        return new StandInWikidata();
    }

    /** The SPARQL endpoint, as {@code https://query.wikidata.org/sparql} is the real one. */
    String sparqlUrl() {
        return server.datasetURL("wikidata") + "/sparql";
    }

    /** Answers the next {@code times} requests with 429 and this {@code Retry-After} value (none when null). */
    void answerTooManyRequests(int times, String retryAfterValue) {
        this.retryAfter = retryAfterValue;
        tooManyLeft.set(times);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The most requests that were being answered at the same moment. */
    int mostConcurrentRequests() {
        return mostInFlight.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Recorder implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                String query = request.getParameter("query");
                if (tooManyLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    requests.add(new Request(Instant.now(), request.getHeader("User-Agent"), query, true));
                    if (retryAfter != null) response.setHeader("Retry-After", retryAfter);
                    response.sendError(429, "Too Many Requests");
                    return;
                }
                requests.add(new Request(Instant.now(), request.getHeader("User-Agent"), query, false));
                chain.doFilter(req, res);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }
}
