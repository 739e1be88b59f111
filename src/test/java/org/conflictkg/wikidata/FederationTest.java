package org.conflictkg.wikidata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import com.sun.net.httpserver.HttpServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.conflictkg.cli.Kg;
import org.conflictkg.server.KgServer;
import org.conflictkg.testing.CorpusGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * SPARQL {@code SERVICE} from the server over the real corpus graph: the Wikidata Query Service is
 * called, with our User-Agent, and nothing else is. The Wikidata IRI is routed to a local stand-in by a
 * test-only link of Jena's service-executor chain, placed after the allow-list so that the allow-list
 * sees the IRI the query names; everything else is the code path of live use.
 */
class FederationTest {

    private static final String GRAPH_LINE = "GRAPH <https://w3id.org/conflict-kg/graph/wikidata> {";
    private static final String SERVICE_LINE = "SERVICE <" + WD.QUERY_SERVICE + "> {";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static StandInWikidata wikidata;
    private static KgServer server;
    private static ChainingServiceExecutor route;
    private static HttpServer other;
    private static final AtomicInteger otherRequests = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        wikidata = StandInWikidata.start();
        other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            otherRequests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        other.start();
        server = KgServer.builder().database(CorpusGraph.database()).port(0).build().start();
        route = routeWikidataTo(wikidata.sparqlUrl());
        List<ChainingServiceExecutor> chain = ServiceExecutorRegistry.get().getSingleChain();
        chain.add(chain.indexOf(ServiceAllowList.install()) + 1, route);
    }

    @AfterAll
    static void stop() {
        ServiceExecutorRegistry.get().getSingleChain().remove(route);
        if (server != null) server.stop();
        if (wikidata != null) wikidata.close();
        if (other != null) other.stop(0);
        // The configuration's server-wide settings went into ARQ's global context.
        ARQ.getContext().remove(ARQ.httpServiceAllowed);
    }

    /** The test-only mapping: a SERVICE to the Wikidata Query Service goes to {@code url} instead. */
    private static ChainingServiceExecutor routeWikidataTo(String url) {
        return (opExecute, original, binding, execCxt, chain) -> {
            OpService op = opExecute;
            if (op.getService().isURI() && op.getService().getURI().equals(WD.QUERY_SERVICE))
                op = new OpService(NodeFactory.createURI(url), op.getSubOp(), op.getServiceElement(), op.getSilent());
            return chain.createExecution(op, original, binding, execCxt);
        };
    }

    @Test
    void aServiceToAnyOtherEndpointIsRefusedAndSendsNothing() throws Exception {
        String otherUrl = "http://127.0.0.1:" + other.getAddress().getPort() + "/other";
        List<String> queries = List.of(
                "SELECT * { SERVICE <" + otherUrl + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + otherUrl + "> { ?s ?p ?o } }",
                "SELECT * { VALUES ?endpoint { <" + otherUrl + "> } SERVICE ?endpoint { ?s ?p ?o } }",
                // Our own endpoint is no exception: a query must not make the server query itself.
                "SELECT * { SERVICE <" + server.datasetUrl() + "/sparql> { ?s ?p ?o } }");

        for (String query : queries) {
            HttpResponse<String> response = query(query);
            assertTrue(response.statusCode() >= 400, query + " answered " + response.statusCode());
            assertTrue(response.body().contains("refused") && response.body().contains("SERVICE"), response.body());
        }
        assertEquals(0, otherRequests.get(), "the other server was never contacted");
    }

    @Test
    void kgQueryFollowsTheSameRules() {
        String otherUrl = "http://127.0.0.1:" + other.getAddress().getPort() + "/other";
        int wikidataCalls = wikidata.requests().size();
        StringWriter err = new StringWriter();
        CommandLine cl = Kg.commandLine();
        cl.setErr(new PrintWriter(err, true));
        String db = CorpusGraph.database().toString();

        int refused = cl.execute("query", "--db", db, "SELECT * { SERVICE <" + otherUrl + "> { ?s ?p ?o } }");
        int allowed = cl.execute("query", "--db", db, "SELECT * { SERVICE <" + WD.QUERY_SERVICE + "> { "
                + "<http://www.wikidata.org/entity/Q399> <http://www.wikidata.org/prop/direct/P1082> ?population } }");

        assertEquals(1, refused);
        assertTrue(err.toString().startsWith("kg query: SERVICE <" + otherUrl + "> refused"), err.toString());
        assertEquals(0, otherRequests.get());
        assertEquals(0, allowed, err.toString());
        List<StandInWikidata.Request> calls = wikidata.requests();
        assertEquals(wikidataCalls + 1, calls.size());
        assertEquals(PoliteHttpClient.USER_AGENT, calls.get(calls.size() - 1).userAgent());
    }

    @Test
    void wikidataIsCalledWithOurUserAgent() throws Exception {
        List<Binding> rows = select("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?label { SERVICE <" + WD.QUERY_SERVICE + "> { <http://www.wikidata.org/entity/Q399> rdfs:label ?label "
                + "FILTER(LANG(?label) = \"en\") } }");

        assertEquals(List.of("Armenia"), rows.stream().map(r -> r.get("label").getLiteralLexicalForm()).toList());
        List<StandInWikidata.Request> requests = wikidata.requests();
        assertEquals(PoliteHttpClient.USER_AGENT, requests.get(requests.size() - 1).userAgent());
    }

    @Test
    void theExampleQueriesRunAgainstWikidataBySwappingOneLine() throws Exception {
        int before = wikidata.requests().size();

        Set<String> csto = rows(live("wikidata-csto-members.rq"), "memberLabel", "perArticles", "perWikidata");
        assertTrue(csto.contains("Armenia | Positive in 001_082d920b4783cabf; Positive in 002_2ecefcf343914f7a; "
                + "Positive in 004_5ad66889d93a5044 | member from 1994-04-20"), csto::toString);
        assertTrue(csto.contains("Azerbaijan | Negative in 001_082d920b4783cabf; Negative in 004_5ad66889d93a5044"
                + " | member from 1994-04-20 until 1999-04-02"), csto::toString);
        assertTrue(csto.contains("Russia | - | member from 1994-04-20"), csto::toString);
        // Artsakh's membership is deprecated in the stand-in: only the article's denial remains.
        assertTrue(csto.contains("Republic of Artsakh | Negative in 004_5ad66889d93a5044 | -"), csto::toString);

        Set<String> population = rows(live("wikidata-population.rq"), "stateLabel", "population", "pointInTime");
        assertTrue(population.contains("Armenia | 2976566 | 2023-01-01T00:00:00Z"), population::toString);
        assertTrue(population.contains("Azerbaijan | 9416801 | -"), population::toString);
        assertTrue(population.contains("Russia | - | -"), population::toString);

        Set<String> places = rows(live("wikidata-coordinates.rq"), "placeLabel", "coordinates");
        assertTrue(places.contains("Nagorno-Karabakh | Point(46.75 39.83)"), places::toString);

        Set<String> positions = rows(live("wikidata-positions.rq"), "personLabel", "positionLabel", "start", "end");
        assertTrue(positions.contains("Vladimir Putin | President of Russia | 2000-05-07T00:00:00Z | 2008-05-07T00:00:00Z"), positions::toString);
        assertTrue(positions.contains("Vladimir Putin | President of Russia | 2012-05-07T00:00:00Z | -"), positions::toString);
        assertTrue(positions.contains("Dmitry Medvedev | President of Russia | 2008-05-07T00:00:00Z | 2012-05-07T00:00:00Z"), positions::toString);
        assertTrue(positions.contains("Nikol Pashinyan | - | - | -"), positions::toString);

        // Every call named its item: Jena put the row's values into the SERVICE, so no query asked
        // Wikidata for all populations or all positions.
        List<StandInWikidata.Request> calls = wikidata.requests().subList(before, wikidata.requests().size());
        assertFalse(calls.isEmpty());
        for (StandInWikidata.Request call : calls) {
            assertTrue(call.query() != null && call.query().contains("http://www.wikidata.org/entity/Q"), call.query());
            assertEquals(PoliteHttpClient.USER_AGENT, call.userAgent());
        }
    }

    @Test
    void afterA429NothingIsSentToWikidataUntilRetryAfterHasPassed() throws Exception {
        String query = "SELECT ?population { SERVICE <" + WD.QUERY_SERVICE + "> { "
                + "<http://www.wikidata.org/entity/Q227> <http://www.wikidata.org/prop/direct/P1082> ?population } }";
        wikidata.answerTooManyRequests(1, "2");

        HttpResponse<String> refused = query(query);
        List<Binding> rows = select(query);

        // Fuseki passes the service's status on to our client.
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("9416801", rows.get(0).get("population").getLiteralLexicalForm());
        List<StandInWikidata.Request> requests = wikidata.requests();
        StandInWikidata.Request tooMany = requests.get(requests.size() - 2);
        StandInWikidata.Request next = requests.get(requests.size() - 1);
        assertTrue(tooMany.tooMany());
        assertTrue(Duration.between(tooMany.at(), next.at()).toMillis() >= 1900, tooMany.at() + " then " + next.at());
    }

    @Test
    void theAllowListIsReadFromTheContextAndABadEntryIsNamed() {
        Context context = new Context();
        assertEquals(null, ServiceAllowList.allowList(context), "no setting: Jena's own switch decides");

        context.set(ServiceAllowList.ALLOW_LIST, "  https://query.wikidata.org/sparql\n http://localhost:3030/kg/sparql ");
        assertEquals(new TreeSet<>(List.of(WD.QUERY_SERVICE, "http://localhost:3030/kg/sparql")), ServiceAllowList.allowList(context));

        context.set(ServiceAllowList.ALLOW_LIST, "");
        assertEquals(Set.of(), ServiceAllowList.allowList(context), "an empty list refuses everything");

        context.set(ServiceAllowList.ALLOW_LIST, "https://query.wikidata.org/sparql query.wikidata.org");
        QueryDeniedException bad = assertThrows(QueryDeniedException.class, () -> ServiceAllowList.allowList(context));
        assertTrue(bad.getMessage().contains(ServiceAllowList.ALLOW_LIST.getSymbol()) && bad.getMessage().contains("'query.wikidata.org'"),
                bad.getMessage());
    }

    @Test
    void theShippedConfigurationAllowsTheWikidataQueryServiceOnly() throws IOException {
        String config = Files.readString(KgServer.DEFAULT_CONFIG, UTF_8);
        assertTrue(config.contains("ja:cxtName \"" + ServiceAllowList.ALLOW_LIST.getSymbol() + "\" ;\n"
                + "                 ja:cxtValue \"" + WD.QUERY_SERVICE + "\" ]"), "the allow-list names the query service alone");
        assertTrue(config.contains("ja:context [ ja:cxtName \"arq:httpServiceAllowed\" ; ja:cxtValue false ]"),
                "SERVICE stays off outside the allow-list, in a stock Fuseki too");
    }

    // ---- helpers

    /** The example query with its one marked line swapped from the snapshot graph to the live service. */
    private static String live(String file) throws IOException {
        String text = Files.readString(Path.of("ontology/queries", file), UTF_8);
        assertEquals(text.indexOf(GRAPH_LINE), text.lastIndexOf(GRAPH_LINE), file + " has one line to swap");
        assertTrue(text.contains(GRAPH_LINE), file);
        return text.replace(GRAPH_LINE, SERVICE_LINE);
    }

    private static Set<String> rows(String query, String... vars) throws Exception {
        Set<String> out = new TreeSet<>();
        for (Binding row : select(query)) {
            List<String> cells = new ArrayList<>();
            for (String v : vars) cells.add(row.get(v) == null ? "-" : row.get(v).isLiteral()
                    ? row.get(v).getLiteralLexicalForm() : row.get(v).toString());
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    private static List<Binding> select(String query) throws Exception {
        HttpResponse<String> response = query(query);
        assertEquals(200, response.statusCode(), response.body());
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(UTF_8)), ResultSetLang.RS_JSON));
        return rows.materialize().stream().toList();
    }

    private static HttpResponse<String> query(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, UTF_8)))
                .build();
        return HTTP.send(request, BodyHandlers.ofString(UTF_8));
    }
}
