package org.conflictkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.conflictkg.store.KgStore;
import org.conflictkg.wikidata.ServiceAllowList;
import org.conflictkg.wikidata.WD;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg query}: runs a SPARQL query (a file or the text itself) against the live database. */
@Command(name = "query", description = "Run a SPARQL query (a .rq file or the query text) on the database; the default graph is the union of all graphs.")
final class QueryCommand implements Callable<Integer> {

    @Mixin Options.Database database;
    @Parameters(paramLabel = "FILE|TEXT", description = "A file holding the query, or the query itself.")
    String query;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path file = Path.of(query.length() < 4096 ? query : ".");
        String text = Files.isRegularFile(file) ? Files.readString(file) : query;
        Query q = QueryFactory.create(text);
        ServiceAllowList.install();
        Dataset ds = KgStore.open(database.db).openCurrent();
        var out = System.out;
        Txn.executeRead(ds, () -> {
            // SERVICE as on the server: the Wikidata Query Service only, politely (ServiceAllowList).
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).set(TDB2.symUnionDefaultGraph, true)
                    .set(ServiceAllowList.ALLOW_LIST, WD.QUERY_SERVICE).build()) {
                if (q.isSelectType()) ResultSetFormatter.out(out, qe.execSelect(), q);
                else if (q.isAskType()) out.println(qe.execAsk());
                else if (q.isConstructType()) RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                else if (q.isDescribeType()) RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
                else throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run here");
            }
        });
        return 0;
    }
}
