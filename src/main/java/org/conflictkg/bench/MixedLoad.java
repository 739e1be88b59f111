package org.conflictkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.conflictkg.server.KgServer;
import org.conflictkg.store.KgStore;

/**
 * A bounded load on a running server: concurrent clients mixing SPARQL queries and linked-data page
 * requests for a fixed time, each request counted, timed and checked, with latency percentiles per kind.
 * <pre>
 *   List&lt;MixedLoad.Request&gt; mix = MixedLoad.mixFor(server, database, Path.of("ontology/queries"));
 *   MixedLoad.Result result = MixedLoad.run(mix, 32, Duration.ofSeconds(60));
 *   result.print(out);
 * </pre>
 * The mix is the competency queries without {@code SERVICE} ({@link QueryBench#localQueries}) and one page
 * of each kind ({@link PageLatency#pagesOf}), interleaved; client {@code k} starts at the {@code k}-th
 * request and goes round the mix, sending the next request once it has read the whole answer to the last,
 * until the time is up. Only the server's own address is ever requested. A request is an error when it
 * fails (no connection, no answer) or is answered with a status of 400 or more: the mix holds no request
 * that should fail, so a 503 from the query timeout, or a 500, is counted as what it is.
 */
public final class MixedLoad {

    /** What a request asks for: a SPARQL query or a page; the rows of the report. */
    public enum Kind { SPARQL, PAGE }

    /** One request of the mix. */
    public record Request(Kind kind, URI uri, String accept) {}

    /** What the clients did, all together, for requests of one kind. */
    public record KindResult(Kind kind, long requests, long errors, long[] latencyNanos) {

        /** The nearest-rank percentile {@code p} (1 to 100) of the latencies, in milliseconds. */
        public double latencyMillis(int p) {
            return Summary.percentileMillis(latencyNanos, p);
        }
    }

    /** The whole run: one result per kind, and the time from start until the last client stopped. */
    public record Result(int clients, double seconds, List<KindResult> kinds) {

        public long errors() {
            return kinds.stream().mapToLong(KindResult::errors).sum();
        }

        public KindResult of(Kind kind) {
            return kinds.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
        }

        /** Prints one line per kind: requests, errors, requests per second, latency percentiles and maximum. */
        public void print(PrintWriter out) {
            String format = "%-7s %9s %7s %8s %8s %8s %8s %9s%n";
            out.printf(Locale.ROOT, "%d clients, %.1f s%n", clients, seconds);
            out.printf(Locale.ROOT, format, "kind", "requests", "errors", "per s", "p50 ms", "p90 ms", "p99 ms", "max ms");
            for (KindResult k : kinds)
                out.printf(Locale.ROOT, format, k.kind().name().toLowerCase(Locale.ROOT), k.requests(), k.errors(),
                        String.format(Locale.ROOT, "%.1f", k.requests() / seconds), millis(k.latencyMillis(50)),
                        millis(k.latencyMillis(90)), millis(k.latencyMillis(99)), millis(k.latencyMillis(100)));
            out.flush();
        }

        private static String millis(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }

    private MixedLoad() {}

    /**
     * The mix for {@code server} serving {@code database}: the local competency queries in {@code queries}
     * ({@code *.rq}) on {@code /kg/sparql}, and the pages of {@link PageLatency#pagesOf}, alternating while
     * both last.
     */
    public static List<Request> mixFor(KgServer server, Path database, Path queries) {
        QueryBench.Endpoint sparql = new QueryBench.Endpoint("sparql", server.datasetUrl() + "/sparql");
        List<Request> queryRequests = QueryBench.localQueries(queries).stream()
                .map(q -> new Request(Kind.SPARQL, QueryBench.uri(sparql, q), QueryBench.ACCEPT))
                .toList();
        String root = "http://localhost:" + server.port();
        List<Request> pageRequests = PageLatency.pagesOf(KgStore.open(database).openCurrent()).stream()
                .map(page -> new Request(Kind.PAGE, URI.create(root + page), "text/html"))
                .toList();
        List<Request> mix = new ArrayList<>();
        for (int i = 0; i < Math.max(queryRequests.size(), pageRequests.size()); i++) {
            if (i < queryRequests.size()) mix.add(queryRequests.get(i));
            if (i < pageRequests.size()) mix.add(pageRequests.get(i));
        }
        return mix;
    }

    /** Runs {@code clients} clients over {@code mix} for {@code length}, and returns what they did. */
    public static Result run(List<Request> mix, int clients, Duration length) {
        if (mix.isEmpty()) throw new IllegalArgumentException("No requests to send");
        if (clients < 1) throw new IllegalArgumentException("At least one client is needed, not " + clients);
        HttpClient http = QueryBench.client();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        try {
            List<Future<Tally>> running = new ArrayList<>();
            for (int k = 0; k < clients; k++) {
                int first = k % mix.size();
                running.add(pool.submit(() -> client(http, mix, first, deadline)));
            }
            Tally all = new Tally();
            for (Future<Tally> client : running) all.add(client.get());
            return all.result(clients, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the load was running", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A load client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client: round the mix from its {@code first} request until the deadline. */
    private static Tally client(HttpClient http, List<Request> mix, int first, long deadline) {
        Tally tally = new Tally();
        for (int i = first; System.nanoTime() < deadline; i = (i + 1) % mix.size()) {
            Request request = mix.get(i);
            HttpRequest get = HttpRequest.newBuilder(request.uri()).header("Accept", request.accept()).GET().build();
            long sent = System.nanoTime();
            boolean failed;
            try {
                failed = http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() >= 400;
            } catch (IOException e) {
                failed = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            tally.record(request.kind(), System.nanoTime() - sent, failed);
        }
        return tally;
    }

    /** Counts and latencies per kind, kept by one client and then added up. */
    private static final class Tally {
        private final long[] requests = new long[Kind.values().length];
        private final long[] errors = new long[Kind.values().length];
        private final long[][] latencies = new long[Kind.values().length][256];

        void record(Kind kind, long nanos, boolean failed) {
            int k = kind.ordinal();
            if (requests[k] == latencies[k].length) latencies[k] = Arrays.copyOf(latencies[k], latencies[k].length * 2);
            latencies[k][(int) requests[k]++] = nanos;
            if (failed) errors[k]++;
        }

        void add(Tally other) {
            for (int k = 0; k < requests.length; k++) {
                int mine = (int) requests[k];
                int theirs = (int) other.requests[k];
                latencies[k] = Arrays.copyOf(latencies[k], Math.max(latencies[k].length, mine + theirs));
                System.arraycopy(other.latencies[k], 0, latencies[k], mine, theirs);
                requests[k] += theirs;
                errors[k] += other.errors[k];
            }
        }

        Result result(int clients, double seconds) {
            List<KindResult> kinds = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                int k = kind.ordinal();
                if (requests[k] > 0)
                    kinds.add(new KindResult(kind, requests[k], errors[k], Arrays.copyOf(latencies[k], (int) requests[k])));
            }
            return new Result(clients, seconds, kinds);
        }
    }
}
