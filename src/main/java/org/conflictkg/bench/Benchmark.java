package org.conflictkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.sys.JenaSystem;
import org.conflictkg.Pipeline;
import org.conflictkg.bench.BenchTable.Unit;
import org.conflictkg.extract.registry.EntityRegistry;
import org.conflictkg.nlp.NlpPipeline;
import org.conflictkg.server.KgServer;
import org.conflictkg.store.KgStore;

/**
 * The project's benchmark, {@code kg bench}: extraction, load, queries, pages, memory and, optionally, builds of
 * synthetic corpora at scale, in one run and one table. Figures that depend on the machine are compared with
 * a baseline measured in the same run (Jena's loaders, a plain Fuseki) or given as medians of repeated runs.
 * <pre>
 *   Benchmark.Settings settings = new Benchmark.Settings(Path.of("corpus"), Path.of("ontology/queries"),
 *           Path.of("fuseki-config/config.ttl"), Path.of(System.getProperty("java.io.tmpdir")), false, 3, 5, 100,
 *           List.of(1, 8, 32), 4, Duration.ofSeconds(8), 20, List.of(100, 1000), 1, false);
 *   Benchmark.run(settings, log).print(out);
 * </pre>
 * Every server listens on the loopback interface only, on a free port; all files go into a new directory
 * inside {@link Settings#work}, deleted at the end unless {@link Settings#keep}.
 */
public final class Benchmark {

    /**
     * What to measure and how often.
     *
     * @param corpus       the real corpus: extraction runs on it, and its graph, repeated, is what is loaded and queried
     * @param queries      the competency queries ({@code *.rq}); those calling {@code SERVICE} are left out
     * @param config       our server's Fuseki configuration
     * @param work         directory in which the run makes a new directory for its databases and files
     * @param keep         whether to keep that new directory afterwards
     * @param startups     pipeline start-ups timed
     * @param runs         measured extraction runs and loads per loader
     * @param copies       how many times the corpus graph's articles are repeated for the load and the queries
     * @param clients      concurrencies of the query benchmark
     * @param rounds       query rounds per concurrency and server, and page measurements
     * @param roundLength  length of one query round
     * @param pageRounds   requests of each page per page measurement
     * @param scale        synthetic corpus sizes to build, in order; empty for none
     * @param seed         the synthetic corpora's seed
     * @param scaleOnly    whether to run the scale builds only (a long run at 10,000 articles, say)
     */
    public record Settings(Path corpus, Path queries, Path config, Path work, boolean keep, int startups, int runs,
                           int copies, List<Integer> clients, int rounds, Duration roundLength, int pageRounds,
                           List<Integer> scale, long seed, boolean scaleOnly) {

        public Settings {
            clients = List.copyOf(clients);
            scale = List.copyOf(scale);
            if (startups < 1 || runs < 1 || copies < 1 || rounds < 1 || pageRounds < 1)
                throw new IllegalArgumentException("start-ups, runs, copies, rounds and page rounds must be at least 1");
            if (clients.stream().anyMatch(c -> c < 1) || scale.stream().anyMatch(n -> n < 1))
                throw new IllegalArgumentException("client counts and corpus sizes must be at least 1");
        }
    }

    /** Clients of the noise check, plain Fuseki against itself: the middle concurrency. */
    private static final int NOISE_CHECK_CLIENTS = 8;

    private Benchmark() {}

    /** Runs every benchmark of {@code settings}, logging progress to {@code log}. */
    public static BenchTable run(Settings settings, PrintWriter log) {
        JenaSystem.init();
        BenchTable table = new BenchTable();
        Path work = newDirectory(settings.work());
        log.println("work directory: " + work);
        try (HeapWatch heap = HeapWatch.start()) {
            EntityRegistry registry = EntityRegistry.fromClasspath();
            if (!settings.scaleOnly()) {
                log.println("extraction: " + settings.startups() + " start-ups in new JVMs, then " + settings.runs()
                        + " runs over " + settings.corpus());
                log.flush();
                ExtractionBench.startUps(settings.startups(), table, log);
            }
            Pipeline pipeline = Pipeline.builder().nlp(NlpPipeline.create()).registry(registry).build();
            if (!settings.scaleOnly()) {
                ExtractionBench.extraction(pipeline, settings.corpus(), settings.runs(), table, log);
                Path served = load(settings, work, pipeline, table, log);
                serve(settings, served, table, log);
            }
            if (!settings.scale().isEmpty()) {
                log.println("scale: builds of synthetic corpora of " + settings.scale() + " articles");
                log.flush();
                SyntheticCorpus synthetic = SyntheticCorpus.of(settings.corpus(), registry);
                ScaleBench.run(pipeline, synthetic, settings.scale(), settings.seed(), work, settings.keep(), table, log);
            }
            table.add("memory", "peak heap used, whole run", Unit.MB, Summary.single(heap.peakUsedBytes() / 1048576.0));
            table.add("memory", "most heap left after a GC, whole run", Unit.MB, Summary.single(heap.peakAfterGcBytes() / 1048576.0));
            table.add("memory", "heap limit (-Xmx)", Unit.MB, Summary.single(Runtime.getRuntime().maxMemory() / 1048576.0));
        } finally {
            if (!settings.keep()) deleteTree(work);
        }
        return table;
    }

    private static Path newDirectory(Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "kg-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a work directory in " + parent, e);
        }
    }

    /** Builds the corpus, repeats its articles into an N-Quads file, times the loaders; returns a store to serve. */
    private static Path load(Settings settings, Path work, Pipeline pipeline, BenchTable table, PrintWriter log) {
        Path corpusDb = work.resolve("corpus-db");
        KgStore corpusStore = KgStore.open(corpusDb);
        pipeline.build(settings.corpus(), corpusStore);
        Path nquads = work.resolve("corpus-x" + settings.copies() + ".nq");
        long quads = LoadBench.writeCopies(corpusStore.openCurrent(), settings.copies(), nquads);
        corpusStore.currentLocation().ifPresent(KgStore::release);
        log.printf("load: %,d quads (the corpus graph, its articles %d times), %d runs per loader%n", quads,
                settings.copies(), settings.runs());
        log.flush();
        Path served = LoadBench.run(nquads, quads, settings.runs(), work, table, log);
        deleteTree(corpusDb);
        return served;
    }

    /** Serves {@code db} from our server and from a plain Fuseki, and times queries and pages. */
    private static void serve(Settings settings, Path db, BenchTable table, PrintWriter log) {
        List<QueryBench.NamedQuery> mix = QueryBench.localQueries(settings.queries());
        KgServer ours = KgServer.builder().database(db).config(settings.config()).port(0).build().start();
        FusekiServer plain = null;
        try {
            Dataset dataset = KgStore.open(db).openCurrent();
            plain = FusekiServer.create().port(0).loopback(true).add("/" + KgServer.DATASET_NAME, dataset, false).build().start();
            QueryBench.Endpoint oursEndpoint = new QueryBench.Endpoint("ours", ours.datasetUrl() + "/sparql");
            QueryBench.Endpoint plainEndpoint = new QueryBench.Endpoint("plain Fuseki",
                    "http://localhost:" + plain.getPort() + "/" + KgServer.DATASET_NAME + "/sparql");
            log.printf("queries: %d competency queries (%s), %s clients, %d rounds of %d s%n", mix.size(),
                    String.join(" ", mix.stream().map(QueryBench.NamedQuery::name).toList()), settings.clients(),
                    settings.rounds(), settings.roundLength().toSeconds());
            log.flush();
            int same = QueryBench.sameAnswers(oursEndpoint, plainEndpoint, mix, log);
            table.add("queries", "queries in the mix with the same answer on both", Unit.COUNT, Summary.single(same));
            QueryBench.run(oursEndpoint, plainEndpoint, mix, settings.clients(), settings.rounds(), settings.roundLength(),
                    table, log);
            QueryBench.noise(plainEndpoint, mix, NOISE_CHECK_CLIENTS, settings.rounds(), settings.roundLength(), table, log);
            pages(settings, dataset, "http://localhost:" + ours.port(), table, log);
        } finally {
            if (plain != null) plain.stop();
            // Last: stopping our server closes the database the plain Fuseki shares.
            ours.stop();
        }
    }

    private static void pages(Settings settings, Dataset dataset, String root, BenchTable table, PrintWriter log) {
        List<String> pages = PageLatency.pagesOf(dataset);
        log.printf("pages: %d pages, %d measurements of %d requests each%n", pages.size(), settings.rounds(), settings.pageRounds());
        log.flush();
        List<Double> medianOfMedians = new ArrayList<>();
        List<Double> slowestMedian = new ArrayList<>();
        List<Double> slowestP99 = new ArrayList<>();
        long notOk = 0;
        for (int r = 0; r < settings.rounds(); r++) {
            List<PageLatency.Result> results = PageLatency.measure(root, pages, settings.pageRounds());
            medianOfMedians.add(Summary.of(results.stream().map(PageLatency.Result::medianMillis).toList()).median());
            slowestMedian.add(results.stream().mapToDouble(PageLatency.Result::medianMillis).max().orElseThrow());
            slowestP99.add(results.stream().mapToDouble(PageLatency.Result::p99Millis).max().orElseThrow());
            notOk = Math.max(notOk, results.stream().filter(p -> p.status() >= 400).count());
            if (r == settings.rounds() - 1) PageLatency.print(results, log);
        }
        table.add("pages", "pages timed (one of each kind)", Unit.COUNT, Summary.single(pages.size()));
        table.add("pages", "pages answering an error (most in a measurement)", Unit.COUNT, Summary.single(notOk));
        table.add("pages", "median latency (median over pages)", Unit.MILLIS, Summary.of(medianOfMedians));
        table.add("pages", "median latency, slowest page", Unit.MILLIS, Summary.of(slowestMedian));
        table.add("pages", "p99 latency, slowest page", Unit.MILLIS, Summary.of(slowestP99));
    }

    /** What the figures were measured on, for the lines above the table. */
    public static List<String> environment() {
        Runtime rt = Runtime.getRuntime();
        return List.of(
                String.format(Locale.ROOT, "machine: %d processors, max heap %.1f GB; %s %s; %s", rt.availableProcessors(),
                        rt.maxMemory() / 1073741824.0, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                        System.getProperty("os.name") + " " + System.getProperty("os.arch")),
                "load average at start: " + String.format(Locale.ROOT, "%.2f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    /** Deletes a directory tree, if it exists. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
