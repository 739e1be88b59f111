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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.conflictkg.rdf.CK;
import org.conflictkg.server.pages.Representation;
import org.conflictkg.server.pages.UrlSpace;

/**
 * Measures how fast the server answers its linked-data pages: one client requests a fixed list of pages,
 * one of each kind, round after round, and the median and 99th percentile of each page's response times
 * are reported.
 * <pre>
 *   List&lt;String&gt; pages = PageLatency.pagesOf(dataset);
 *   List&lt;PageLatency.Result&gt; results = PageLatency.measure("http://localhost:3030", pages, 50);
 *   PageLatency.print(results, out);
 * </pre>
 * Each page is requested once before timing starts, so the times are of a warm server (JIT-compiled code,
 * TDB2 caches filled). A time is from sending the request to having read the whole response.
 */
public final class PageLatency {

    /**
     * One page's timings.
     *
     * @param path     the page's path on the server
     * @param status   the status of its last response (all should be 200)
     * @param requests how many timed requests were made
     * @param bytes    the size of its last response body
     */
    public record Result(String path, int status, int requests, double medianMillis, double p99Millis, long bytes) {
    }

    /** Pages whose paths do not depend on the data. */
    private static final List<String> FIXED_PAGES = List.of(
            "/browse", "/browse/actors", "/browse/articles", "/page/ontology", "/timeline",
            "/search?q=russia", "/.well-known/void");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private PageLatency() {}

    /**
     * The pages to time on {@code dataset}: the fixed pages, and one page of each kind of resource (the
     * entity with the most claims, the first article, its first sentence, the first claim and quotation by
     * IRI), that entity's timeline, its RDF description and its IRI (a 303).
     */
    public static List<String> pagesOf(Dataset dataset) {
        UrlSpace urls = new UrlSpace(UrlSpace.DEFAULT_BASE);
        Map<String, String> samples = Txn.calculateRead(dataset, () -> {
            Map<String, String> found = new LinkedHashMap<>();
            first(dataset, "SELECT ?x { ?claim <" + CK.subject.getURI() + "> ?x } GROUP BY ?x ORDER BY DESC(COUNT(?claim)) ?x LIMIT 1")
                    .ifPresent(iri -> found.put("entity", iri));
            first(dataset, "SELECT ?x { ?x a <" + CK.Article.getURI() + "> } ORDER BY ?x LIMIT 1")
                    .ifPresent(iri -> found.put("article", iri));
            first(dataset, "SELECT ?x { ?x <" + CK.sentenceIndex.getURI() + "> ?n FILTER (?n = 0) } ORDER BY ?x LIMIT 1")
                    .ifPresent(iri -> found.put("sentence", iri));
            first(dataset, "SELECT ?x { ?x a <" + CK.Claim.getURI() + "> } ORDER BY ?x LIMIT 1")
                    .ifPresent(iri -> found.put("claim", iri));
            first(dataset, "SELECT ?x { ?x a <http://schema.org/Quotation> } ORDER BY ?x LIMIT 1")
                    .ifPresent(iri -> found.put("quote", iri));
            return found;
        });
        List<String> pages = new ArrayList<>(FIXED_PAGES);
        samples.values().forEach(iri -> urls.href(iri).ifPresent(pages::add));
        Optional.ofNullable(samples.get("entity")).flatMap(urls::resource).ifPresent(entity -> {
            pages.add(entity.thingPath());
            pages.add(entity.dataPath(Representation.TURTLE));
            pages.add("/timeline?entity=" + URLEncoder.encode(samples.get("entity"), StandardCharsets.UTF_8));
        });
        return pages;
    }

    /** Times {@code rounds} requests of each page on the server at {@code serverRoot} (no trailing slash). */
    public static List<Result> measure(String serverRoot, List<String> pages, int rounds) {
        if (rounds < 1)
            throw new IllegalArgumentException("At least one round is needed, not " + rounds);
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, HttpResponse<byte[]>> last = new LinkedHashMap<>();
        for (String page : pages) {
            times.put(page, new long[rounds]);
            last.put(page, get(serverRoot + page));
        }
        for (int round = 0; round < rounds; round++) {
            for (String page : pages) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = get(serverRoot + page);
                times.get(page)[round] = System.nanoTime() - start;
                last.put(page, response);
            }
        }
        List<Result> results = new ArrayList<>();
        times.forEach((page, nanos) -> {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            HttpResponse<byte[]> response = last.get(page);
            results.add(new Result(page, response.statusCode(), rounds, percentile(sorted, 50) / 1e6,
                    percentile(sorted, 99) / 1e6, response.body().length));
        });
        return results;
    }

    /** The nearest-rank percentile {@code p} (1 to 100) of sorted values. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0)
            throw new IllegalArgumentException("No values");
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Prints the results as a table, one line per page, and an overall line. */
    public static void print(List<Result> results, PrintWriter out) {
        Objects.requireNonNull(out, "out");
        int width = Math.max(30, results.stream().mapToInt(r -> r.path().length()).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + width + "s %6s %6s %10s %10s %9s%n", "page", "status", "n", "median ms", "p99 ms", "bytes");
        for (Result r : results)
            out.printf(Locale.ROOT, "%-" + width + "s %6d %6d %10.2f %10.2f %9d%n",
                    r.path(), r.status(), r.requests(), r.medianMillis(), r.p99Millis(), r.bytes());
        double worstMedian = results.stream().mapToDouble(Result::medianMillis).max().orElse(0);
        double worstP99 = results.stream().mapToDouble(Result::p99Millis).max().orElse(0);
        out.printf(Locale.ROOT, "%-" + width + "s %6s %6s %10.2f %10.2f%n", "slowest page", "", "", worstMedian, worstP99);
        out.flush();
    }

    private static Optional<String> first(Dataset dataset, String query) {
        try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query).build()) {
            RowSet rows = exec.select();
            if (!rows.hasNext())
                return Optional.empty();
            Node x = rows.next().get("x");
            return x != null && x.isURI() ? Optional.of(x.getURI()) : Optional.empty();
        }
    }

    private static HttpResponse<byte[]> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while requesting " + url, e);
        }
    }
}
