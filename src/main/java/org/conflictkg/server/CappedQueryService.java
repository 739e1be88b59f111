package org.conflictkg.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Fuseki's SPARQL query service with a cap on the number of results: a query on a dataset whose context
 * sets {@link #RESULT_LIMIT} is run with its {@code LIMIT} lowered to the cap when it asks for more or sets
 * none, and the response says so in the header {@value #CAPPED_HEADER}.
 * <pre>
 *   # fuseki-config/config.ttl, on the dataset
 *   ja:context [ ja:cxtName "https://w3id.org/conflict-kg/config#resultLimit" ; ja:cxtValue "10000" ] ;
 *
 *   FusekiServer.create().parseConfig(model).registerOperation(Operation.Query, new CappedQueryService())...
 * </pre>
 * Jena has no such setting; the query timeout bounds time, not size, and a cheap query over the whole graph
 * can stream millions of rows within it. The cap is applied to the parsed query (a copy, with
 * {@link Query#setLimit}), where Fuseki's own query service lets a subclass choose the dataset and query to
 * run ({@link #decideDataset}), so the result is an ordinary SPARQL answer of at most the cap many
 * solutions, in every result format. It counts solutions: a {@code CONSTRUCT} or {@code DESCRIBE} gives the
 * triples of at most that many solutions. {@code ASK} has one answer and is left alone. {@link KgServer} refuses to
 * build a server whose setting is not a positive integer, rather than serve it uncapped.
 */
public final class CappedQueryService extends SPARQL_QueryDataset {

    /** The context setting holding the cap, as named in a Fuseki configuration's {@code ja:cxtName}. */
    public static final Symbol RESULT_LIMIT = Symbol.create("https://w3id.org/conflict-kg/config#resultLimit");

    /** The response header that carries the cap when it lowered the query's {@code LIMIT}. */
    public static final String CAPPED_HEADER = "X-Result-Limit";

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query asked = decided.getRight();
        long cap = resultLimit(decided.getLeft().getContext());
        if (cap == Query.NOLIMIT || asked.isAskType() || (asked.hasLimit() && asked.getLimit() <= cap))
            return decided;
        Query capped = asked.cloneQuery();
        capped.setLimit(cap);
        action.getResponse().setHeader(CAPPED_HEADER, Long.toString(cap));
        return Pair.create(decided.getLeft(), capped);
    }

    /**
     * The cap set in {@code context}, or {@link Query#NOLIMIT} when none is.
     *
     * @throws IllegalArgumentException naming the setting when its value is not a positive integer
     */
    static long resultLimit(Context context) {
        Object value = context.get(RESULT_LIMIT);
        if (value == null)
            return Query.NOLIMIT;
        try {
            long cap = Long.parseLong(value.toString().strip());
            if (cap > 0)
                return cap;
        } catch (NumberFormatException e) {
            // reported below with the other bad values
        }
        throw new IllegalArgumentException(RESULT_LIMIT.getSymbol() + ": '" + value
                + "' is not a positive number of results");
    }
}
