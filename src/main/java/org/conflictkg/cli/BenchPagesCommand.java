package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.bench.PageLatency;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg bench-pages}: serves the live database on a free port and times its linked-data pages. */
@Command(name = "bench-pages", description = "Time the linked-data pages of the live database: median and 99th percentile per page, one client.")
final class BenchPagesCommand implements Callable<Integer> {

    @Mixin Options.Database database;
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "fuseki-config/config.ttl",
            description = "Fuseki configuration file (default: ${DEFAULT-VALUE}).")
    Path config;
    @Option(names = "--rounds", paramLabel = "N", defaultValue = "50",
            description = "Timed requests of each page (default: ${DEFAULT-VALUE}).")
    int rounds;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        List<String> pages = PageLatency.pagesOf(KgStore.open(database.db).openCurrent());
        KgServer server = KgServer.builder().database(database.db).config(config).port(0).build().start();
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println("timing " + pages.size() + " pages, " + rounds + " rounds, on " + server.generation());
            PageLatency.print(PageLatency.measure("http://localhost:" + server.port(), pages, rounds), out);
        } finally {
            server.stop();
        }
        return 0;
    }
}
