package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.bench.MixedLoad;
import org.conflictkg.server.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg bench-load}: serves the live database on a free port of localhost and puts a bounded mixed load
 * on it; exits with status 1 when any request failed.
 */
@Command(name = "bench-load", description = {
        "Serve the live database on localhost and load it: concurrent clients mixing the competency queries "
                + "(without SERVICE) and linked-data pages for a fixed time; print requests, errors and latency "
                + "percentiles per kind. Exit status 1 if any request failed or was answered 4xx/5xx."})
final class BenchLoadCommand implements Callable<Integer> {

    @Mixin Options.Database database;
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "fuseki-config/config.ttl",
            description = "Fuseki configuration file (default: ${DEFAULT-VALUE}).")
    Path config;
    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "ontology/queries",
            description = "Competency queries, *.rq; those calling SERVICE are left out (default: ${DEFAULT-VALUE}).")
    Path queries;
    @Option(names = "--clients", paramLabel = "N", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;
    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "How long the load lasts (default: ${DEFAULT-VALUE}).")
    int seconds;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        KgServer server = KgServer.builder().database(database.db).config(config).port(0).build().start();
        try {
            PrintWriter out = spec.commandLine().getOut();
            List<MixedLoad.Request> mix = MixedLoad.mixFor(server, database.db, queries);
            out.printf("loading %s: %d requests in the mix, %d clients, %d s%n", server.generation(), mix.size(), clients, seconds);
            out.flush();
            MixedLoad.Result result = MixedLoad.run(mix, clients, Duration.ofSeconds(seconds));
            result.print(out);
            return result.errors() == 0 ? 0 : 1;
        } finally {
            server.stop();
        }
    }
}
