package org.conflictkg.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs the {@link PageQuery page queries} on the served dataset.
 * <p>
 * What a page is about reaches a query only as RDF terms substituted for its variables (Jena's
 * {@code QueryExec.substitution}): an IRI a page has checked against {@link ResourceKind}, or the literal of
 * a search. No query text is ever put together from request input. Each call reads in a transaction of
 * its own, or joins the caller's, so a page that runs several queries inside
 * {@link #read(Supplier)} sees one state of the data.
 * <pre>
 *   List&lt;QueryRow&gt; rows = queries.select(PageQuery.CLAIMS, Map.of("party", russia));
 * </pre>
 */
final class PageQueries {

    private final DatasetGraph dataset;
    private final TextIndex textIndex;

    /**
     * @param dataset   the dataset the server serves (its context carries the query timeout)
     * @param textIndex the full-text index that {@code text:query} in {@link PageQuery#SEARCH} uses
     */
    PageQueries(DatasetGraph dataset, TextIndex textIndex) {
        this.dataset = dataset;
        this.textIndex = textIndex;
    }

    /** Runs {@code work} in one read transaction, which the queries it runs join. */
    <T> T read(Supplier<T> work) {
        return Txn.calculateRead(dataset, work);
    }

    /** The solutions of a SELECT query, with each named variable replaced by its term. */
    List<QueryRow> select(PageQuery query, Map<String, Node> substitutions) {
        return select(query.query(), substitutions);
    }

    /** One page of the solutions of a SELECT query: {@code limit} rows from {@code offset} on. */
    List<QueryRow> select(PageQuery query, Map<String, Node> substitutions, long offset, long limit) {
        Query paged = query.query();
        paged.setOffset(offset);
        paged.setLimit(limit);
        return select(paged, substitutions);
    }

    private List<QueryRow> select(Query query, Map<String, Node> substitutions) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = exec(query, substitutions)) {
                RowSet rows = exec.select();
                List<QueryRow> result = new ArrayList<>();
                rows.forEachRemaining(row -> result.add(new QueryRow(row)));
                return result;
            }
        });
    }

    /** The first solution of a SELECT query, if any. */
    Optional<QueryRow> selectOne(PageQuery query, Map<String, Node> substitutions) {
        return select(query, substitutions).stream().findFirst();
    }

    boolean ask(PageQuery query, Map<String, Node> substitutions) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = exec(query.query(), substitutions)) {
                return exec.ask();
            }
        });
    }

    /** The graph a CONSTRUCT query builds, in memory (its LIMIT bounds it). */
    Graph construct(PageQuery query, Map<String, Node> substitutions) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = exec(query.query(), substitutions)) {
                return exec.construct();
            }
        });
    }

    private QueryExec exec(Query query, Map<String, Node> substitutions) {
        BindingBuilder binding = Binding.builder();
        substitutions.forEach((name, value) -> binding.add(Var.alloc(name), value));
        return QueryExec.dataset(dataset)
                .query(query)
                .substitution(binding.build())
                .set(TextQuery.textIndex, textIndex)
                .build();
    }
}
