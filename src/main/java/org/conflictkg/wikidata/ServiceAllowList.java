package org.conflictkg.wikidata;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * The SPARQL {@code SERVICE} policy of the server: a link of Jena's service-executor chain that lets a
 * query call only the endpoints on the allow-list in its context, and calls those politely.
 * <pre>
 *   # fuseki-config/config.ttl, on the dataset
 *   ja:context [ ja:cxtName "https://w3id.org/conflict-kg/config#serviceAllowList" ;
 *                ja:cxtValue "https://query.wikidata.org/sparql" ] ;
 *
 *   ServiceAllowList.install();   // once per JVM, before serving (KgServer does it)
 * </pre>
 * An open {@code SERVICE} would let anyone who can query the server make it fetch any URL, including
 * ones only the server can reach. So:
 * <ul>
 *   <li>With an allow-list in the query's context (whitespace-separated endpoint IRIs), a {@code SERVICE}
 *       to an IRI on it is executed by the rest of the chain (Jena's HTTP executor) as if
 *       {@code arq:httpServiceAllowed} were true, with our User-Agent ({@link PoliteHttpClient}), one
 *       query at a time per endpoint and never while the endpoint has asked us to wait
 *       ({@link EndpointGate}). A {@code SERVICE} to any other IRI, or to a variable the query left
 *       unbound, is refused before anything is sent, {@code SILENT} or not.</li>
 *   <li>Without an allow-list the link steps aside and Jena's own switch, {@code arq:httpServiceAllowed},
 *       decides, as it does in a stock Fuseki running the same configuration (where it is false).</li>
 * </ul>
 * The link checks the endpoint after Jena has put the current row's values into the {@code SERVICE}
 * (a {@code SERVICE ?endpoint} is checked for each value), and before any later link of the chain.
 */
public final class ServiceAllowList implements ChainingServiceExecutor {

    /** The context setting that holds the allow-list, as named in a Fuseki configuration's {@code ja:cxtName}. */
    public static final Symbol ALLOW_LIST = Symbol.create("https://w3id.org/conflict-kg/config#serviceAllowList");

    /** How long a query waits for its turn at an endpoint, or for the end of a Retry-After hold. */
    static final Duration WAIT_LIMIT = Duration.ofSeconds(30);

    private static final ServiceAllowList LINK = new ServiceAllowList();

    private ServiceAllowList() {}

    /**
     * Puts the link at the head of the JVM's service-executor chain, unless it is already in it, and
     * returns it. Links added before it by others run after it, so nothing can send a request it refuses.
     */
    public static synchronized ServiceAllowList install() {
        List<ChainingServiceExecutor> chain = ServiceExecutorRegistry.get().getSingleChain();
        if (!chain.contains(LINK)) chain.add(0, LINK);
        return LINK;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                        ExecutionContext execCxt, ServiceExecutor chain) {
        Set<String> allowed = allowList(execCxt.getContext());
        if (allowed == null) return chain.createExecution(opExecute, original, binding, execCxt);

        Node service = opExecute.getService();
        if (!service.isURI())
            throw new QueryDeniedException("SERVICE " + NodeFmtLib.strTTL(service)
                    + " refused: its endpoint is not an IRI, and only the allow-listed endpoints may be called");
        String endpoint = service.getURI();
        if (!allowed.contains(endpoint))
            throw new QueryDeniedException("SERVICE <" + endpoint + "> refused: the only endpoints allowed are "
                    + String.join(", ", allowed) + " (" + ALLOW_LIST.getSymbol() + ")");

        Context context = execCxt.getContext().copy();
        context.set(ARQ.httpServiceAllowed, true);
        context.set(ARQ.httpQueryClient, PoliteHttpClient.forEndpoint(endpoint));
        ExecutionContext polite = ExecutionContext.create(execCxt.getDataset(), execCxt.getActiveGraph(), context);
        try {
            EndpointGate.Turn turn = EndpointGate.of(endpoint).enter(Instant.now().plus(WAIT_LIMIT));
            try {
                // Jena's HTTP executor reads the whole answer before it returns, so the turn covers the exchange.
                return chain.createExecution(opExecute, original, binding, polite);
            } finally {
                turn.leave();
            }
        } catch (WikidataException e) {
            throw new QueryExecException("SERVICE <" + endpoint + "> not called: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryExecException("SERVICE <" + endpoint + "> interrupted while waiting for its turn", e);
        }
    }

    /**
     * The endpoints the context allows, or null when it sets no allow-list.
     *
     * @throws QueryDeniedException naming the setting when an entry is not an absolute http(s) IRI
     */
    static Set<String> allowList(Context context) {
        Object value = context.get(ALLOW_LIST);
        if (value == null) return null;
        Set<String> endpoints = new TreeSet<>();
        for (String entry : Arrays.asList(value.toString().strip().split("\\s+"))) {
            if (entry.isEmpty()) continue;
            if (!isHttpIri(entry))
                throw new QueryDeniedException(ALLOW_LIST.getSymbol() + ": '" + entry
                        + "' is not an absolute http or https IRI; SERVICE is refused until the setting is fixed");
            endpoints.add(entry);
        }
        return endpoints;
    }

    private static boolean isHttpIri(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
