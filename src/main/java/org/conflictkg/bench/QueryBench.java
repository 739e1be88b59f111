package org.conflictkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.conflictkg.bench.BenchTable.Target;
import org.conflictkg.bench.BenchTable.Unit;

/**
 * The query rows: a fixed mix of the competency queries sent by 1, 8 and 32 concurrent clients to our server
 * and to a plain Fuseki over the same TDB2 database, round after round, alternating which goes first.
 * <p>
 * Each client sends the mix's queries in turn (client {@code k} starting at the {@code k}-th), waits for the
 * whole response and sends the next, in whole cycles of the mix until the time is up. A round gives each
 * server two halves of its length, in the order ABBA, so that the load of other processes on the machine,
 * which changes over seconds, falls on both alike; the same measurement of plain Fuseki against itself
 * shows how much noise is left. Queries per second count completed queries over the wall-clock time until
 * the last client has its answer; latencies are from sending to having read the whole response.
 */
final class QueryBench {

    /** The least share of plain Fuseki's queries per second our server must keep, at every concurrency. */
    static final double RATIO_TARGET = 0.95;

    private static final String SECTION = "queries";
    static final String ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9";

    /** A query of the mix. */
    record NamedQuery(String name, String text) {}

    /** What one round of one server did. */
    record Round(long requests, long failures, double seconds, long[] latencyNanos) {

        double perSecond() {
            return requests / seconds;
        }

        double latencyMillis(int percentile) {
            return Summary.percentileMillis(latencyNanos, percentile);
        }

        /** This round and {@code other} as one. */
        Round and(Round other) {
            long[] latencies = Arrays.copyOf(latencyNanos, latencyNanos.length + other.latencyNanos.length);
            System.arraycopy(other.latencyNanos, 0, latencies, latencyNanos.length, other.latencyNanos.length);
            return new Round(requests + other.requests, failures + other.failures, seconds + other.seconds, latencies);
        }
    }

    /** A SPARQL endpoint under test. */
    record Endpoint(String name, String url) {}

    private QueryBench() {}

    /**
     * The competency queries in {@code dir} ({@code *.rq}, by file name) that only read the local data: a
     * query with {@code SERVICE} would measure a remote endpoint, so it is left out.
     */
    static List<NamedQuery> localQueries(Path dir) {
        List<NamedQuery> mix = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!callsService(QueryFactory.create(text))) mix.add(new NamedQuery(file.getFileName().toString(), text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the queries in " + dir, e);
        }
        if (mix.isEmpty()) throw new IllegalArgumentException("No local competency query (*.rq without SERVICE) in " + dir);
        return mix;
    }

    private static boolean callsService(Query query) {
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /**
     * Sends each query once to both endpoints and returns how many got the same answer from both; a
     * difference, or a status other than 200, is logged.
     */
    static int sameAnswers(Endpoint ours, Endpoint plain, List<NamedQuery> mix, PrintWriter log) {
        HttpClient http = client();
        int same = 0;
        for (NamedQuery q : mix) {
            HttpResponse<byte[]> a = send(http, uri(ours, q));
            HttpResponse<byte[]> b = send(http, uri(plain, q));
            if (a.statusCode() == 200 && b.statusCode() == 200 && Arrays.equals(a.body(), b.body())) same++;
            else log.printf("  %s: %s answered %d (%d bytes), %s answered %d (%d bytes)%n", q.name(), ours.name(),
                    a.statusCode(), a.body().length, plain.name(), b.statusCode(), b.body().length);
        }
        return same;
    }

    /**
     * Runs {@code rounds} rounds at each concurrency against both endpoints, after one warm-up round each, and
     * adds the rows.
     */
    static void run(Endpoint ours, Endpoint plain, List<NamedQuery> mix, List<Integer> concurrency, int rounds,
                    Duration length, BenchTable table, PrintWriter log) {
        drive(ours, mix, 8, length);
        drive(plain, mix, 8, length);
        for (int clients : concurrency) {
            List<Round[]> pairs = paired(ours, plain, mix, clients, rounds, length, log);
            String c = clients + (clients == 1 ? " client: " : " clients: ");
            table.add(SECTION, c + ours.name() + ", queries/s", Unit.PER_SECOND, summary(pairs, 0, Round::perSecond));
            table.add(SECTION, c + plain.name() + ", queries/s", Unit.PER_SECOND, summary(pairs, 1, Round::perSecond));
            table.add(SECTION, c + ours.name() + " / " + plain.name(), Unit.RATIO, ratios(pairs),
                    Target.atLeast(RATIO_TARGET, Unit.RATIO));
            table.add(SECTION, c + ours.name() + ", median latency", Unit.MILLIS, summary(pairs, 0, r -> r.latencyMillis(50)));
            table.add(SECTION, c + ours.name() + ", p99 latency", Unit.MILLIS, summary(pairs, 0, r -> r.latencyMillis(99)));
            table.add(SECTION, c + plain.name() + ", median latency", Unit.MILLIS, summary(pairs, 1, r -> r.latencyMillis(50)));
            table.add(SECTION, c + plain.name() + ", p99 latency", Unit.MILLIS, summary(pairs, 1, r -> r.latencyMillis(99)));
        }
    }

    /**
     * The same measurement with one endpoint in both places: how far from 1 the ratio of two identical servers
     * strays on this machine, the noise that a ratio of ours to plain Fuseki is read against.
     */
    static void noise(Endpoint plain, List<NamedQuery> mix, int clients, int rounds, Duration length, BenchTable table,
                      PrintWriter log) {
        List<Round[]> pairs = paired(plain, plain, mix, clients, rounds, length, log);
        table.add(SECTION, clients + " clients: " + plain.name() + " / itself (noise check)", Unit.RATIO, ratios(pairs));
    }

    /**
     * {@code rounds} rounds of {@code a} against {@code b}, each in halves in the order ABBA (BAAB in odd
     * rounds), so that a load rising or falling during the round, and the place of a half in it, weigh on
     * both alike; each element is one round's {@code a} and {@code b}.
     */
    private static List<Round[]> paired(Endpoint a, Endpoint b, List<NamedQuery> mix, int clients, int rounds,
                                        Duration length, PrintWriter log) {
        Duration half = length.dividedBy(2);
        List<Round[]> pairs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean aFirst = r % 2 == 0;
            Round first = drive(aFirst ? a : b, mix, clients, half);
            Round second = drive(aFirst ? b : a, mix, clients, half);
            Round third = drive(aFirst ? b : a, mix, clients, half);
            Round fourth = drive(aFirst ? a : b, mix, clients, half);
            Round ofA = aFirst ? first.and(fourth) : second.and(third);
            Round ofB = aFirst ? second.and(third) : first.and(fourth);
            pairs.add(new Round[] {ofA, ofB});
            if (ofA.failures() + ofB.failures() > 0)
                log.printf("  %d clients, round %d: %d failed queries on %s, %d on %s%n", clients, r + 1,
                        ofA.failures(), a.name(), ofB.failures(), b.name());
            log.printf("  %d clients, round %d: %s %.1f q/s, %s %.1f q/s%n", clients, r + 1, a.name(), ofA.perSecond(),
                    b.name(), ofB.perSecond());
            log.flush();
        }
        return pairs;
    }

    private static Summary summary(List<Round[]> pairs, int side, ToDoubleFunction<Round> figure) {
        return Summary.of(pairs.stream().map(pair -> figure.applyAsDouble(pair[side])).toList());
    }

    private static Summary ratios(List<Round[]> pairs) {
        return Summary.of(pairs.stream().map(pair -> pair[0].perSecond() / pair[1].perSecond()).toList());
    }

    /** One round: {@code clients} clients sending the mix for {@code length}. */
    static Round drive(Endpoint endpoint, List<NamedQuery> mix, int clients, Duration length) {
        HttpClient http = client();
        List<URI> uris = mix.stream().map(q -> uri(endpoint, q)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        try {
            List<Future<Round>> running = new ArrayList<>();
            for (int k = 0; k < clients; k++) {
                int first = k;
                running.add(pool.submit(() -> client(http, uris, first, deadline)));
            }
            long requests = 0;
            long failures = 0;
            List<long[]> latencies = new ArrayList<>();
            for (Future<Round> f : running) {
                Round one = f.get();
                requests += one.requests();
                failures += one.failures();
                latencies.add(one.latencyNanos());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
            return new Round(requests, failures, seconds, all);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while querying " + endpoint.url(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A client of " + endpoint.url() + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One client: the whole mix, from its {@code first} query round to it again, as often as the time allows,
     * at least once. Whole cycles make every client's share of each query the same in every round, so a
     * round that stops early in the mix does not favour cheap or costly queries.
     */
    private static Round client(HttpClient http, List<URI> uris, int first, long deadline) {
        long[] latencies = new long[64];
        int n = 0;
        long failures = 0;
        do {
            for (int j = 0; j < uris.size(); j++) {
                long sent = System.nanoTime();
                HttpResponse<byte[]> response = send(http, uris.get((first + j) % uris.size()));
                long took = System.nanoTime() - sent;
                if (response.statusCode() != 200) failures++;
                if (n == latencies.length) latencies = Arrays.copyOf(latencies, n * 2);
                latencies[n++] = took;
            }
        } while (System.nanoTime() < deadline);
        return new Round(n, failures, 0, Arrays.copyOf(latencies, n));
    }

    static URI uri(Endpoint endpoint, NamedQuery q) {
        return URI.create(endpoint.url() + "?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
    }

    /** A client speaking HTTP/1.1, as most SPARQL clients do: concurrent requests go over connections of their own. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static HttpResponse<byte[]> send(HttpClient http, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", ACCEPT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri.getHost() + ":" + uri.getPort() + uri.getPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
