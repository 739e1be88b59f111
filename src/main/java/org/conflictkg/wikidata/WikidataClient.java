package org.conflictkg.wikidata;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * A polite client of one Wikidata SPARQL endpoint for batch work, with a time budget: each query waits
 * its turn at the endpoint's {@link EndpointGate}, goes out with our User-Agent
 * ({@link PoliteHttpClient}), and after an HTTP 429 is sent again once the {@code Retry-After} time has
 * passed; nothing is sent after the deadline.
 * <pre>
 *   WikidataClient client = new WikidataClient(WD.QUERY_SERVICE, Duration.ofMinutes(10));
 *   Graph facts = client.construct(query);
 * </pre>
 * The Wikidata Query Service stops every query at 60 seconds, so no query is given longer.
 */
public final class WikidataClient {

    /** How long the Wikidata Query Service lets one query run. */
    public static final Duration QUERY_LIMIT = Duration.ofSeconds(60);

    private final String endpoint;
    private final Instant deadline;
    private final HttpClient http;
    private final EndpointGate gate;
    private int throttled;

    /** A client of {@code endpoint} that sends nothing once {@code budget} has passed from now. */
    public WikidataClient(String endpoint, Duration budget) {
        this.endpoint = endpoint;
        this.deadline = Instant.now().plus(budget);
        this.http = PoliteHttpClient.forEndpoint(endpoint);
        this.gate = EndpointGate.of(endpoint);
    }

    public String endpoint() {
        return endpoint;
    }

    /** How many times the endpoint answered 429 and the query was sent again after waiting. */
    public int throttled() {
        return throttled;
    }

    /** Runs a CONSTRUCT query. */
    public Graph construct(Query query) {
        return run(query, QueryExec::construct);
    }

    /** Runs a SELECT query and reads all its rows. */
    public List<Binding> select(Query query) {
        return run(query, exec -> exec.select().materialize().stream().toList());
    }

    private <T> T run(Query query, Function<QueryExec, T> action) {
        while (true) {
            try {
                EndpointGate.Turn turn = gate.enter(deadline);
                try {
                    long left = Duration.between(Instant.now(), deadline).toMillis();
                    if (left <= 0)
                        throw new WikidataException("the time budget for " + endpoint + " ran out before the query was sent");
                    try (QueryExec exec = QueryExecHTTP.newBuilder().endpoint(endpoint).httpClient(http).query(query)
                            .timeout(Math.min(QUERY_LIMIT.toMillis(), left), TimeUnit.MILLISECONDS).build()) {
                        return action.apply(exec);
                    }
                } finally {
                    turn.leave();
                }
            } catch (HttpException | QueryExceptionHTTP e) {
                if (statusOf(e) != 429) throw failure(e);
                // The client has put the gate on hold until Retry-After; the next turn waits for it,
                // or gives up if it comes after the deadline.
                throttled++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WikidataException("interrupted while waiting to query " + endpoint, e);
            }
        }
    }

    private static int statusOf(RuntimeException e) {
        return e instanceof HttpException h ? h.getStatusCode() : ((QueryExceptionHTTP) e).getStatusCode();
    }

    private WikidataException failure(RuntimeException e) {
        int status = statusOf(e);
        if (status > 0)
            return new WikidataException(endpoint + " answered HTTP " + status + ": " + firstLine(e.getMessage()), e);
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return new WikidataException("cannot reach " + endpoint + ": " + why(root), e);
    }

    /** What a network failure means to someone at the command line, with the exception for the curious. */
    private static String why(Throwable root) {
        String name = root.getClass().getSimpleName();
        String detail = root.getMessage() == null ? name : name + ": " + root.getMessage();
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException)
            return "its host name does not resolve, so this machine is probably offline (" + detail + ")";
        if (root instanceof ConnectException || root instanceof ClosedChannelException)
            return "the connection was refused or dropped (" + detail + ")";
        if (root instanceof HttpTimeoutException)
            return "no answer in time (" + detail + ")";
        return detail;
    }

    private static String firstLine(String message) {
        if (message == null) return "no message";
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
