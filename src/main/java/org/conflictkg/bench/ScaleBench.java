package org.conflictkg.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.conflictkg.Pipeline;
import org.conflictkg.bench.BenchTable.Target;
import org.conflictkg.bench.BenchTable.Unit;
import org.conflictkg.store.KgStore;

/**
 * The scale rows: a whole build ({@link Pipeline#build}) of synthetic corpora of growing size
 * ({@link SyntheticCorpus}), its time, speed and heap. One build per size: at a thousand articles and more
 * one run takes many minutes, and its time is a sum over thousands of articles, so run-to-run spread is small
 * next to the growth being measured.
 */
final class ScaleBench {

    /** The most heap a build may use: 6 GB. */
    static final double HEAP_TARGET_MB = 6 * 1024;
    /** Time per article at a size over time per article at the first size, for growth we call linear. */
    static final double LINEAR_TARGET = 1.1;

    private static final String SECTION = "scale";

    private ScaleBench() {}

    static void run(Pipeline pipeline, SyntheticCorpus synthetic, List<Integer> sizes, long seed, Path work, boolean keep,
                    BenchTable table, PrintWriter log) {
        double firstPerArticle = Double.NaN;
        int firstSize = 0;
        for (int n : sizes) {
            Path corpus = work.resolve("synthetic-" + n);
            Path db = work.resolve("synthetic-" + n + "-db");
            synthetic.write(corpus, n, seed);
            // Start from the live data only, so the peak is the build's.
            System.gc();
            Pipeline.BuildReport report;
            long start = System.nanoTime();
            long peak;
            long afterGc;
            try (HeapWatch heap = HeapWatch.start()) {
                report = pipeline.build(corpus, KgStore.open(db));
                peak = heap.peakUsedBytes();
                afterGc = heap.peakAfterGcBytes();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Pipeline.Timings t = report.timings();
            double perArticle = seconds / report.articles();
            log.printf("  %d articles: %.0f s, %d sentences, %d claims, %d quads, peak heap %.0f MB%n", n, seconds,
                    t.sentences(), report.claims(), report.store().quadCount(), peak / 1e6);
            log.flush();
            String at = String.format("%,d articles: ", n);
            table.add(SECTION, at + "build time", Unit.SECONDS, Summary.single(seconds));
            table.add(SECTION, at + "sentences", Unit.COUNT, Summary.single(t.sentences()));
            table.add(SECTION, at + "sentences/s", Unit.PER_SECOND, Summary.single(t.sentencesPerSecond()));
            table.add(SECTION, at + "our code share of extraction CPU", Unit.SHARE, Summary.single(t.ourShare()),
                    Target.atMost(ExtractionBench.OUR_SHARE_TARGET, Unit.SHARE));
            // Reading includes the duplicate check, which compares every pair of articles.
            table.add(SECTION, at + "reading CPU (files, cleaning, duplicate check)", Unit.SECONDS,
                    Summary.single(t.reading().toMillis() / 1000.0));
            table.add(SECTION, at + "quads stored", Unit.COUNT, Summary.single(report.store().quadCount()));
            table.add(SECTION, at + "peak heap used", Unit.MB, Summary.single(peak / 1048576.0),
                    Target.atMost(HEAP_TARGET_MB, Unit.MB));
            table.add(SECTION, at + "most heap left after a GC", Unit.MB, Summary.single(afterGc / 1048576.0));
            if (firstSize == 0) {
                firstSize = n;
                firstPerArticle = perArticle;
            } else {
                table.add(SECTION, at + "time per article / at " + String.format("%,d", firstSize), Unit.RATIO,
                        Summary.single(perArticle / firstPerArticle), Target.atMost(LINEAR_TARGET, Unit.RATIO));
            }
            if (!keep) {
                KgStore.open(db).currentLocation().ifPresent(KgStore::release);
                Benchmark.deleteTree(db);
                Benchmark.deleteTree(corpus);
            }
        }
    }
}
