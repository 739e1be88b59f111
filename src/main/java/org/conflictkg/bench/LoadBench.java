package org.conflictkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.conflictkg.bench.BenchTable.Target;
import org.conflictkg.bench.BenchTable.Unit;
import org.conflictkg.store.KgStore;

/**
 * The load rows: quads per second of our load path, {@link KgStore#rebuild}, against Jena's own TDB2 bulk
 * loaders in the same process, each loading the same N-Quads file into a new database. Runs alternate the
 * order of the loaders so that a machine slowing down or warming up favours none.
 */
final class LoadBench {

    /** The least share of Jena's default loader throughput our load path must keep. */
    static final double RATIO_TARGET = 0.9;

    private static final String SECTION = "load";
    private static final MonitorOutput QUIET = (format, args) -> { };

    /** A way to load an N-Quads file into a new database in a directory. */
    private interface Loader {
        void load(Path nquads, Path directory);
    }

    private LoadBench() {}

    /**
     * Writes the quads of {@code dataset} to {@code out} as N-Quads, each article repeated {@code copies}
     * times ({@link ArticleCopies}), and returns how many quads were written.
     */
    static long writeCopies(Dataset dataset, int copies, Path out) {
        long[] count = {0};
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS);
            StreamRDF counted = new StreamRDFWrapper(writer) {
                @Override
                public void quad(Quad quad) {
                    count[0]++;
                    super.quad(quad);
                }
            };
            StreamRDF copying = new ArticleCopies(counted, copies);
            copying.start();
            Txn.executeRead(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                for (Iterator<Quad> quads = dsg.find(); quads.hasNext(); ) copying.quad(quads.next());
            });
            copying.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out, e);
        }
        return count[0];
    }

    /**
     * Loads {@code nquads} ({@code quads} quads) {@code runs} times with each loader and adds the rows; returns
     * the directory of a {@link KgStore} our path built, kept for the query benchmark.
     */
    static Path run(Path nquads, long quads, int runs, Path work, BenchTable table, PrintWriter log) {
        Map<String, Loader> loaders = new TreeMap<>();
        loaders.put("ours", LoadBench::rebuild);
        loaders.put("jena-phased", (file, dir) -> jenaLoad(file, dir, true));
        loaders.put("jena-sequential", (file, dir) -> jenaLoad(file, dir, false));
        Map<String, List<Double>> perSecond = new TreeMap<>();
        List<Double> vsPhased = new ArrayList<>();
        List<Double> vsSequential = new ArrayList<>();
        Path kept = null;
        for (int run = 0; run < runs; run++) {
            List<String> order = new ArrayList<>(loaders.keySet());
            if (run % 2 == 1) Collections.reverse(order);
            Map<String, Double> rate = new TreeMap<>();
            for (String name : order) {
                Path dir = work.resolve("load-" + name + "-" + run);
                long start = System.nanoTime();
                loaders.get(name).load(nquads, dir);
                double seconds = (System.nanoTime() - start) / 1e9;
                rate.put(name, quads / seconds);
                perSecond.computeIfAbsent(name, k -> new ArrayList<>()).add(quads / seconds);
                if (name.equals("ours") && kept == null) kept = dir;
                else Benchmark.deleteTree(dir);
            }
            vsPhased.add(rate.get("ours") / rate.get("jena-phased"));
            vsSequential.add(rate.get("ours") / rate.get("jena-sequential"));
            log.printf("  run %d: ours %.0f, Jena phased %.0f, Jena sequential %.0f quads/s%n", run + 1,
                    rate.get("ours"), rate.get("jena-phased"), rate.get("jena-sequential"));
            log.flush();
        }
        table.add(SECTION, "N-Quads input, quads", Unit.COUNT, Summary.single(quads));
        table.add(SECTION, "ours: KgStore.rebuild, quads/s", Unit.PER_SECOND, Summary.of(perSecond.get("ours")));
        table.add(SECTION, "Jena phased loader (tdbloader default), quads/s", Unit.PER_SECOND, Summary.of(perSecond.get("jena-phased")));
        table.add(SECTION, "Jena sequential loader, quads/s", Unit.PER_SECOND, Summary.of(perSecond.get("jena-sequential")));
        table.add(SECTION, "ours / Jena phased", Unit.RATIO, Summary.of(vsPhased), Target.atLeast(RATIO_TARGET, Unit.RATIO));
        table.add(SECTION, "ours / Jena sequential", Unit.RATIO, Summary.of(vsSequential));
        return kept;
    }

    /** Our load path: a new generation of a store, the file's quads streamed into it. */
    private static void rebuild(Path nquads, Path directory) {
        KgStore.open(directory).rebuild(stream -> RDFParser.source(nquads).lang(Lang.NQUADS).parse(stream));
    }

    /** What {@code tdb2.tdbloader --loader=phased|sequential} does, in this process. */
    private static void jenaLoad(Path nquads, Path directory, boolean phased) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        DataLoader loader = phased ? LoaderFactory.phasedLoader(dsg, QUIET) : LoaderFactory.sequentialLoader(dsg, QUIET);
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
