package org.conflictkg.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * The SPARQL queries {@code kg wikidata} sends, kept as files in {@code queries/} beside this class,
 * and the batching that fills their {@code VALUES}.
 */
final class Queries {

    /** How many items one query asks about: small enough to stay well inside the service's 60 s. */
    static final int BATCH_SIZE = 50;

    private Queries() {}

    /** The query of {@code queries/<name>} with {@code VALUES ?<var> { values… }} appended. */
    static Query withValues(String name, String var, List<Node> values) {
        Query query = load(name);
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>(values.size());
        for (Node value : values) rows.add(BindingFactory.binding(v, value));
        query.setValuesDataBlock(List.of(v), rows);
        return query;
    }

    /** The values in consecutive batches of at most {@link #BATCH_SIZE}. */
    static <T> List<List<T>> batches(List<T> values) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i += BATCH_SIZE)
            out.add(values.subList(i, Math.min(values.size(), i + BATCH_SIZE)));
        return out;
    }

    private static Query load(String name) {
        String resource = "queries/" + name;
        try (InputStream in = Queries.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("query missing from the classpath: " + resource);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query " + resource, e);
        } catch (QueryParseException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }
}
