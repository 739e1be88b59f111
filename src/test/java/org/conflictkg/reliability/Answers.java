package org.conflictkg.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.conflictkg.server.KgServer;

/**
 * What a knowledge graph answers to two questions that between them see all of it: how many quads each
 * graph holds, and every claim with its relation, arguments and polarity. Two databases that give the
 * same answers serve the same graph, as far as a client can tell.
 */
final class Answers {

    private static final List<String> QUESTIONS = List.of("""
            SELECT ?graph (COUNT(*) AS ?quads) { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph ORDER BY ?graph
            """, """
            PREFIX ck: <https://w3id.org/conflict-kg/ontology#>
            SELECT ?claim ?relation ?subject ?object ?polarity {
              ?claim a ck:Claim ; ck:relation ?relation ; ck:subject ?subject ; ck:polarity ?polarity .
              OPTIONAL { ?claim ck:object ?object }
            } ORDER BY ?claim ?object
            """);

    private Answers() {
    }

    /** The answers of a database opened in this JVM. */
    static List<String> of(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<String> rows = new ArrayList<>();
            for (String question : QUESTIONS) {
                try (QueryExecution exec = QueryExecution.dataset(dataset).query(question).build()) {
                    rows.addAll(render(exec.execSelect()));
                }
            }
            return rows;
        });
    }

    /** The answers a running server gives over HTTP. */
    static List<String> of(KgServer server) {
        List<String> rows = new ArrayList<>();
        for (String question : QUESTIONS) {
            try (QueryExecution exec = QueryExecutionHTTP.service(server.datasetUrl() + "/sparql").query(question).build()) {
                rows.addAll(render(exec.execSelect()));
            }
        }
        return rows;
    }

    /** Each row as its values in the order the query selects them, so local and remote results compare equal. */
    private static List<String> render(ResultSet results) {
        List<String> rows = new ArrayList<>();
        List<String> variables = results.getResultVars();
        results.forEachRemaining(row -> rows.add(variables.stream()
                .map(v -> row.contains(v) ? row.get(v).toString() : "-")
                .collect(Collectors.joining(" "))));
        return rows;
    }
}
