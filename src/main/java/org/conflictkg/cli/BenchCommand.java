package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.conflictkg.bench.BenchTable;
import org.conflictkg.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg bench}: measures extraction, load, queries, pages and memory, and prints one table. */
@Command(name = "bench", description = {
        "Benchmark the pipeline and print one table: extraction (start-up, sentences/s, our share of CPU), load "
                + "(KgStore.rebuild vs Jena's TDB2 loaders on the same N-Quads), queries (our server vs a plain Fuseki over "
                + "the same TDB2, at several concurrencies), linked-data pages, heap; with --scale, whole builds of "
                + "synthetic corpora. Servers listen on localhost only. Progress goes to standard error."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Real corpus (default: ${DEFAULT-VALUE}).")
    Path corpus;
    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "ontology/queries",
            description = "Competency queries, *.rq; those calling SERVICE are left out (default: ${DEFAULT-VALUE}).")
    Path queries;
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "fuseki-config/config.ttl",
            description = "Our server's Fuseki configuration (default: ${DEFAULT-VALUE}).")
    Path config;
    @Option(names = "--work", paramLabel = "DIR",
            description = "Directory in which a new directory is made for the databases and files (default: the system's temporary directory).")
    Path work;
    @Option(names = "--keep", description = "Keep the databases and files afterwards (the run prints where they are).")
    boolean keep;
    @Option(names = "--startups", paramLabel = "N", defaultValue = "3", description = "Pipeline start-ups timed (default: ${DEFAULT-VALUE}).")
    int startups;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Extraction runs, and loads per loader (default: ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--copies", paramLabel = "K", defaultValue = "100",
            description = "The corpus graph's articles repeated K times for the load and the queries (default: ${DEFAULT-VALUE}).")
    int copies;
    @Option(names = "--clients", paramLabel = "N", split = ",", defaultValue = "1,8,32",
            description = "Concurrent query clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;
    @Option(names = "--rounds", paramLabel = "N", defaultValue = "4",
            description = "Query rounds per concurrency and server, and page measurements (default: ${DEFAULT-VALUE}).")
    int rounds;
    @Option(names = "--round-seconds", paramLabel = "S", defaultValue = "8", description = "Length of a query round (default: ${DEFAULT-VALUE}).")
    int roundSeconds;
    @Option(names = "--page-rounds", paramLabel = "N", defaultValue = "20",
            description = "Requests of each page per page measurement (default: ${DEFAULT-VALUE}).")
    int pageRounds;
    @Option(names = "--scale", paramLabel = "N", split = ",", defaultValue = "100,300",
            description = "Synthetic corpus sizes to build, e.g. 1000,10000; 0 for none (default: ${DEFAULT-VALUE}).")
    List<Integer> scale;
    @Option(names = "--scale-only", description = "Run only the --scale builds (for a long run, e.g. --scale 1000,10000).")
    boolean scaleOnly;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the synthetic corpora (default: ${DEFAULT-VALUE}).")
    long seed;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter log = spec.commandLine().getErr();
        Path workDir = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"));
        List<Integer> sizes = scale.stream().filter(n -> n != 0).toList();
        Benchmark.Settings settings = new Benchmark.Settings(corpus, queries, config, workDir, keep, startups, runs, copies,
                clients, rounds, Duration.ofSeconds(roundSeconds), pageRounds, sizes, seed, scaleOnly);
        List<String> environment = Benchmark.environment();
        long start = System.nanoTime();
        BenchTable table = Benchmark.run(settings, log);
        out.println("kg " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        environment.forEach(out::println);
        out.printf("total time: %.1f min%n%n", (System.nanoTime() - start) / 6e10);
        table.print(out);
        return 0;
    }
}
